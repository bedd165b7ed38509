const crypto = require('crypto');

const SyntaxKind = { MethodSignature: 1 };

function checkApiKey(req, res, next) {
  // ruleid: js-timing-unsafe-compare
  if (req.headers['x-api-key'] !== process.env.API_KEY) return res.sendStatus(401);
  next();
}

function verifyWebhook(body, header, secret) {
  const expected = crypto.createHmac('sha256', secret).update(body).digest('hex');
  // ruleid: js-timing-unsafe-compare
  return header === expected.signature || expected === header.signature;
}

function login(user, password) {
  // ruleid: js-timing-unsafe-compare
  return user.password == password;
}

function checkCsrf(req) {
  // ruleid: js-timing-unsafe-compare
  if (req.body._csrf !== req.session.csrfToken) throw new Error('bad csrf');
}

function safe(form, token, password, a, b) {
  // ok: js-timing-unsafe-compare
  if (form.password !== form.confirmPassword) return false;
  // ok: js-timing-unsafe-compare
  if (password === '') return false;
  // ok: js-timing-unsafe-compare
  if (typeof token.secret === 'string' && token.secret.length === 0) return false;
  // ok: js-timing-unsafe-compare
  if (password.length !== 0 && token === null) return false;
  // ok: js-timing-unsafe-compare
  if (form.kind === SyntaxKind.MethodSignature) return false;
  // ok: js-timing-unsafe-compare
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

module.exports = { checkApiKey, verifyWebhook, login, checkCsrf, safe };
