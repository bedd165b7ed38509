const axios = require('axios');
const https = require('https');
const express = require('express');
const config = require('./config');

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

// Several steps: the host from the request, a URL built from it, then the call.
app.get('/status', async (req, res) => {
  const { region } = req.query;
  const host = region + '.status.internal';
  const target = 'http://' + host + ':8080/health';
  // ruleid: js-ssrf
  const answer = await fetch(target);
  res.json({ ok: answer.ok });
});

// An options object that carries the request's host.
app.get('/mirror', (request, response) => {
  const options = { host: request.headers['x-mirror'], path: '/index.json' };
  // ruleid: js-ssrf
  https.request(options, (upstream) => upstream.pipe(response)).end();
});

// Through a helper of the same file that returns request data.
function callbackOf(req) {
  return `${req.body.callback}?source=aigis`;
}

app.post('/notify', async (req, res) => {
  // ruleid: js-ssrf
  await axios.post(callbackOf(req), { done: true });
  res.sendStatus(202);
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
  const profile = 'https://profiles.example.com/' + req.params.id;
  // ok: js-ssrf
  const e = await fetch(profile);
  res.json({ a: a.status, b: b.status, c: c.status, d, e: e.status });
});

// Not from a request: a plain function's parameter, configuration, a local computation.
async function ping(url) {
  // ok: js-ssrf
  return axios.head(url);
}

async function report(stats) {
  const endpoint = `${config.metricsUrl}/v1/${new Date().getFullYear()}`;
  // ok: js-ssrf
  await fetch(endpoint, { method: 'POST', body: JSON.stringify(stats) });
}

module.exports = { app, ping, report };
