import { Pool } from 'pg';

const pool = new Pool();

export async function ordersFor(customerId: string, status: string): Promise<unknown[]> {
  // ruleid: js-sql-injection
  const result = await pool.query(`SELECT * FROM orders WHERE customer_id = $1 AND status = $2`, [customerId, status]);
  return result.rows;
}

export async function ordersForSafely(customerId: string, status: string): Promise<unknown[]> {
  // ok: js-sql-injection
  const result = await pool.query('SELECT * FROM orders WHERE customer_id = $1 AND status = $2', [customerId, status]);
  return result.rows;
}
