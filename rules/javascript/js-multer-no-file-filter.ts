import express, { Request, Response } from 'express';
import multer from 'multer';

const app = express();

// ruleid: js-multer-no-file-filter
const upload = multer({ dest: 'static/' });

const safe = multer({
  dest: 'uploads/',
  limits: { fileSize: 2_000_000 },
  // ok: js-multer-no-file-filter
  fileFilter: (_req: Request, file: Express.Multer.File, cb: multer.FileFilterCallback) =>
    cb(null, file.mimetype === 'application/pdf'),
});

app.post('/a', upload.single('f'), (_req: Request, res: Response) => res.send('ok'));
app.post('/b', safe.single('f'), (_req: Request, res: Response) => res.send('ok'));
