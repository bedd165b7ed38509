'use strict';

const crypto = require('crypto');
const express = require('express');
const rateLimit = require('express-rate-limit');
const fs = require('fs');
const path = require('path');
const unzipper = require('unzipper');

const IMPORT_DIR = path.resolve(__dirname, 'imports');
const app = express();

app.use(rateLimit({ windowMs: 15 * 60 * 1000, limit: 100, standardHeaders: 'draft-7', legacyHeaders: false }));

function extract(archivePath, dest) {
  const root = path.resolve(dest);
  return new Promise((resolve, reject) => {
    fs.createReadStream(archivePath)
      .pipe(unzipper.Parse())
      .on('entry', (entry) => {
        const target = path.resolve(root, entry.path);
        if (!target.startsWith(root + path.sep) || entry.type !== 'File') {
          entry.autodrain();
          return;
        }
        fs.mkdirSync(path.dirname(target), { recursive: true });
        entry.pipe(fs.createWriteStream(target));
      })
      .on('close', resolve)
      .on('error', reject);
  });
}

app.post('/imports/:id', async (req, res, next) => {
  try {
    const id = Number.parseInt(req.params.id, 10);
    if (!Number.isSafeInteger(id)) return res.status(400).json({ error: 'bad id' });
    await extract(path.join(IMPORT_DIR, `${id}.zip`), path.join(IMPORT_DIR, String(id)));
    res.sendStatus(204);
  } catch (err) {
    next(err);
  }
});

app.get('/imports', async (req, res, next) => {
  try {
    res.json(await fs.promises.readdir(IMPORT_DIR));
  } catch (err) {
    next(err);
  }
});

app.post('/keys', (req, res) => {
  const { publicKey } = crypto.generateKeyPairSync('rsa', {
    modulusLength: 3072,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  res.type('application/x-pem-file').send(publicKey);
});

app.listen(Number(process.env.PORT) || 3000);
