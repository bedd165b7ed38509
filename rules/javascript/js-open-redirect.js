const express = require('express');
const config = require('./config');

const app = express();
const RETURN_PATHS = new Set(['/', '/account', '/orders']);

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

// Several steps: the session keeps the target, a variable picks it up later.
app.post('/sso/start', (req, res) => {
  const next = req.body.next;
  req.session.returnTo = next;
  const target = req.session.returnTo;
  // ruleid: js-open-redirect
  res.redirect(target);
});

// Through a helper of the same file that returns request data.
function returnUrlOf(request) {
  const { redirect_uri: uri } = request.query;
  return `${uri}`;
}

app.get('/oauth/done', (req, res) => {
  // ruleid: js-open-redirect
  res.redirect(returnUrlOf(req));
});

function afterLogin() {
  // ruleid: js-open-redirect
  window.location.href = new URLSearchParams(window.location.search).get('next');
}

function fromHash() {
  // ruleid: js-open-redirect
  location.assign(decodeURIComponent(location.hash.slice(1)));
}

function backToReferrer() {
  const params = new URL(document.URL).searchParams;
  const back = params.get('back') || document.referrer;
  // ruleid: js-open-redirect
  location = back;
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

app.get('/done', (req, res) => {
  const target = String(req.query.returnTo || '/');
  // ok: js-open-redirect
  res.redirect(RETURN_PATHS.has(target) ? target : '/');
});

// A check is not a sanitizer: '//evil.example' starts with '/' too.
app.get('/back', (req, res) => {
  const target = String(req.query.returnTo || '/');
  // ruleid: js-open-redirect
  res.redirect(target.startsWith('/') ? target : '/');
});

app.get('/profile/:id', (req, res) => {
  const profile = '/profiles/' + req.params.id;
  // ok: js-open-redirect
  res.redirect(profile);
});

function safeRedirectTarget(target) {
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//') ? target : '/';
}

// Not from a request or the page URL: a plain function's parameter, configuration.
function goTo(url) {
  // ok: js-open-redirect
  window.location.href = url;
}

app.get('/logout', (req, res) => {
  req.session.destroy();
  // ok: js-open-redirect
  res.redirect(config.logoutUrl);
});

function reload() {
  // ok: js-open-redirect
  window.location.href = '/home';
}

module.exports = { app, afterLogin, fromHash, backToReferrer, goTo, reload };
