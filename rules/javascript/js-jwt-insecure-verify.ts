import { verify, type JwtPayload, type VerifyOptions } from 'jsonwebtoken';

// ruleid: js-jwt-insecure-verify
const lenient: VerifyOptions = { ignoreExpiration: true, algorithms: ['HS256'] };

export function check(token: string, key: string): JwtPayload | string {
  // ok: js-jwt-insecure-verify
  return verify(token, key, { ...lenient, algorithms: ['HS256'] });
}
