const vm = require('vm');
const { runInNewContext } = require('node:vm');

function computeDiscount(req, res) {
  // ruleid: js-eval
  const total = eval(req.body.formula);
  res.json({ total });
}

function parseLegacyConfig(text) {
  // ruleid: js-eval
  return eval('(' + text + ')');
}

function pick(obj, path) {
  // ruleid: js-eval
  return window.eval(`obj.${path}`);
}

function indirect(code) {
  // ruleid: js-eval
  return (0, eval)(code);
}

function compileFilter(expression) {
  // ruleid: js-eval
  return new Function('row', 'return ' + expression);
}

function compileTemplate(params, body) {
  // ruleid: js-eval
  const render = Function(params.join(','), body);
  return render;
}

function sandbox(userScript) {
  // ruleid: js-eval
  return vm.runInNewContext(userScript, { console });
}

function evaluateRule(rule, ctx) {
  // ruleid: js-eval
  return runInNewContext(
    rule.condition,
    ctx,
    { timeout: 50 },
  );
}

function precompile(source) {
  // ruleid: js-eval
  return new vm.Script(source, { filename: 'plugin.js' });
}

function pollLater(id) {
  // ruleid: js-eval
  setTimeout('refresh(' + id + ')', 1000);
  // ruleid: js-eval
  setInterval(`tick("${id}")`, 500);
}

// Multi-step flows from a source are reported at high confidence, with the path: the page URL,
// request data through a helper of the same file.
function runFromHash() {
  const fragment = decodeURIComponent(location.hash.slice(1));
  const code = 'render(' + fragment + ')';
  // ruleid: js-eval
  return eval(code);
}

function ruleOf(req) {
  return req.body.rule || 'true';
}

function check(req, res) {
  // ruleid: js-eval
  const test = new Function('user', `return (${ruleOf(req)});`);
  res.json({ allowed: test(req.user) });
}

function safeLookalikes(id, text) {
  // ok: js-eval
  const two = eval('1 + 1');
  // ok: js-eval
  const globalThisRef = Function('return this')();
  // ok: js-eval
  const noop = new Function();
  // ok: js-eval
  setTimeout(() => refresh(id), 1000);
  // ok: js-eval
  setTimeout(refresh, 1000, id);
  // ok: js-eval
  const data = JSON.parse(text);
  // ok: js-eval
  const script = new vm.Script('globalThis.loaded = true');
  // ok: js-eval
  const evaluated = evaluator.eval(text);
  return [two, globalThisRef, noop, data, script, evaluated];
}

function refresh() {}

module.exports = {
  computeDiscount,
  parseLegacyConfig,
  pick,
  indirect,
  compileFilter,
  compileTemplate,
  sandbox,
  evaluateRule,
  precompile,
  pollLater,
  runFromHash,
  check,
  safeLookalikes,
};
