const crypto = require('crypto');
const CryptoJS = require('crypto-js');

function encryptLegacy(text, password) {
  // ruleid: js-weak-cipher
  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptDes(text, key, iv) {
  // ruleid: js-weak-cipher
  const cipher = crypto.createCipheriv('des-ede3-cbc', key, iv);
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

function encryptBlock(block, key) {
  // ruleid: js-weak-cipher
  const cipher = crypto.createCipheriv("aes-128-ecb", key, null);
  return cipher.update(block);
}

function rc4(data, key) {
  // ruleid: js-weak-cipher
  return crypto.createDecipheriv('rc4', key, '').update(data);
}

function browserEncrypt(message, key) {
  // ruleid: js-weak-cipher
  const a = CryptoJS.TripleDES.encrypt(message, key).toString();
  // ruleid: js-weak-cipher
  const b = CryptoJS.AES.encrypt(message, key, { mode: CryptoJS.mode.ECB }).toString();
  return [a, b];
}

function safe(text, key) {
  const iv = crypto.randomBytes(12);
  // ok: js-weak-cipher
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  // ok: js-weak-cipher
  const cbc = CryptoJS.AES.encrypt(text, key, { mode: CryptoJS.mode.CBC });
  // ok: js-weak-cipher
  const description = 'des-ede3-cbc is obsolete';
  return [cipher, cbc, description];
}

module.exports = { encryptLegacy, encryptDes, encryptBlock, rc4, browserEncrypt, safe };
