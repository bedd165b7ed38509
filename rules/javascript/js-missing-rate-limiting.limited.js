// A server that puts a rate limiter in front of its routes, and one app of its own that does not.
const express = require('express');
const rateLimit = require('express-rate-limit');
const fs = require('fs/promises');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();

const limiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 100, standardHeaders: 'draft-7' });
app.use(limiter);

// ok: js-missing-rate-limiting
app.get('/orders', async (req, res) => {
  const { rows } = await pool.query('SELECT id, total FROM orders WHERE customer = $1', [req.query.c]);
  res.json(rows);
});

// ok: js-missing-rate-limiting
app.get('/changelog', async (req, res) => {
  res.type('text/plain').send(await fs.readFile('CHANGELOG.md', 'utf8'));
});

function startAdmin() {
  const adminApp = express();
  // ruleid: js-missing-rate-limiting
  adminApp.get('/dump', async (req, res) => {
    const { rows } = await pool.query('SELECT * FROM audit_log ORDER BY at DESC LIMIT 500');
    res.json(rows);
  });
  // ok: js-missing-rate-limiting
  adminApp.get('/ready', (req, res) => res.sendStatus(200));
  adminApp.listen(9090);
}

startAdmin();
app.listen(3000);
