'use strict';

const crypto = require('crypto');
const jwt = require('jsonwebtoken');

const JWT_SECRET = process.env.JWT_SECRET;
if (!JWT_SECRET) throw new Error('JWT_SECRET is not set');

function generateToken(bytes = 32) {
  return crypto.randomBytes(bytes).toString('base64url');
}

function generateApiKey() {
  return `ak_${crypto.randomUUID().replace(/-/g, '')}`;
}

function sessionId() {
  return crypto.randomBytes(24).toString('hex');
}

function resetCode() {
  return String(crypto.randomInt(100000, 1000000));
}

function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(password, salt, 64);
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

function verifyPassword(password, stored) {
  const [saltHex, keyHex] = stored.split(':');
  const expected = Buffer.from(keyHex, 'hex');
  const actual = crypto.scryptSync(password, Buffer.from(saltHex, 'hex'), expected.length);
  return crypto.timingSafeEqual(actual, expected);
}

function verifySignature(body, signatureHeader, secret) {
  const expected = crypto.createHmac('sha256', secret).update(body).digest();
  const given = Buffer.from(String(signatureHeader), 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

function issueAccessToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '15m' });
}

function readAccessToken(token) {
  return jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
}

function encrypt(key, plaintext) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

function decrypt(key, encoded) {
  const raw = Buffer.from(encoded, 'base64');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

function checksum(buffer) {
  return crypto.createHash('sha256').update(buffer).digest('hex');
}

function sampleForMetrics(rate) {
  return Math.random() < rate;
}

module.exports = {
  generateToken,
  generateApiKey,
  sessionId,
  resetCode,
  hashPassword,
  verifyPassword,
  verifySignature,
  issueAccessToken,
  readAccessToken,
  encrypt,
  decrypt,
  checksum,
  sampleForMetrics,
};
