import { createHmac, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import jwt, { type JwtPayload } from 'jsonwebtoken';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const signingSecret: string = requiredEnv('JWT_SIGNING_SECRET');

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, 64);
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

export async function checkPassword(password: string, stored: string): Promise<boolean> {
  const [saltHex, keyHex] = stored.split(':');
  const expected = Buffer.from(keyHex, 'hex');
  const actual = await scryptAsync(password, Buffer.from(saltHex, 'hex'), expected.length);
  return timingSafeEqual(actual, expected);
}

export function checkWebhook(body: string, signature: string, secret: string): boolean {
  const expected = createHmac('sha256', secret).update(body).digest();
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function createResetToken(): string {
  return randomBytes(32).toString('base64url');
}

export function createOtp(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0');
}

export function issue(userId: string): string {
  return jwt.sign({ sub: userId }, signingSecret, { algorithm: 'HS256', expiresIn: '1h' });
}

export function verify(token: string): JwtPayload {
  const payload = jwt.verify(token, signingSecret, { algorithms: ['HS256'] });
  if (typeof payload === 'string') throw new Error('unexpected token payload');
  return payload;
}

export function backoff(attempt: number): number {
  const jitter = Math.random() * 100;
  return Math.min(10_000, 2 ** attempt * 100) + jitter;
}
