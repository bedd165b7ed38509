const express = require('express');
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');
const bcrypt = require('bcrypt');
const jwt = require('jsonwebtoken');
const mysql = require('mysql2/promise');
const mongoose = require('mongoose');

const app = express();
app.use(express.json());

const pool = mysql.createPool({ host: 'localhost', user: 'app', database: 'shop' });
const Note = mongoose.model('Note', new mongoose.Schema({ owner: String, body: String }));
const DOCS = path.join(__dirname, 'docs');
const tags = [{ id: 1, name: 'news' }, { id: 2, name: 'sport' }];

function requireToken(req, res, next) {
  try {
    req.user = jwt.verify(req.headers.authorization.split(' ')[1], process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

// ruleid: js-missing-rate-limiting
app.get('/docs/:name', (req, res) => {
  fs.readFile(path.join(DOCS, path.basename(req.params.name)), 'utf8', (err, text) => {
    if (err) return res.sendStatus(404);
    res.type('text/plain').send(text);
  });
});

// ruleid: js-missing-rate-limiting
app.get('/products', async (req, res) => {
  const [rows] = await pool.query('SELECT id, name, price FROM products WHERE active = 1');
  res.json(rows);
});

// ruleid: js-missing-rate-limiting
app.post('/login', async (req, res) => {
  const [rows] = await pool.execute('SELECT id, hash FROM users WHERE email = ?', [req.body.email]);
  const ok = rows.length === 1 && (await bcrypt.compare(req.body.password, rows[0].hash));
  if (!ok) return res.status(401).json({ error: 'invalid credentials' });
  res.json({ token: jwt.sign({ sub: rows[0].id }, process.env.JWT_SECRET, { expiresIn: '1h' }) });
});

// ruleid: js-missing-rate-limiting
app.post('/register', async function (req, res) {
  const hash = await bcrypt.hash(req.body.password, 12);
  res.status(201).json({ hash: hash.length > 0 });
});

// ruleid: js-missing-rate-limiting
app.get('/notes', requireToken, async (req, res) => {
  res.json(await Note.find({ owner: req.user.sub }));
});

// ruleid: js-missing-rate-limiting
app.get('/me', requireToken, (req, res) => res.json({ id: req.user.sub }));

// ruleid: js-missing-rate-limiting
app.delete('/notes/:id', async (req, res) => {
  await Note.findByIdAndDelete(req.params.id);
  res.sendStatus(204);
});

// ruleid: js-missing-rate-limiting
app.post('/thumbnail', (req, res) => {
  execFile('convert', ['in.png', '-resize', '64x64', 'out.png'], (err) => res.sendStatus(err ? 500 : 200));
});

// ruleid: js-missing-rate-limiting
app.get('/report.pdf', (req, res) => res.download(path.join(__dirname, 'report.pdf')));

// ruleid: js-missing-rate-limiting
app.route('/settings').get(async (req, res) => {
  res.json(await Note.findOne({ owner: 'settings' }));
});

// ruleid: js-missing-rate-limiting
app.get('/files', listFiles);

function listFiles(req, res) {
  res.json(fs.readdirSync(DOCS));
}

// Routes that do nothing expensive.

// ok: js-missing-rate-limiting
app.get('/health', (req, res) => res.json({ status: 'ok', uptime: process.uptime() }));

// ok: js-missing-rate-limiting
app.get('/tags/:id', (req, res) => {
  const tag = tags.find((t) => t.id === Number(req.params.id));
  if (!tag) return res.sendStatus(404);
  res.json(tag);
});

// ok: js-missing-rate-limiting
app.get('/', function (req, res) {
  res.send('<h1>Shop</h1>');
});

// ok: js-missing-rate-limiting
app.use(express.static(path.join(__dirname, 'public')));

// ok: js-missing-rate-limiting
app.get('/version', version);

function version(req, res) {
  res.json({ version: '1.4.2' });
}

// ok: js-missing-rate-limiting
app.use((err, req, res, next) => {
  res.status(500).json({ error: 'internal error' });
});

app.listen(3000);
