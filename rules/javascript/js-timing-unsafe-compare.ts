import { timingSafeEqual } from 'node:crypto';

export function authorize(header: string | undefined, apiKey: string): boolean {
  // ruleid: js-timing-unsafe-compare
  return header === apiKey;
}

export function authorizeSafely(header: string, apiKey: string): boolean {
  const a = Buffer.from(header);
  const b = Buffer.from(apiKey);
  // ok: js-timing-unsafe-compare
  return a.length === b.length && timingSafeEqual(a, b);
}
