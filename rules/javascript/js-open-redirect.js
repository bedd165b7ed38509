const express = require('express');

const app = express();

app.get('/login', (req, res) => {
  // ruleid: js-open-redirect
  res.redirect(req.query.returnTo || '/');
});

app.get('/out', (req, res) => {
  // ruleid: js-open-redirect
  res.redirect(302, req.query.url);
});

app.post('/continue', (req, res) => {
  // ruleid: js-open-redirect
  res.redirect('/' + req.body.next);
});

app.get('/go', (req, res) => {
  // ruleid: js-open-redirect
  res.location(req.headers.referer).sendStatus(302);
});

function afterLogin() {
  // ruleid: js-open-redirect
  window.location.href = new URLSearchParams(window.location.search).get('next');
}

function fromHash() {
  // ruleid: js-open-redirect
  location.assign(decodeURIComponent(location.hash.slice(1)));
}

app.get('/safe', (req, res) => {
  // ok: js-open-redirect
  res.redirect(`/users/${encodeURIComponent(req.query.id)}`);
  // ok: js-open-redirect
  res.redirect('https://docs.example.com/' + req.query.page);
  // ok: js-open-redirect
  res.redirect(safeRedirectTarget(req.query.returnTo));
  // ok: js-open-redirect
  res.redirect('/dashboard');
});

function safeRedirectTarget(target) {
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//') ? target : '/';
}

function reload() {
  // ok: js-open-redirect
  window.location.href = '/home';
}

module.exports = { app, afterLogin, fromHash, reload };
