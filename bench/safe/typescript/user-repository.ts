import { Pool, type QueryResult } from 'pg';

export interface User {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
}

const USERS = 'users';
const COLUMNS: Record<string, string> = { name: 'name', email: 'email', created: 'created_at' };

export class UserRepository {
  constructor(private readonly pool: Pool) {}

  async byId(id: string): Promise<User | undefined> {
    const result: QueryResult<User> = await this.pool.query(`SELECT * FROM ${USERS} WHERE id = $1`, [id]);
    return result.rows[0];
  }

  async byEmail(email: string): Promise<User | undefined> {
    const result = await this.pool.query<User>('SELECT * FROM users WHERE lower(email) = lower($1)', [email]);
    return result.rows[0];
  }

  async list(sort: string, limit: number): Promise<User[]> {
    const column = COLUMNS[sort] ?? COLUMNS.created;
    const sql = 'SELECT id, email, name FROM users ORDER BY ' + (column === 'name' ? 'name' : 'created_at') + ' LIMIT $1';
    const result = await this.pool.query<User>(sql, [Math.min(limit, 100)]);
    return result.rows;
  }

  async rename(id: string, name: string): Promise<void> {
    await this.pool.query('UPDATE users SET name = $1 WHERE id = $2', [name, id]);
  }

  async removeMany(ids: string[]): Promise<number> {
    const placeholders = ids.map((_, i) => `$${i + 1}`).join(', ');
    const result = await this.pool.query(`DELETE FROM users WHERE id IN (${placeholders})`, ids);
    return result.rowCount ?? 0;
  }
}
