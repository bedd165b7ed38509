const mysql = require('mysql2/promise');
const sqlite3 = require('sqlite3');

const pool = mysql.createPool({ host: 'localhost', user: 'app', database: 'shop' });
const db = new sqlite3.Database('app.db');
const TABLE = 'products';
const COLUMNS = { created: 'created_at' };

async function getUser(req, res) {
  // ruleid: js-sql-injection
  const [rows] = await pool.query(`SELECT * FROM users WHERE id = ?`, [req.params.id]);
  res.json(rows[0]);
}

function findByEmail(email, cb) {
  // ruleid: js-sql-injection
  db.get("SELECT id, name FROM users WHERE email = ?", [email], cb);
}

async function search(term, sort) {
  const sql = `SELECT * FROM products WHERE name LIKE '%${term}%' ORDER BY ${sort}`;
  console.log('running', sql);
  // ruleid: js-sql-injection
  const [rows] = await pool.execute(sql);
  return rows;
}

function deleteOrder(knex, id) {
  // ruleid: js-sql-injection
  return knex.raw('DELETE FROM orders WHERE id = ' + id);
}

async function updateName(prisma, id, name) {
  // ruleid: js-sql-injection
  await prisma.$executeRawUnsafe(
    `UPDATE users SET name = '${name}' WHERE id = ${id}`,
  );
}

// Multi-step flows from request data are reported at high confidence, with the path.
async function listOrders(req, res) {
  const { status, sort = 'created_at' } = req.query;
  const filter = `status = '${status}'`;
  const sql = 'SELECT * FROM orders WHERE ' + filter + ' ORDER BY ' + sort;
  // ruleid: js-sql-injection
  const [rows] = await pool.query(sql);
  res.json(rows);
}

async function safe(req, ids, prisma) {
  // ok: js-sql-injection
  const [a] = await pool.query('SELECT * FROM users WHERE id = ?', [req.params.id]);
  // ok: js-sql-injection
  const [b] = await pool.query(`SELECT * FROM ${TABLE} WHERE price < ? ORDER BY ${COLUMNS.created}`, [100]);
  const placeholders = ids.map(() => '?').join(', ');
  // ok: js-sql-injection
  const [c] = await pool.query(`SELECT * FROM users WHERE id IN (${placeholders})`, ids);
  // ok: js-sql-injection
  const d = await prisma.$queryRaw`SELECT * FROM users WHERE id = ${req.params.id}`;
  // ok: js-sql-injection
  const e = cache.get('user:' + req.params.id);
  // ok: js-sql-injection
  const f = await pool.query('SELECT * FROM users ' + 'WHERE active = 1');
  return [a, b, c, d, e, f];
}

module.exports = { getUser, findByEmail, search, deleteOrder, updateName, listOrders, safe };
