const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const sanitize = require('sanitize-filename');
const express = require('express');
const config = require('./config');

const app = express();
const UPLOADS = path.join(__dirname, 'uploads');

app.get('/files/:name', (req, res) => {
  // ruleid: js-path-traversal
  fs.readFile(path.join(UPLOADS, req.params.name), (err, data) => {
    if (err) return res.sendStatus(404);
    res.send(data);
  });
});

app.get('/download', (req, res) => {
  // ruleid: js-path-traversal
  res.download(`${UPLOADS}/${req.query.file}`);
});

app.get('/avatar/:user', (req, res) => {
  // ruleid: js-path-traversal
  res.sendFile(path.resolve(UPLOADS, 'avatars', req.params.user + '.png'));
});

app.get('/logs', (req, res) => {
  // ruleid: js-path-traversal
  fs.createReadStream('/var/log/app/' + req.query.name).pipe(res);
});

app.delete('/files/:name', async (req, res) => {
  const target = path.join(UPLOADS, req.params.name);
  // ruleid: js-path-traversal
  await fsp.unlink(target);
  res.sendStatus(204);
});

// Several steps: destructuring, a template, then a variable used further down.
app.post('/templates', async (req, res) => {
  const { template, locale } = req.body;
  const dir = path.join(__dirname, 'templates', locale);
  const file = `${template}.html`;
  const templatePath = path.join(dir, file);
  console.log('rendering', templatePath);
  // ruleid: js-path-traversal
  const html = await fs.promises.readFile(templatePath, 'utf8');
  res.send(html);
});

// The request itself is the handler's parameter, under another name.
app.put('/notes/:id', (request, response) => {
  const body = request.body;
  let notePath = UPLOADS;
  notePath += '/notes/' + body.folder;
  // ruleid: js-path-traversal
  fs.writeFileSync(notePath + '/' + request.params.id + '.txt', body.text);
  response.sendStatus(201);
});

// Through a helper of the same file that returns request data.
function requestedDocument(req) {
  return req.query.doc || 'index.md';
}

app.get('/docs', (req, res) => {
  const name = requestedDocument(req);
  // ruleid: js-path-traversal
  res.sendFile(path.join(__dirname, 'docs', name));
});

app.get('/safe/:name', (req, res) => {
  // ok: js-path-traversal
  fs.readFile(path.join(UPLOADS, path.basename(req.params.name)), (err, data) => res.send(data));
  // ok: js-path-traversal
  res.sendFile(req.params.name, { root: UPLOADS });
});

app.get('/uploads/:name', (req, res) => {
  const name = sanitize(req.params.name);
  const file = path.join(UPLOADS, name);
  // ok: js-path-traversal
  fs.createReadStream(file).pipe(res);
});

app.get('/reports/:id', async (req, res) => {
  const reportPath = path.join(__dirname, 'reports', `${Number(req.params.id)}.pdf`);
  // ok: js-path-traversal
  res.sendFile(reportPath);
});

app.get('/thumbs/:name', async (req, res) => {
  // ok: js-path-traversal
  const data = await fsp.readFile(safeJoin(UPLOADS, req.params.name));
  res.send(data);
});

app.delete('/attachments/:name', async (req, res) => {
  const file = resolveAttachment(req.params.name);
  // ok: js-path-traversal
  await fsp.unlink(file);
  res.sendStatus(204);
});

function resolveAttachment(name) {
  const resolved = path.resolve(UPLOADS, 'attachments', name);
  if (path.relative(UPLOADS, resolved).startsWith('..')) throw new Error('bad path');
  return resolved;
}

function safeJoin(base, name) {
  const resolved = path.resolve(base, name);
  if (!resolved.startsWith(base + path.sep)) throw new Error('bad path');
  return resolved;
}

// Not from a request: a plain function's parameter, configuration, a local computation.
function loadTemplate(name) {
  // ok: js-path-traversal
  return fs.readFileSync(path.join(__dirname, 'templates', name), 'utf8');
}

function rotateLog() {
  const day = new Date().toISOString().slice(0, 10);
  // ok: js-path-traversal
  fs.renameSync(config.logFile, `${config.logDir}/app-${day}.log`);
}

app.get('/report', (req, res) => {
  // ok: js-path-traversal
  const report = fs.readFileSync(path.join(__dirname, 'report.html'), 'utf8');
  // ok: js-path-traversal
  const cached = cache.readFile(req.query.key);
  res.send(report + cached);
});

module.exports = { app, loadTemplate, rotateLog };
