const express = require('express');
const cookieParser = require('cookie-parser');
const session = require('express-session');
const cookieSession = require('cookie-session');
const passport = require('passport');
const csrf = require('csurf');
const { doubleCsrf } = require('csrf-csrf');
const lusca = require('lusca');

function createBankApp(accounts) {
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  // ruleid: js-missing-token-validation
  app.use(cookieParser(process.env.COOKIE_SECRET));
  // ok: js-missing-token-validation
  app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true } }));

  app.get('/balance', (req, res) => {
    res.json({ balance: accounts.balanceOf(req.session.userId) });
  });

  app.post('/transfer', async (req, res) => {
    const from = req.session.userId;
    if (!from) return res.status(401).send('Please log in');
    await accounts.transfer(from, req.body.to, Number(req.body.amount));
    res.redirect('/balance');
  });
  return app;
}

function createProfileRouter(users) {
  const router = express.Router();
  // ruleid: js-missing-token-validation
  router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: true, cookie: { secure: true } }));
  router.use(passport.initialize());
  router.use(passport.session());

  router.put('/profile/email', async (req, res) => {
    if (!req.user) return res.sendStatus(401);
    await users.updateEmail(req.user.id, req.body.email);
    res.json({ ok: true });
  });
  return router;
}

function createNotesApp(notes) {
  const app = express();
  // ruleid: js-missing-token-validation
  app.use(cookieSession({ name: 'notes', keys: [process.env.KEY_1, process.env.KEY_2] }));

  const requireLogin = (req, res, next) => {
    if (!req.session.user) return res.redirect('/login');
    next();
  };

  app.delete('/notes/:id', requireLogin, async (req, res) => {
    await notes.remove(req.params.id);
    res.sendStatus(204);
  });
  return app;
}

function createPreferencesApp(prefs) {
  const app = express();
  app.use(express.json());
  // ruleid: js-missing-token-validation
  app.use(require('cookie-parser')());

  app.patch('/preferences', async (req, res) => {
    const account = await prefs.accountForToken(req.cookies.sessionToken);
    if (!account) return res.sendStatus(401);
    await prefs.save(account.id, req.body);
    res.json(await prefs.load(account.id));
  });
  return app;
}

function createCartApp(carts) {
  const app = express();
  // ruleid: js-missing-token-validation
  app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true } }));

  app
    .route('/cart')
    .get((req, res) => res.json(carts.get(req.session.id)))
    .post((req, res) => {
      const { cartId } = req.session;
      carts.add(cartId, req.body.sku, req.body.quantity);
      res.sendStatus(201);
    });
  return app;
}

// Protected, or nothing to forge.

function createCsurfApp(accounts) {
  const app = express();
  const csrfProtection = csrf({ cookie: true });
  // ok: js-missing-token-validation
  app.use(cookieParser());
  app.use(express.urlencoded({ extended: false }));

  app.get('/transfer', csrfProtection, (req, res) => {
    res.render('transfer', { csrfToken: req.csrfToken() });
  });
  app.post('/transfer', csrfProtection, async (req, res) => {
    await accounts.transfer(req.cookies.accountId, req.body.to, Number(req.body.amount));
    res.redirect('/');
  });
  return app;
}

function createDoubleSubmitApp(users) {
  const app = express();
  const { doubleCsrfProtection, generateCsrfToken } = doubleCsrf({
    getSecret: () => process.env.CSRF_SECRET,
    getSessionIdentifier: (req) => req.session.id,
  });
  // ok: js-missing-token-validation
  app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true } }));
  app.use(doubleCsrfProtection);

  app.get('/form', (req, res) => res.json({ token: generateCsrfToken(req, res) }));
  app.post('/password', async (req, res) => {
    await users.setPassword(req.session.userId, req.body.password);
    res.sendStatus(204);
  });
  return app;
}

function createLuscaApp(posts) {
  const app = express();
  // ok: js-missing-token-validation
  app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true } }));
  app.use(lusca.csrf());

  app.post('/posts', async (req, res) => {
    res.status(201).json(await posts.create(req.session.userId, req.body.text));
  });
  return app;
}

function createStrictCookieApp(orders) {
  const app = express();
  // ok: js-missing-token-validation
  app.use(
    session({
      secret: process.env.SESSION_SECRET,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: true, sameSite: 'strict' },
    }),
  );

  app.post('/orders', async (req, res) => {
    res.status(201).json(await orders.place(req.session.userId, req.body.items));
  });
  return app;
}

function createTokenCheckApp(settings) {
  const app = express();
  // ok: js-missing-token-validation
  app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true } }));

  app.post('/settings', async (req, res) => {
    if (!req.body.token || req.body.token !== req.session.csrfToken) return res.sendStatus(403);
    await settings.update(req.session.userId, req.body);
    res.sendStatus(204);
  });
  return app;
}

function createReadOnlyApp(catalog) {
  const app = express();
  // ok: js-missing-token-validation
  app.use(cookieParser());

  app.get('/recent', (req, res) => {
    res.json(catalog.recent(req.cookies.lastSeen));
  });
  app.post('/search', (req, res) => {
    res.json(catalog.search(String(req.body.q)));
  });
  return app;
}

function createApiTokenApp(reports) {
  const app = express();
  // ok: js-missing-token-validation
  app.use(cookieParser());
  app.use(passport.authenticate('jwt', { session: false }));

  app.post('/reports', async (req, res) => {
    res.status(201).json(await reports.create(req.user.id, req.body));
  });
  return app;
}

module.exports = {
  createBankApp,
  createProfileRouter,
  createNotesApp,
  createPreferencesApp,
  createCartApp,
  createCsurfApp,
  createDoubleSubmitApp,
  createLuscaApp,
  createStrictCookieApp,
  createTokenCheckApp,
  createReadOnlyApp,
  createApiTokenApp,
};
