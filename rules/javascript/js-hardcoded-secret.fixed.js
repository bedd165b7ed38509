const session = require('express-session');
const { Pool } = require('pg');

// ruleid: js-hardcoded-secret
const dbPassword = process.env.DB_PASSWORD;

const pool = new Pool({
  host: 'db.internal',
  user: 'app',
  // ruleid: js-hardcoded-secret
  password: "s3cr3t-p4ss",
});

app.use(
  session({
    // ruleid: js-hardcoded-secret
    secret: 'keyboard cat',
    resave: false,
  }),
);

// ruleid: js-hardcoded-secret
const JWT_SECRET = process.env.JWT_SECRET || 'dev-jwt-secret-123';

const oauth = {
  clientId: 'my-app',
  // ruleid: js-hardcoded-secret
  clientSecret: process.env.CLIENT_SECRET ?? 'a81bc81b-dead-4e5d-abff-90865d1e13b1',
};

function configure(config) {
  // ruleid: js-hardcoded-secret
  config.apiKey = 'live_4f9a8b7c6d5e';
}

function isAdmin(user, password) {
  // ruleid: js-hardcoded-secret
  return user === 'admin' && password === 'admin123';
}

function safe(form, config) {
  // ok: js-hardcoded-secret
  const password = process.env.DB_PASSWORD;
  // ok: js-hardcoded-secret
  const labels = { password: 'Password', secret: 'Enter your secret' };
  // ok: js-hardcoded-secret
  const header = { apiKey: 'x-api-key', token: 'access_token' };
  // ok: js-hardcoded-secret
  const env = { apiKey: 'API_KEY' };
  // ok: js-hardcoded-secret
  config.password = '';
  // ok: js-hardcoded-secret
  const sample = { password: '<password>', secret: '${SECRET}' };
  // ok: js-hardcoded-secret
  const passwordField = 'password';
  // ok: js-hardcoded-secret
  if (form.password === '') return null;
  // ok: js-hardcoded-secret
  const keyId = 'AKIAIOSFODNN7EXAMPLE';
  // ok: js-hardcoded-secret
  const request = { credentials: 'same-origin', mode: 'cors' };
  return [password, labels, header, env, sample, passwordField, keyId, request, pool, oauth];
}

module.exports = { configure, isAdmin, safe };
