import cookieParser from 'cookie-parser';
import { csrfSync } from 'csrf-sync';
import express, { type Request, type Response } from 'express';
import session from 'express-session';
import { InvoiceStore } from './invoices';

const invoices = new InvoiceStore();
const { csrfSynchronisedProtection, generateToken } = csrfSync();

const app = express();
app.use(express.urlencoded({ extended: false }));
// ok: js-missing-token-validation
app.use(cookieParser());
// ok: js-missing-token-validation
app.use(
  session({
    secret: process.env.SESSION_SECRET as string,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true },
  }),
);

app.get('/invoices/new', (req: Request, res: Response) => {
  res.render('invoice-form', { token: generateToken(req) });
});

app.post('/invoices', csrfSynchronisedProtection, async (req: Request, res: Response) => {
  const invoice = await invoices.create(req.session.id, req.body);
  res.redirect(`/invoices/${invoice.id}`);
});

export function createLaxApp(store: InvoiceStore): express.Express {
  const laxApp = express();
  // ok: js-missing-token-validation
  laxApp.use(
    session({
      secret: process.env.SESSION_SECRET as string,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax' },
    }),
  );
  laxApp.patch('/invoices/:id', async (req: Request, res: Response) => {
    res.json(await store.update(req.session.id, req.params.id, req.body));
  });
  return laxApp;
}

export function createWebhookConsole(store: InvoiceStore): express.Express {
  const consoleApp = express();
  // ruleid: js-missing-token-validation
  consoleApp.use(session({ secret: process.env.CONSOLE_SECRET as string, resave: false, saveUninitialized: false, cookie: { secure: true } }));
  consoleApp.post('/webhooks/:id/replay', async (req: Request, res: Response) => {
    if (!req.session.id) return res.sendStatus(401);
    res.json(await store.replay(req.params.id));
  });
  return consoleApp;
}

export default app;
