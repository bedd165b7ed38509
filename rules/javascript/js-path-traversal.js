const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const express = require('express');

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

app.post('/templates', async (req, res) => {
  const templatePath = path.join(__dirname, 'templates', req.body.template);
  // ruleid: js-path-traversal
  const html = await fs.promises.readFile(templatePath, 'utf8');
  res.send(html);
});

app.get('/safe/:name', (req, res) => {
  // ok: js-path-traversal
  fs.readFile(path.join(UPLOADS, path.basename(req.params.name)), (err, data) => res.send(data));
  // ok: js-path-traversal
  res.sendFile(req.params.name, { root: UPLOADS });
});

app.get('/checked/:name', (req, res) => {
  const resolved = path.resolve(UPLOADS, req.params.name);
  if (!resolved.startsWith(UPLOADS + path.sep)) return res.sendStatus(403);
  // ok: js-path-traversal
  res.sendFile(resolved);
});

app.get('/reports/:id', async (req, res) => {
  if (!/^[0-9a-f]{24}$/.test(req.params.id)) return res.sendStatus(400);
  const reportPath = path.join(__dirname, 'reports', `${req.params.id}.pdf`);
  // ok: js-path-traversal
  res.sendFile(reportPath);
});

app.get('/thumbs/:name', async (req, res) => {
  // ok: js-path-traversal
  const data = await fsp.readFile(safeJoin(UPLOADS, req.params.name));
  res.send(data);
});

function safeJoin(base, name) {
  const resolved = path.resolve(base, name);
  if (!resolved.startsWith(base + path.sep)) throw new Error('bad path');
  return resolved;
}

app.get('/report', (req, res) => {
  // ok: js-path-traversal
  const report = fs.readFileSync(path.join(__dirname, 'report.html'), 'utf8');
  // ok: js-path-traversal
  const cached = cache.readFile(req.query.key);
  res.send(report + cached);
});

module.exports = app;
