const { spawn } = require('child_process');

// ruleid: js-tls-env-disable
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

function insecureFetch() {
  // ruleid: js-tls-env-disable
  process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;
}

function runTool(args) {
  return spawn('node', args, {
    // ruleid: js-tls-env-disable
    env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' },
  });
}

function safe() {
  // ok: js-tls-env-disable
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
  // ok: js-tls-env-disable
  process.env.NODE_EXTRA_CA_CERTS = '/etc/ssl/internal-ca.pem';
  // ok: js-tls-env-disable
  const strict = process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0';
  return strict;
}

module.exports = { insecureFetch, runTool, safe };
