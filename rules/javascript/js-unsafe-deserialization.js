const serialize = require('node-serialize');
const yaml = require('js-yaml');

function restoreProfile(req, res) {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
  // ruleid: js-unsafe-deserialization
  const profile = serialize.unserialize(raw);
  res.json(profile);
}

function fromQueue(message) {
  // ruleid: js-unsafe-deserialization
  return require('node-serialize').unserialize(message.body);
}

function loadPipeline(text) {
  // ruleid: js-unsafe-deserialization
  return yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });
}

function safe(req, text) {
  // ok: js-unsafe-deserialization
  const profile = JSON.parse(req.cookies.profile);
  // ok: js-unsafe-deserialization
  const config = yaml.load(text, { schema: yaml.JSON_SCHEMA });
  // ok: js-unsafe-deserialization
  const saved = serialize.serialize({ theme: 'dark' });
  return [profile, config, saved];
}

module.exports = { restoreProfile, fromQueue, loadPipeline, safe };
