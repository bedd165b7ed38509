const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const MongoStore = require('connect-mongo');

const app = express();

app.use(
  // ruleid: js-clear-text-session-cookie
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
  }),
);

const admin = express();
admin.use(
  // ruleid: js-clear-text-session-cookie
  session({
    secret: process.env.ADMIN_SESSION_SECRET,
    store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, maxAge: 30 * 60 * 1000, sameSite: 'strict' },
  }),
);

const shop = express();
// ruleid: js-clear-text-session-cookie
shop.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true, name: 'shop.sid' }));

const secureApp = express();
secureApp.set('trust proxy', 1);
secureApp.use(
  // ok: js-clear-text-session-cookie
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
  }),
);

const devApp = express();
devApp.use(
  // ok: js-clear-text-session-cookie
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: process.env.NODE_ENV === 'production', httpOnly: true },
  }),
);

const autoApp = express();
// ok: js-clear-text-session-cookie
autoApp.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: 'auto' } }));

const sessionOptions = { secret: process.env.SESSION_SECRET, cookie: { secure: true } };
const sharedApp = express();
// ok: js-clear-text-session-cookie
sharedApp.use(session(sessionOptions));
// ok: js-clear-text-session-cookie
sharedApp.use(session({ ...sessionOptions, name: 'shared.sid' }));

const lightApp = express();
// ok: js-clear-text-session-cookie
lightApp.use(cookieSession({ name: 'session', secret: process.env.COOKIE_SECRET, maxAge: 86400000 }));

module.exports = { app, admin, shop, secureApp, devApp, autoApp, sharedApp, lightApp };
