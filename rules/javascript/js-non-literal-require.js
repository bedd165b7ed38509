const path = require('path');
// ok: js-non-literal-require
const express = require('express');
// ok: js-non-literal-require
const helpers = require(__dirname + '/lib/helpers');
// ok: js-non-literal-require
const schema = require(path.join(__dirname, 'schema', 'user.json'));
// ok: js-non-literal-require
const pkg = require(`${__dirname}/package.json`);
// ok: js-non-literal-require
const binding = require(`./prebuilds/${process.platform}-${process.arch}/addon.node`);
// ok: js-non-literal-require
const babel = require(require.resolve('@babel/core', { paths: [process.cwd()] }));

function loadCommand(name) {
  // ruleid: js-non-literal-require
  return require(`./commands/${name}`);
}

function loadPlugin(req) {
  // ruleid: js-non-literal-require
  const plugin = require(req.query.plugin);
  return plugin;
}

function loadConfig(configFile) {
  // ruleid: js-non-literal-require
  return require(path.join(process.cwd(), configFile));
}

async function loadLocale(lang) {
  // ruleid: js-non-literal-require
  const messages = await import('./locales/' + lang + '.js');
  return messages.default;
}

// A multi-step flow from a command-line argument: reported at high confidence, with the path.
function loadReporter() {
  const [, , reporterName = 'spec'] = process.argv;
  const modulePath = `./reporters/${reporterName}`;
  // ruleid: js-non-literal-require
  return require(modulePath);
}

async function lazy() {
  // ok: js-non-literal-require
  const { default: chalk } = await import('chalk');
  return chalk;
}

module.exports = {
  loadCommand,
  loadPlugin,
  loadConfig,
  loadLocale,
  loadReporter,
  lazy,
  express,
  helpers,
  schema,
  pkg,
  binding,
  babel,
};
