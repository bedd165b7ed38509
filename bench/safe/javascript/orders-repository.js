'use strict';

const { Pool } = require('pg');
const sqlite3 = require('sqlite3');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: true } });
const ORDERS_TABLE = 'orders';
const SORTABLE = { created: 'created_at', total: 'total_cents' };

async function findOrder(id) {
  const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [id]);
  return rows[0] || null;
}

async function listOrders(customerId, { sort = 'created', limit = 50 } = {}) {
  const column = SORTABLE[sort] || SORTABLE.created;
  const sql = `SELECT id, status, total_cents FROM ${ORDERS_TABLE} WHERE customer_id = $1 ORDER BY ${SORTABLE.created} DESC LIMIT $2`;
  const { rows } = await pool.query(sql, [customerId, Math.min(limit, 200)]);
  return column === SORTABLE.created ? rows : rows.sort((a, b) => a[column] - b[column]);
}

async function findMany(ids) {
  const placeholders = ids.map((_, i) => `$${i + 1}`).join(', ');
  const { rows } = await pool.query(`SELECT * FROM orders WHERE id IN (${placeholders})`, ids);
  return rows;
}

async function markShipped(id, trackingCode) {
  await pool.query('UPDATE orders SET status = $1, tracking_code = $2 WHERE id = $3', ['shipped', trackingCode, id]);
}

function openLocalCache(file) {
  const db = new sqlite3.Database(file);
  return {
    get(key) {
      return new Promise((resolve, reject) => {
        db.get('SELECT value FROM cache WHERE key = ?', [key], (err, row) => (err ? reject(err) : resolve(row)));
      });
    },
    put(key, value) {
      return new Promise((resolve, reject) => {
        db.run('INSERT OR REPLACE INTO cache (key, value) VALUES (?, ?)', [key, value], (err) =>
          err ? reject(err) : resolve(),
        );
      });
    },
  };
}

function searchProducts(knex, term) {
  return knex('products').whereRaw('lower(name) like ?', [`%${term.toLowerCase()}%`]).limit(20);
}

module.exports = { findOrder, listOrders, findMany, markShipped, openLocalCache, searchProducts };
