import { createCipheriv, randomBytes, type CipherGCM } from 'node:crypto';

export function seal(key: Buffer, plain: Buffer): Buffer {
  // ruleid: js-weak-cipher
  const cipher = createCipheriv('bf-cbc', key, randomBytes(8));
  return Buffer.concat([cipher.update(plain), cipher.final()]);
}

export function sealSafely(key: Buffer, plain: Buffer): Buffer {
  const iv = randomBytes(12);
  // ok: js-weak-cipher
  const cipher: CipherGCM = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}
