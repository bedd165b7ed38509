import express, { Request, Response } from 'express';
import fileUpload, { UploadedFile } from 'express-fileupload';
import path from 'path';

const app = express();
app.use(fileUpload());

app.post('/docs', (req: Request, res: Response) => {
  const doc = req.files!.doc as UploadedFile;
  // ruleid: js-unrestricted-upload
  doc.mv(path.join('/srv/public', doc.name));
  res.send('ok');
});

app.post('/pdf', (req: Request, res: Response) => {
  const doc = req.files!.doc as UploadedFile;
  if (doc.mimetype !== 'application/pdf') return res.status(415).end();
  // ok: js-unrestricted-upload
  doc.mv(path.join('/srv/uploads', doc.name));
  res.send('ok');
});
