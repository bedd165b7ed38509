const crypto = require('crypto');

function issueSession(user) {
  // ruleid: js-insecure-random
  const sessionId = crypto.randomUUID().replace(/-/g, '');
  return { user, sessionId };
}

function generateToken(length) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let result = '';
  // ruleid: js-insecure-random
  for (let i = 0; i < length; i++) {
    result += chars.charAt(crypto.randomInt(chars.length));
  }
  return result;
}

// ruleid: js-insecure-random
const uuid = () => 'xxxxxxxx-xxxx-4xxx'.replace(/x/g, () => (crypto.randomInt(16)).toString(16));

class PasswordReset {
  constructor(user) {
    this.user = user;
    // ruleid: js-insecure-random
    this.resetCode = crypto.randomInt(100000, 1000000);
  }

  createNonce() {
    // ruleid: js-insecure-random
    return crypto.randomUUID().replace(/-/g, '');
  }
}

function csrfMiddleware(req, res, next) {
  res.locals.form = {
    // ruleid: js-insecure-random
    csrf: crypto.randomUUID().replace(/-/g, ''),
  };
  next();
}

function UUIDcreatePart(length) {
  let part = '';
  // ruleid: js-insecure-random
  for (let i = 0; i < length; i++) part += (crypto.randomInt(256)).toString(16).padStart(2, '0');
  return part;
}

const util = {
  randomString(len) {
    // ruleid: js-insecure-random
    return Array.from({ length: len }, () => crypto.randomInt(36).toString(36)).join('');
  },
};

function game(players) {
  // ok: js-insecure-random
  const winner = players[Math.floor(Math.random() * players.length)];
  // ok: js-insecure-random
  const sessionTimeout = 30000 + Math.random() * 5000;
  // ok: js-insecure-random
  const token = crypto.randomBytes(32).toString('hex');
  // ok: js-insecure-random
  const tokenizer = Math.random() > 0.5 ? 'fast' : 'slow';
  return { winner, sessionTimeout, token, tokenizer };
}

function retryDelay(attempt) {
  // ok: js-insecure-random
  return 100 * 2 ** attempt + Math.random() * 100;
}

function generateApiKey() {
  // ok: js-insecure-random
  return crypto.randomUUID();
}

module.exports = { UUIDcreatePart, util, issueSession, generateToken, uuid, PasswordReset, csrfMiddleware, game, retryDelay, generateApiKey };
