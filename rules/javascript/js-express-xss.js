const express = require('express');
const escapeHtml = require('escape-html');
const pkg = require('./package.json');

const app = express();

app.get('/search', (req, res) => {
  // ruleid: js-express-xss
  res.send(`<h1>Results for ${req.query.q}</h1>`);
});

app.get('/users/:id', (req, res) => {
  // ruleid: js-express-xss
  res.status(404).send('User ' + req.params.id + ' not found');
});

app.post('/echo', (req, res) => {
  res.setHeader('Content-Type', 'text/html');
  // ruleid: js-express-xss
  res.write(req.body.message);
  res.end();
});

app.get('/hello', (req, res) => {
  // ruleid: js-express-xss
  res.end('<p>Hello ' + req.headers['x-user'] + '</p>');
});

// Several steps: destructuring, a list built up, then joined into the page.
app.get('/tags', (req, res) => {
  const { tags = '' } = req.query;
  const items = [];
  for (const tag of tags.split(',')) items.push(`<li>${tag}</li>`);
  const page = '<ul>' + items.join('') + '</ul>';
  // ruleid: js-express-xss
  res.send(page);
});

// Through a helper of the same file that returns request data.
function displayName(req) {
  return req.cookies.display_name || 'guest';
}

app.get('/welcome', (req, res) => {
  const html = `<p>Welcome back, ${displayName(req)}</p>`;
  // ruleid: js-express-xss
  res.send(html);
});

app.get('/safe', (req, res) => {
  // ok: js-express-xss
  res.send(`<h1>Results for ${escapeHtml(req.query.q)}</h1>`);
  // ok: js-express-xss
  res.json({ query: req.query.q });
  // ok: js-express-xss
  res.send({ id: req.params.id });
  // ok: js-express-xss
  socket.send(req.body.message);
});

app.get('/page/:n', (req, res) => {
  const n = parseInt(req.params.n, 10);
  const title = escapeHtml(req.query.title);
  // ok: js-express-xss
  res.send(`<h1>${title}</h1><p>Page ${n}</p>`);
});

// Not from a request: a plain function's parameter, configuration, a local computation.
function sendBanner(res, text) {
  // ok: js-express-xss
  res.send(`<div class="banner">${text}</div>`);
}

app.get('/version', (req, res) => {
  const built = new Date().toISOString();
  // ok: js-express-xss
  res.send(`<p>${pkg.name} ${pkg.version}, built ${built}</p>`);
});

module.exports = { app, sendBanner };
