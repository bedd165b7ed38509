import { Injectable, Logger } from '@nestjs/common';
import type { Context } from 'koa';
import pino from 'pino';

const log = pino({ redact: ['password'] });

interface Credentials {
  username: string;
  password: string;
}

interface OAuthTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(private readonly clientSecret: string) {}

  signIn(credentials: Credentials): void {
    // ruleid: js-cleartext-logging
    this.logger.log(`sign-in ${credentials.username} / ${credentials.password}`);
  }

  storeTokens(tokens: OAuthTokens): void {
    // ruleid: js-cleartext-logging
    this.logger.debug('received access token ' + tokens.accessToken);
    // ruleid: js-cleartext-logging
    this.logger.verbose(`client secret in use: ${this.clientSecret}`);
    // ok: js-cleartext-logging
    this.logger.log(`tokens stored, expire at ${tokens.expiresAt}`);
  }
}

export async function changePassword(ctx: Context): Promise<void> {
  const { oldPassword, newPassword } = ctx.request.body as { oldPassword: string; newPassword: string };
  // ruleid: js-cleartext-logging
  log.info({ oldPassword, newPassword }, 'password change');
  // ok: js-cleartext-logging
  log.info({ user: ctx.state.user.id }, 'password change requested');
  // ok: js-cleartext-logging
  console.log('New password must have at least 12 characters');
  ctx.status = 204;
}

export function configure(apiKey: string, privateKeyPath: string, maxTokens: number): void {
  // ruleid: js-cleartext-logging
  console.log(`configured with api key ${apiKey}`);
  // ok: js-cleartext-logging
  console.log(`private key read from ${privateKeyPath}, max tokens ${maxTokens}`);
  const masked: string = `${apiKey.substring(0, 4)}****`;
  // ok: js-cleartext-logging
  console.log(`configured with api key ${masked}`);
}
