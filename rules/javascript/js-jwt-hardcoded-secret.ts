import * as jwt from 'jsonwebtoken';

export function issue(userId: string): string {
  // ruleid: js-jwt-hardcoded-secret
  return jwt.sign({ sub: userId }, process.env.JWT_SECRET ?? 'change-this-secret');
}

export function issueSafely(userId: string, secret: jwt.Secret): string {
  // ok: js-jwt-hardcoded-secret
  return jwt.sign({ sub: userId }, secret, { expiresIn: '1h' });
}
