import { generateKeyPairSync, generateKeyPair, type KeyPairSyncResult } from 'node:crypto';
import { promisify } from 'node:util';

const generateKeyPairAsync = promisify(generateKeyPair);

export function createJwtKeys(): KeyPairSyncResult<string, string> {
  return generateKeyPairSync('rsa', {
    // ruleid: js-weak-key-size
    modulusLength: 1024,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

export async function createPssKeys() {
  // ruleid: js-weak-key-size
  return generateKeyPairAsync('rsa-pss', { modulusLength: 1536, hashAlgorithm: 'sha256' });
}

// ok: js-weak-key-size
export const KEY_BITS = 2048;

export function createStrongKeys(): KeyPairSyncResult<string, string> {
  return generateKeyPairSync('rsa', {
    // ok: js-weak-key-size
    modulusLength: KEY_BITS,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

export function createEdKeys() {
  // ok: js-weak-key-size
  return generateKeyPairSync('ed25519');
}

export function createLongLivedKeys() {
  // ok: js-weak-key-size
  return generateKeyPairSync('rsa', { modulusLength: 3072 });
}
