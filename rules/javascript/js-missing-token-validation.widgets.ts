import cookieParser from 'cookie-parser';
import express, { type Request, type Response } from 'express';

export function createWidgetApp(widgets: Map<string, string>): express.Express {
  const widgetApp = express();
  // ruleid: js-missing-token-validation
  widgetApp.use(cookieParser(process.env.COOKIE_SECRET));

  widgetApp.put('/widgets/:id', (req: Request, res: Response) => {
    const owner: string | undefined = req.signedCookies['owner'];
    if (!owner) return res.sendStatus(401);
    widgets.set(`${owner}:${req.params.id}`, String(req.body.name));
    res.sendStatus(204);
  });
  return widgetApp;
}

export function createStatusApp(started: Date): express.Express {
  const statusApp = express();
  // ok: js-missing-token-validation
  statusApp.use(cookieParser());

  statusApp.get('/status', (req: Request, res: Response) => {
    res.json({ since: started.toISOString(), theme: req.cookies.theme ?? 'light' });
  });
  statusApp.post('/feedback', (req: Request, res: Response) => {
    res.status(202).json({ received: String(req.body.message).length });
  });
  return statusApp;
}
