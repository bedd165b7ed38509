const express = require('express');
const cors = require('cors');

const app = express();

// ruleid: js-cors-credentials-any-origin
app.use(cors({ origin: true, credentials: true }));

const apiCors = cors({
  credentials: true,
  // ruleid: js-cors-credentials-any-origin
  origin: '*',
  methods: ['GET', 'POST'],
});
app.use('/api', apiCors);

app.use(
  '/v2',
  cors({
    // ruleid: js-cors-credentials-any-origin
    origin: (origin, callback) => callback(null, true),
    credentials: true,
  }),
);

// ok: js-cors-credentials-any-origin
app.use('/public', cors({ origin: true }));

// ok: js-cors-credentials-any-origin
app.use('/app', cors({ origin: ['https://app.example.com'], credentials: true }));

const ALLOWED = new Set(['https://app.example.com', 'https://admin.example.com']);
app.use(
  '/admin',
  cors({
    // ok: js-cors-credentials-any-origin
    origin: (origin, callback) => callback(null, ALLOWED.has(origin)),
    credentials: true,
  }),
);

module.exports = app;
