import express, { type Express } from 'express';
import session, { type SessionOptions } from 'express-session';

const TWO_HOURS = 2 * 60 * 60 * 1000;

export function createPortal(secret: string): Express {
  const app = express();
  app.use(
    // ruleid: js-clear-text-session-cookie
    session({
      secret,
      resave: false,
      saveUninitialized: false,
      cookie: { maxAge: TWO_HOURS },
    }),
  );
  return app;
}

export function createHardenedPortal(secret: string, cookie: SessionOptions['cookie']): Express {
  const app = express();
  app.set('trust proxy', 1);
  app.use(
    // ok: js-clear-text-session-cookie
    session({
      secret,
      resave: false,
      saveUninitialized: false,
      cookie: { secure: true, httpOnly: true, sameSite: 'strict', maxAge: TWO_HOURS },
    }),
  );
  // ok: js-clear-text-session-cookie
  app.use('/legacy', session({ secret, resave: false, saveUninitialized: false, cookie }));
  return app;
}
