interface SmtpConfig {
  host: string;
  user: string;
  pass: string;
  password?: string;
}

export const smtp: SmtpConfig = {
  host: 'smtp.example.com',
  user: 'mailer',
  pass: process.env.SMTP_PASS ?? '',
  // ruleid: js-hardcoded-secret
  password: process.env.PASSWORD ?? '',
};

export function signingSecret(): string {
  // ruleid: js-hardcoded-secret
  const secret: string = process.env.SIGNING_SECRET || 'fallback-signing-secret';
  return secret;
}

export function requireSecret(): string {
  // ok: js-hardcoded-secret
  const secret: string | undefined = process.env.SIGNING_SECRET;
  if (!secret) throw new Error('SIGNING_SECRET is not set');
  return secret;
}
