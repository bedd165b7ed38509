const jwt = require('jsonwebtoken');

function decodeSession(token, key) {
  // ruleid: js-jwt-insecure-verify
  return jwt.verify(token, key, { algorithms: ['HS256', 'none'] });
}

function unsigned(payload) {
  // ruleid: js-jwt-insecure-verify
  return jwt.sign(payload, '', { algorithm: 'none' });
}

const verifyOptions = {
  issuer: 'https://auth.example.com',
  // ruleid: js-jwt-insecure-verify
  ignoreExpiration: false,
};

function safe(token, key) {
  // ok: js-jwt-insecure-verify
  const a = jwt.verify(token, key, { algorithms: ['RS256'], ignoreExpiration: false });
  // ok: js-jwt-insecure-verify
  const b = { algorithm: 'HS256' };
  // ok: js-jwt-insecure-verify
  const c = { compression: 'none' };
  return [a, b, c];
}

module.exports = { decodeSession, unsigned, verifyOptions, safe };
