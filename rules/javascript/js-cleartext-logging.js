const express = require('express');
const bcrypt = require('bcrypt');
const jwt = require('jsonwebtoken');
const winston = require('winston');

const app = express();
app.use(express.json());
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });

const JWT_SECRET = process.env.JWT_SECRET;
const stripeApiKey = process.env.STRIPE_API_KEY;

app.post('/register', async (req, res) => {
  const { email, password } = req.body;
  // ruleid: js-cleartext-logging
  console.log('Registering user', email, 'with password', password);
  const passwordHash = await bcrypt.hash(password, 12);
  // ok: js-cleartext-logging
  console.log('stored hash', passwordHash);
  res.status(201).json({ email });
});

app.post('/login', async (req, res) => {
  // ruleid: js-cleartext-logging
  logger.debug(`login attempt ${req.body.username}:${req.body.password}`);
  const token = jwt.sign({ sub: req.body.username }, JWT_SECRET, { expiresIn: '1h' });
  // ruleid: js-cleartext-logging
  logger.info(`issued token=${token}`);
  const message = 'session for ' + req.body.username + ' uses ' + token;
  // ruleid: js-cleartext-logging
  console.info(message);
  res.json({ token });
});

function connectPayments(config) {
  // ruleid: js-cleartext-logging
  console.log('Connecting to Stripe with key', stripeApiKey);
  // ruleid: js-cleartext-logging
  console.debug('database config', { host: config.db.host, password: config.db.password });
  // ruleid: js-cleartext-logging
  console.log('JWT secret is ' + JWT_SECRET);
  // ruleid: js-cleartext-logging
  logger.warn('refresh with', config['refreshToken']);
}

app.get('/debug/env', (req, res) => {
  // ruleid: js-cleartext-logging
  console.log(process.env);
  res.sendStatus(204);
});

// ---- safe look-alikes ----

app.post('/login-safe', async (req, res) => {
  const { username, password } = req.body;
  // ok: js-cleartext-logging
  console.log('Invalid password for user', username);
  // ok: js-cleartext-logging
  console.log(`password length ${password.length}, reset link sent`);
  const isPasswordValid = await bcrypt.compare(password, '$2b$12$abcdefghijklmnopqrstuv');
  // ok: js-cleartext-logging
  logger.info('password check for %s: %s', username, isPasswordValid);
  const passwordResetUrl = `https://example.com/reset?user=${encodeURIComponent(username)}`;
  // ok: js-cleartext-logging
  logger.info('reset url ' + passwordResetUrl);
  res.sendStatus(204);
});

function describeUsage(usage, tokenizer) {
  const tokenCount = usage.total_tokens;
  // ok: js-cleartext-logging
  console.log(`used ${tokenCount} tokens (max_tokens ${usage.max_tokens}) with ${tokenizer.name}`);
}

function startup(token, decoded) {
  // ok: js-cleartext-logging
  console.log('JWT secret configured:', !!JWT_SECRET, 'Stripe key:', stripeApiKey ? 'set' : 'missing');
  // ok: js-cleartext-logging
  console.log('Stripe key', stripeApiKey.slice(0, 7) + '...');
  // ok: js-cleartext-logging
  console.log('token expires at', token.expiresAt, 'for', decoded.sub);
  // ok: js-cleartext-logging
  logger.info('token fingerprint', require('crypto').createHash('sha256').update(token).digest('hex'));
  // ok: js-cleartext-logging
  console.log('listening on', process.env.PORT);
}

module.exports = { app, connectPayments, describeUsage, startup };
