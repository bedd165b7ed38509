const axios = require('axios');
const https = require('https');
const express = require('express');

const app = express();
const API_BASE = 'https://api.example.com';

app.get('/preview', async (req, res) => {
  // ruleid: js-ssrf
  const page = await fetch(req.query.url);
  res.send(await page.text());
});

app.post('/webhook-test', async (req, res) => {
  // ruleid: js-ssrf
  const { status } = await axios.post(req.body.callbackUrl, { ping: true });
  res.json({ status });
});

app.get('/avatar', (req, res) => {
  // ruleid: js-ssrf
  https.get(`https://${req.query.host}/avatar.png`, (upstream) => upstream.pipe(res));
});

app.get('/proxy', async (req, res) => {
  // ruleid: js-ssrf
  const upstream = await axios({ method: 'get', url: req.query.target, responseType: 'stream' });
  upstream.data.pipe(res);
});

app.get('/safe/:id', async (req, res) => {
  // ok: js-ssrf
  const a = await fetch(`${API_BASE}/users/${encodeURIComponent(req.params.id)}`);
  // ok: js-ssrf
  const b = await axios.get('https://api.example.com/search', { params: { q: req.query.q } });
  // ok: js-ssrf
  const c = await fetch(API_BASE + '/health');
  // ok: js-ssrf
  const d = cache.get(req.query.key);
  res.json({ a: a.status, b: b.status, c: c.status, d });
});

module.exports = app;
