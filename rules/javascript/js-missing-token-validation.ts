import express, { type NextFunction, type Request, type Response } from 'express';
import session from 'express-session';
import { AccountService } from './accounts';

declare module 'express-session' {
  interface SessionData {
    userId: string;
    role: 'admin' | 'member';
    lastArticle: string;
  }
}

const accounts = new AccountService();
const app = express();
app.use(express.json());
// ruleid: js-missing-token-validation
app.use(
  session({
    secret: process.env.SESSION_SECRET as string,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, maxAge: 8 * 60 * 60 * 1000 },
  }),
);

function requireAuth(req: Request, res: Response, next: NextFunction): void {
  if (!req.session.userId) {
    res.status(401).json({ error: 'not signed in' });
    return;
  }
  next();
}

app.post('/api/login', async (req: Request, res: Response) => {
  const user = await accounts.verify(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
  req.session.userId = user.id;
  res.json({ id: user.id });
});

app.delete('/api/account', requireAuth, async (_req: Request, res: Response) => {
  res.sendStatus(204);
});

export function createHelpDesk(articles: Map<string, string>): express.Express {
  const help = express();
  // ok: js-missing-token-validation
  help.use(session({ secret: process.env.HELP_SECRET as string, resave: false, saveUninitialized: true, cookie: { secure: true } }));

  help.get('/articles/:slug', (req: Request, res: Response) => {
    req.session.lastArticle = req.params.slug;
    res.type('text/plain').send(articles.get(req.params.slug) ?? 'not found');
  });
  help.post('/search', (req: Request, res: Response) => {
    res.json([...articles.keys()].filter((slug) => slug.includes(String(req.body.q))));
  });
  return help;
}

export default app;
