const crypto = require('crypto');
const { generateKeyPair } = require('crypto');
const forge = require('node-forge');
const NodeRSA = require('node-rsa');

function issueKeys() {
  return crypto.generateKeyPairSync('rsa', {
    // ruleid: js-weak-key-size
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

function issueKeysAsync(callback) {
  // ruleid: js-weak-key-size
  generateKeyPair('rsa', { modulusLength: 2048, publicExponent: 0x10001 }, callback);
}

function dsaKeys() {
  // ruleid: js-weak-key-size
  return crypto.generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 160 });
}

function forgeKeys() {
  // ruleid: js-weak-key-size
  return forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
}

function forgeKeysShort() {
  // ruleid: js-weak-key-size
  return forge.pki.rsa.generateKeyPair(2048);
}

function nodeRsaKey() {
  // ruleid: js-weak-key-size
  return new NodeRSA({ b: 2048 });
}

function dhParams() {
  // ruleid: js-weak-key-size
  const dh = crypto.createDiffieHellman(2048);
  return dh.generateKeys();
}

// Safe look-alikes.

function strongKeys() {
  return crypto.generateKeyPairSync('rsa', {
    // ok: js-weak-key-size
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

function rootKeys(callback) {
  // ok: js-weak-key-size
  generateKeyPair('rsa', { modulusLength: 4096 }, callback);
}

function ecKeys() {
  // ok: js-weak-key-size
  return crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
}

function forgeStrong() {
  // ok: js-weak-key-size
  return forge.pki.rsa.generateKeyPair({ bits: 3072, e: 0x10001 });
}

function dhStandardGroup() {
  // ok: js-weak-key-size
  const dh = crypto.getDiffieHellman('modp14');
  return dh.generateKeys();
}

function nodeRsaStrong() {
  // ok: js-weak-key-size
  return new NodeRSA({ b: 2048 });
}

module.exports = { issueKeys, issueKeysAsync, dsaKeys, forgeKeys, forgeKeysShort, nodeRsaKey, dhParams, strongKeys, rootKeys, ecKeys, forgeStrong, dhStandardGroup, nodeRsaStrong };
