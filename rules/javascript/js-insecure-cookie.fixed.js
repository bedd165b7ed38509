const express = require('express');
const session = require('express-session');

const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    cookie: {
      maxAge: 3600000,
      // ruleid: js-insecure-cookie
      secure: true,
    },
  }),
);

app.post('/login', async (req, res) => {
  const token = await issueToken(req.body);
  // ruleid: js-insecure-cookie
  res.cookie('auth_token', token, { maxAge: 86400000 });
  // ruleid: js-insecure-cookie
  res.cookie('sessionId', token);
  // ruleid: js-insecure-cookie
  res.cookie('refreshToken', token, { httpOnly: true, sameSite: 'strict' });
  res.cookie('jwt', token, {
    // ruleid: js-insecure-cookie
    httpOnly: true,
    secure: true,
  });
  res.json({ ok: true });
});

app.post('/login-safely', async (req, res) => {
  const token = await issueToken(req.body);
  // ok: js-insecure-cookie
  res.cookie('auth_token', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  // ok: js-insecure-cookie
  res.cookie('session', token, { ...SECURE_COOKIE, maxAge: 3600000 });
  // ok: js-insecure-cookie
  res.cookie('XSRF-TOKEN', req.csrfToken(), { secure: true });
  // ok: js-insecure-cookie
  res.cookie('theme', req.body.theme);
  // ok: js-insecure-cookie
  res.cookie('sid', token, { httpOnly: true, secure: process.env.NODE_ENV === 'production' });
  res.json({ ok: true });
});

const transport = {
  host: 'smtp.example.com',
  port: 587,
  // ok: js-insecure-cookie
  secure: false,
};

const SECURE_COOKIE = { httpOnly: true, secure: true, sameSite: 'lax' };

async function issueToken(body) {
  return body.user;
}

module.exports = { app, transport };
