const https = require('https');
const axios = require('axios');
const tls = require('tls');

// ruleid: js-tls-reject-unauthorized
const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });

const client = axios.create({
  baseURL: 'https://internal.example.com',
  httpsAgent: new https.Agent({
    // ruleid: js-tls-reject-unauthorized
    rejectUnauthorized: false,
  }),
});

function connect(host) {
  return tls.connect({
    host,
    port: 8443,
    // ruleid: js-tls-reject-unauthorized
    'rejectUnauthorized': false,
    // ruleid: js-tls-reject-unauthorized
    checkServerIdentity: () => undefined,
  });
}

function connectAnyHost(host) {
  return tls.connect({
    host,
    // ruleid: js-tls-reject-unauthorized
    checkServerIdentity: function () {},
  });
}

function legacyRequest(request, url) {
  // ruleid: js-tls-reject-unauthorized
  return request({ url, strictSSL: false });
}

function patch(options) {
  // ruleid: js-tls-reject-unauthorized
  options.rejectUnauthorized = false;
}

function safe(ca) {
  // ok: js-tls-reject-unauthorized
  const a = new https.Agent({ rejectUnauthorized: true, ca });
  // ok: js-tls-reject-unauthorized
  const b = { rejectUnauthorized: process.env.NODE_ENV === 'production' || Boolean(ca) };
  // ok: js-tls-reject-unauthorized
  const c = { checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert) };
  // ok: js-tls-reject-unauthorized
  const d = { retryOnFailure: false };
  return [a, b, c, d];
}

module.exports = { agent, client, connect, connectAnyHost, legacyRequest, patch, safe };
