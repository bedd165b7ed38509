import type { Response } from 'express';

export function setSession(res: Response, sid: string): void {
  // ruleid: js-insecure-cookie
  res.cookie('sid', sid, { maxAge: 3_600_000, sameSite: 'lax' });
}

export function setSessionSafely(res: Response, sid: string): void {
  // ok: js-insecure-cookie
  res.cookie('sid', sid, { maxAge: 3_600_000, sameSite: 'lax', httpOnly: true, secure: true });
}

export function setRememberCookie(res: Response, token: string): void {
  // ruleid: js-insecure-cookie
  res.cookie('remember_token', token, { httpOnly: true, secure: true });
}
