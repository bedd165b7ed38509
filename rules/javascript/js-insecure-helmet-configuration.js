const express = require('express');
const helmet = require('helmet');

const app = express();

app.use(
  helmet({
    // ruleid: js-insecure-helmet-configuration
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
  }),
);

const admin = express();
// ruleid: js-insecure-helmet-configuration
admin.use(helmet({ frameguard: false, hsts: { maxAge: 31536000 } }));

const legacy = express();
legacy.use(
  helmet({
    // ruleid: js-insecure-helmet-configuration
    contentSecurityPolicy: false,
    // ruleid: js-insecure-helmet-configuration
    frameguard: false,
  }),
);

const embed = express();
embed.use(
  helmet({
    // ok: js-insecure-helmet-configuration
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", 'https://cdn.example.com'],
        frameAncestors: ["'self'", 'https://partner.example.com'],
      },
    },
    // ok: js-insecure-helmet-configuration
    frameguard: { action: 'sameorigin' },
    // ok: js-insecure-helmet-configuration
    crossOriginEmbedderPolicy: false,
  }),
);

const api = express();
// ok: js-insecure-helmet-configuration
api.use(helmet());

const widgetOptions = { contentSecurityPolicy: false };
// ok: js-insecure-helmet-configuration
api.get('/widget', (req, res) => res.json({ ...widgetOptions, frameguard: false }));

module.exports = { app, admin, legacy, embed, api };
