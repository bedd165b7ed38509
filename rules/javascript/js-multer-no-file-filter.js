const express = require('express');
const multer = require('multer');
const path = require('path');

const app = express();

// ruleid: js-multer-no-file-filter
const upload = multer({ dest: 'public/uploads/' });

const storage = multer.diskStorage({
  destination: 'uploads/',
  filename: (req, file, cb) => cb(null, file.originalname),
});
// ruleid: js-multer-no-file-filter
const diskUpload = multer({ storage, limits: { fileSize: 5e6 } });

const images = multer({
  dest: 'uploads/',
  // ok: js-multer-no-file-filter
  fileFilter: (req, file, cb) => cb(null, ['image/png', 'image/jpeg'].includes(file.mimetype)),
});

// ok: js-multer-no-file-filter
const memory = multer({ limits: { fileSize: 1e6 } });

app.post('/avatar', upload.single('avatar'), (req, res) => res.send('ok'));
app.post('/disk', diskUpload.single('f'), (req, res) => res.send('ok'));
app.post('/img', images.single('f'), (req, res) => res.send('ok'));
app.post('/mem', memory.single('f'), (req, res) => res.send('ok'));
