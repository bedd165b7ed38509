'use strict';

const fs = require('fs');
const https = require('https');
const path = require('path');
const yaml = require('js-yaml');

const CONFIG_DIR = path.join(__dirname, 'config');

function loadSettings(env) {
  const file = path.join(CONFIG_DIR, `${env === 'production' ? 'production' : 'development'}.yml`);
  const text = fs.readFileSync(file, 'utf8');
  return yaml.load(text, { schema: yaml.JSON_SCHEMA });
}

function internalAgent() {
  return new https.Agent({
    keepAlive: true,
    ca: fs.readFileSync(path.join(CONFIG_DIR, 'internal-ca.pem')),
    rejectUnauthorized: true,
  });
}

function frame(type, payload) {
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  const header = Buffer.alloc(5);
  header.writeUInt8(type, 0);
  header.writeUInt32BE(body.length, 1);
  return Buffer.concat([header, body]);
}

function parseFrame(buffer) {
  if (buffer.length < 5) throw new RangeError('short frame');
  const type = buffer.readUInt8(0);
  const length = buffer.readUInt32BE(1);
  if (buffer.length < 5 + length) throw new RangeError('truncated frame');
  return { type, payload: JSON.parse(buffer.subarray(5, 5 + length).toString('utf8')) };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validate(settings) {
  if (!SLUG.test(settings.site.slug)) throw new Error('bad slug');
  if (!EMAIL.test(settings.site.contact)) throw new Error('bad contact address');
  return settings;
}

const password = process.env.SMTP_PASSWORD;
const smtp = { host: 'smtp.example.com', port: 587, secure: false, requireTLS: true, auth: { user: 'mailer', pass: password } };

module.exports = { loadSettings, internalAgent, frame, parseFrame, validate, smtp };
