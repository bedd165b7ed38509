const express = require('express');
const escapeHtml = require('escape-html');

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

module.exports = app;
