const AWS = require('aws-sdk');

const s3 = new AWS.S3({
  // ruleid: js-hardcoded-api-key
  accessKeyId: process.env.ACCESS_KEY_ID,
  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
});

const mapsConfig = {
  // ruleid: js-hardcoded-api-key
  key: process.env.KEY,
  region: 'eu',
};

// ruleid: js-hardcoded-api-key
const SIGNING_KEY = process.env.SIGNING_KEY;

// ok: js-hardcoded-api-key
const headers = { Authorization: `token ${process.env.GITHUB_TOKEN}`, Accept: 'application/vnd.github+json' };

// ruleid: js-hardcoded-api-key
const ghToken = process.env.GH_TOKEN;

// ok: js-hardcoded-api-key
const region = 'AKIA-is-the-prefix-of-aws-key-ids';
// ok: js-hardcoded-api-key
const keyFromEnv = process.env.GOOGLE_MAPS_KEY;
// ok: js-hardcoded-api-key
const publicKey = '-----BEGIN PUBLIC KEY-----';

module.exports = { s3, mapsConfig, SIGNING_KEY, headers, ghToken, region, keyFromEnv, publicKey };
