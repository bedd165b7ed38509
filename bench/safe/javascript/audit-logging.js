'use strict';
// Request logging that keeps attacker-controlled line breaks and credentials out of the log.
const express = require('express');
const bcrypt = require('bcrypt');
const pino = require('pino');

const logger = pino({ redact: ['req.headers.authorization', 'password'] });
const app = express();
app.use(express.json());

function oneLine(value) {
  return String(value).replace(/[\r\n]+/g, ' ');
}

app.use((req, res, next) => {
  const started = Date.now();
  res.on('finish', () => {
    logger.info({ method: req.method, path: req.path, status: res.statusCode, ms: Date.now() - started }, 'request');
  });
  next();
});

app.post('/login', async (req, res) => {
  const { username, password } = req.body;
  const user = await findUser(username);
  const ok = user !== null && (await bcrypt.compare(password, user.passwordHash));
  if (!ok) {
    console.warn(`failed login for ${JSON.stringify(username)}`);
    return res.status(401).json({ error: 'invalid credentials' });
  }
  console.info('login for ' + oneLine(username) + ', password length ' + password.length);
  return res.json({ ok: true });
});

app.get('/search', (req, res) => {
  const page = parseInt(req.query.page, 10) || 1;
  logger.info({ query: req.query.q, page }, 'search');
  console.log('search page %d', page);
  res.json([]);
});

async function findUser(username) {
  return username === 'demo' ? { username, passwordHash: '$2b$12$0000000000000000000000' } : null;
}

module.exports = { app };
