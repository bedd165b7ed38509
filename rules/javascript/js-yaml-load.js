const fs = require('fs');
const yaml = require('js-yaml');

function readConfig(path) {
  // ruleid: js-yaml-load
  return yaml.load(fs.readFileSync(path, 'utf8'));
}

function parseUpload(req) {
  // ruleid: js-yaml-load
  return yaml.loadAll(req.body.toString());
}

function safe(text) {
  // ok: js-yaml-load
  const a = yaml.safeLoad(text);
  // ok: js-yaml-load
  const b = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  // ok: js-yaml-load
  const c = loader.load(text);
  return [a, b, c];
}

module.exports = { readConfig, parseUpload, safe };
