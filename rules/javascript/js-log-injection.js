const express = require('express');
const winston = require('winston');
const pino = require('pino')();
const util = require('util');

const app = express();
app.use(express.json());

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
const auditLogger = winston.createLogger({ transports: [new winston.transports.File({ filename: 'audit.log' })] });
const PORT = process.env.PORT || 3000;

app.post('/login', (req, res) => {
  const { username } = req.body;
  // ruleid: js-log-injection
  console.log(`Login attempt for user: ${username}`);
  res.sendStatus(204);
});

app.get('/search', (req, res) => {
  // ruleid: js-log-injection
  logger.info('search query: ' + req.query.q);
  res.json([]);
});

app.get('/items/:id', (req, res) => {
  // ruleid: js-log-injection
  console.error('item not found:', req.params.id);
  res.status(404).end();
});

app.use((req, res, next) => {
  // ruleid: js-log-injection
  console.log(`${new Date().toISOString()} ${req.method} ${req.originalUrl}`);
  next();
});

app.post('/webhook', (req, res) => {
  const event = req.headers['x-event-type'];
  // ruleid: js-log-injection
  pino.warn(`unexpected webhook event ${event}`);
  res.sendStatus(202);
});

app.post('/transfer', (req, res) => {
  // ruleid: js-log-injection
  auditLogger.info('transfer to %s requested', req.body.account);
  res.sendStatus(202);
});

app.get('/agent', (req, res) => {
  // ruleid: js-log-injection
  req.log.info('client agent ' + req.get('User-Agent'));
  res.end();
});

// Several steps: a helper of the same file, a message built up in a variable.
function requestedBy(req) {
  return req.cookies.user || 'anonymous';
}

app.delete('/posts/:slug', (req, res) => {
  let message = 'deleting post ';
  message += req.params.slug;
  message += ' for ' + requestedBy(req);
  // ruleid: js-log-injection
  logger.warn(message);
  res.sendStatus(204);
});

// ---- safe look-alikes ----

function clean(value) {
  return String(value).replace(/[\r\n]+/g, ' ');
}

app.post('/login-safe', (req, res) => {
  const username = String(req.body.username).replace(/\n|\r/g, '');
  // ok: js-log-injection
  console.log(`Login attempt for user: ${username}`);
  // ok: js-log-injection
  logger.info('login attempt: ' + JSON.stringify(req.body.username));
  // ok: js-log-injection
  console.log('login attempt:', util.inspect(req.body.username));
  res.sendStatus(204);
});

app.get('/search-safe', (req, res) => {
  const q = req.query.q;
  // ok: js-log-injection
  logger.info(`search query: ${q.replaceAll('\n', '\\n').replaceAll('\r', '\\r')}`);
  // ok: js-log-injection
  pino.info({ query: q, ip: req.ip }, 'search');
  // ok: js-log-injection
  console.log('page', parseInt(req.query.page, 10), 'of results, query length', q.length);
  // ok: js-log-injection
  console.log('has filter:', req.query.filter !== undefined, req.query.sort ? 'sorted' : 'unsorted');
  res.json([]);
});

app.get('/sanitized/:id', (req, res) => {
  // ok: js-log-injection
  logger.warn('lookup of ' + encodeURIComponent(req.params.id));
  // ok: js-log-injection
  logger.warn('lookup of ' + clean(req.params.id));
  res.end();
});

app.use((err, req, res, next) => {
  // ok: js-log-injection
  console.error('request failed:', err.message);
  res.status(500).json({ error: 'internal error' });
});

// Not request data: configuration, a plain function's parameter, computed values.
function reportJob(job) {
  // ok: js-log-injection
  logger.info(`job ${job.id} finished in ${Date.now() - job.startedAt} ms`);
}

app.listen(PORT, () => {
  // ok: js-log-injection
  console.log(`Server listening on port ${PORT}`);
});

module.exports = { app, reportJob };
