import { Agent } from 'node:https';
import type { PoolConfig } from 'pg';

export const db: PoolConfig = {
  connectionString: process.env.DATABASE_URL,
  // ruleid: js-tls-reject-unauthorized
  ssl: { rejectUnauthorized: false },
};

// ok: js-tls-reject-unauthorized
export const agent: Agent = new Agent({ rejectUnauthorized: true });
