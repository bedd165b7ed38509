import * as crypto from 'node:crypto';

export function apiKey(): string {
  // ruleid: js-pseudo-random-bytes
  return crypto.pseudoRandomBytes(24).toString('base64url');
}

export function nonce(): Buffer {
  // ok: js-pseudo-random-bytes
  return crypto.randomBytes(16);
}
