const express = require('express');
const axios = require('axios');

const app = express();

app.get('/login/callback', (req, res) => {
  const next = String(req.query.next || '/');
  // ruleid: js-incomplete-url-substring-sanitization
  if (next.includes('myshop.com')) {
    return res.redirect(next);
  }
  res.redirect('/');
});

app.get('/proxy', async (req, res) => {
  const target = req.query.url;
  // ruleid: js-incomplete-url-substring-sanitization
  if (target.indexOf('api.partner.io') === -1) {
    return res.status(400).send('host not allowed');
  }
  const upstream = await axios.get(target);
  res.json(upstream.data);
});

app.use((req, res, next) => {
  const origin = req.headers.origin || '';
  // ruleid: js-incomplete-url-substring-sanitization
  if (origin.startsWith('https://dashboard.example.com')) {
    res.setHeader('Access-Control-Allow-Origin', origin);
  }
  next();
});

function isTrustedHost(host) {
  // ruleid: js-incomplete-url-substring-sanitization
  return host.endsWith('example.org');
}

function fromDocs(referrer) {
  // ruleid: js-incomplete-url-substring-sanitization
  return referrer.indexOf('http://docs.internal.dev') >= 0;
}

function fromCdn(src) {
  // ruleid: js-incomplete-url-substring-sanitization
  return !!~src.indexOf('cdn.example.net');
}

// Exact comparisons of the parsed host, and literals that pin the host.

function isTrustedHostSafely(value) {
  const { hostname } = new URL(value);
  // ok: js-incomplete-url-substring-sanitization
  return hostname === 'example.org' || hostname.endsWith('.example.org');
}

function sameSite(url) {
  // ok: js-incomplete-url-substring-sanitization
  return url.startsWith('https://dashboard.example.com/');
}

function localDev(url) {
  // ok: js-incomplete-url-substring-sanitization
  return url.startsWith('http://localhost:3000');
}

function isImage(file) {
  // ok: js-incomplete-url-substring-sanitization
  return file.endsWith('.png') || file.includes('image/');
}

function hasQuery(url) {
  // ok: js-incomplete-url-substring-sanitization
  return url.indexOf('?') !== -1;
}

function domainPosition(text) {
  // ok: js-incomplete-url-substring-sanitization
  return text.indexOf('example.com') + 11;
}

module.exports = { app, isTrustedHost, isTrustedHostSafely, fromDocs, fromCdn, sameSite, localDev };
module.exports.helpers = { isImage, hasQuery, domainPosition };
