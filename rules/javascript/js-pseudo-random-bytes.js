const crypto = require('crypto');
const { pseudoRandomBytes } = require('crypto');

function sessionId() {
  // ruleid: js-pseudo-random-bytes
  return crypto.pseudoRandomBytes(32).toString('hex');
}

function resetToken(callback) {
  // ruleid: js-pseudo-random-bytes
  crypto.pseudoRandomBytes(48, (err, buf) => callback(err, buf && buf.toString('base64url')));
}

function legacySalt() {
  // ruleid: js-pseudo-random-bytes
  return pseudoRandomBytes(16);
}

function goodToken() {
  // ok: js-pseudo-random-bytes
  return crypto.randomBytes(32).toString('hex');
}

module.exports = { sessionId, resetToken, legacySalt, goodToken };
