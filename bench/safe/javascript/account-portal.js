// An account portal: session cookies with CSRF tokens, hardened headers, public assets only.
const express = require('express');
const path = require('path');
const helmet = require('helmet');
const session = require('express-session');
const rateLimit = require('express-rate-limit');
const { doubleCsrf } = require('csrf-csrf');

const SECTIONS = new Set(['profile', 'notifications', 'privacy']);

function createPortal(accounts, preferences) {
  const app = express();
  app.set('trust proxy', 1);
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'] } },
      frameguard: { action: 'deny' },
    }),
  );
  app.use(rateLimit({ windowMs: 15 * 60 * 1000, limit: 200 }));
  app.use(express.urlencoded({ extended: false }));
  app.use(express.static(path.join(__dirname, 'public'), { maxAge: '7d' }));
  app.use(
    session({
      secret: process.env.SESSION_SECRET,
      name: 'portal.sid',
      resave: false,
      saveUninitialized: false,
      cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 2 * 60 * 60 * 1000 },
    }),
  );

  const { doubleCsrfProtection, generateCsrfToken } = doubleCsrf({
    getSecret: () => process.env.CSRF_SECRET,
    getSessionIdentifier: (req) => req.session.id,
  });
  app.use(doubleCsrfProtection);

  app.get('/preferences', (req, res) => {
    if (!req.session.accountId) return res.redirect('/login');
    res.render('preferences', {
      values: preferences.load(req.session.accountId),
      csrfToken: generateCsrfToken(req, res),
    });
  });

  app.post('/preferences/:section', (req, res) => {
    const section = req.params.section;
    if (!req.session.accountId) return res.sendStatus(401);
    if (!SECTIONS.has(section)) return res.sendStatus(404);
    const current = preferences.load(req.session.accountId);
    for (const [name, value] of Object.entries(req.body)) {
      if (Object.hasOwn(current[section], name)) current[section][name] = String(value);
    }
    preferences.save(req.session.accountId, current);
    res.redirect('/preferences');
  });

  app.post('/logout', (req, res) => {
    req.session.destroy(() => res.redirect('/'));
  });

  return app;
}

module.exports = { createPortal };
