const crypto = require('crypto');

function hashPassword(password) {
  // ruleid: js-weak-hash
  return crypto.createHash('md5').update(password).digest('hex');
}

function etag(body) {
  // ruleid: js-weak-hash
  return crypto.createHash("sha1").update(body).digest('base64');
}

function checksum(buffer) {
  // ok: js-weak-hash
  return crypto.createHash('sha256').update(buffer).digest('hex');
}

function hmac(key, data) {
  // ok: js-weak-hash
  return crypto.createHmac('sha256', key).update(data).digest('hex');
}

module.exports = { hashPassword, etag, checksum, hmac };
