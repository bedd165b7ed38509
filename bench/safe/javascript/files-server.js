'use strict';

const express = require('express');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const escapeHtml = require('escape-html');

const UPLOAD_DIR = path.resolve(__dirname, 'uploads');
const ALLOWED_RETURN_PATHS = new Set(['/', '/files', '/settings']);

const app = express();
app.set('trust proxy', 1);
app.use(express.json({ limit: '100kb' }));

function resolveUpload(name) {
  const resolved = path.resolve(UPLOAD_DIR, name);
  if (!resolved.startsWith(UPLOAD_DIR + path.sep)) {
    const err = new Error('invalid file name');
    err.status = 400;
    throw err;
  }
  return resolved;
}

app.get('/files', async (req, res, next) => {
  try {
    const names = await fsp.readdir(UPLOAD_DIR);
    res.json({ files: names.filter((n) => !n.startsWith('.')) });
  } catch (err) {
    next(err);
  }
});

app.get('/files/:name', (req, res) => {
  res.sendFile(req.params.name, { root: UPLOAD_DIR, dotfiles: 'deny' });
});

app.get('/files/:name/raw', (req, res, next) => {
  const file = path.join(UPLOAD_DIR, path.basename(req.params.name));
  fs.createReadStream(file).on('error', next).pipe(res.type('text/plain'));
});

app.delete('/files/:name', async (req, res, next) => {
  try {
    const target = resolveUpload(req.params.name);
    await fsp.unlink(target);
    res.sendStatus(204);
  } catch (err) {
    next(err);
  }
});

app.get('/search', (req, res) => {
  const q = String(req.query.q || '');
  res.send(`<p>No results for <b>${escapeHtml(q)}</b></p>`);
});

app.get('/done', (req, res) => {
  const target = String(req.query.returnTo || '/');
  res.redirect(ALLOWED_RETURN_PATHS.has(target) ? target : '/');
});

app.post('/login', async (req, res) => {
  const session = await createSession(req.body.username, req.body.password);
  if (!session) return res.status(401).json({ error: 'invalid credentials' });
  res.cookie('sid', session.id, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 });
  res.cookie('theme', 'light');
  return res.json({ ok: true });
});

app.use((err, req, res, next) => {
  console.error(err.stack);
  if (res.headersSent) return next(err);
  res.status(err.status || 500).json({ error: err.status ? err.message : 'internal error' });
});

async function createSession(username, password) {
  if (!username || !password) return null;
  return { id: require('crypto').randomUUID() };
}

module.exports = app;
