const express = require('express');
const path = require('path');

const app = express();

app.post('/files', (req, res) => {
  const file = req.files.doc;
  // ruleid: js-unrestricted-upload
  file.mv(path.join(__dirname, 'uploads', file.name), () => res.send('ok'));
});

app.post('/photos', (req, res) => {
  const file = req.files.photo;
  const allowed = ['.png', '.jpg'];
  if (!allowed.includes(path.extname(file.name).toLowerCase())) return res.status(400).end();
  // ok: js-unrestricted-upload
  file.mv(path.join(__dirname, 'uploads', file.name), () => res.send('ok'));
});

app.post('/report', (req, res) => {
  const file = req.files.report;
  // ok: js-unrestricted-upload
  file.mv(path.join(__dirname, 'uploads', `${Date.now()}.pdf`), () => res.send('ok'));
});
