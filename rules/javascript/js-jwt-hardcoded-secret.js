const jwt = require('jsonwebtoken');

function login(user) {
  // ruleid: js-jwt-hardcoded-secret
  return jwt.sign({ sub: user.id, role: user.role }, 'super-secret-key', { expiresIn: '1h' });
}

function authenticate(req, res, next) {
  try {
    // ruleid: js-jwt-hardcoded-secret
    req.user = jwt.verify(req.headers.authorization.slice(7), process.env.JWT_SECRET || "secret");
    next();
  } catch (e) {
    res.sendStatus(401);
  }
}

function refresh(user) {
  // ruleid: js-jwt-hardcoded-secret
  return jwt.sign(
    { sub: user.id },
    `refresh-secret`,
  );
}

function safe(user, token, privateKey) {
  // ok: js-jwt-hardcoded-secret
  const a = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });
  // ok: js-jwt-hardcoded-secret
  const b = jwt.sign({ sub: user.id }, privateKey, { algorithm: 'RS256' });
  // ok: js-jwt-hardcoded-secret
  const c = jwt.decode(token, 'ignored');
  // ok: js-jwt-hardcoded-secret
  const d = crypto.sign('sha256', Buffer.from(token), privateKey);
  return [a, b, c, d];
}

module.exports = { login, authenticate, refresh, safe };
