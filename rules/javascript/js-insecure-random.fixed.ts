import { randomBytes } from 'node:crypto';

export function makeInviteCode(): string {
  // ruleid: js-insecure-random
  return Math.random().toString(36).slice(2, 10).toUpperCase();
}

export class Auth {
  issue(userId: string): { userId: string; apiKey: string } {
    // ruleid: js-insecure-random
    const apiKey: string = `${userId}.${crypto.randomUUID().replace(/-/g, '')}`;
    return { userId, apiKey };
  }
}

export function jitter(ms: number): number {
  // ok: js-insecure-random
  return ms + Math.floor(Math.random() * 250);
}

export function newSalt(): string {
  // ok: js-insecure-random
  return randomBytes(16).toString('hex');
}
