const express = require('express');
const mysql = require('mysql');

const app = express();
const db = mysql.createConnection({ host: 'localhost', user: 'shop' });

function escapeHtml(text) {
  return (
    String(text)
      // ruleid: js-incomplete-sanitization
      .replace('&', '&amp;')
      // ruleid: js-incomplete-sanitization
      .replace('<', '&lt;')
      // ruleid: js-incomplete-sanitization
      .replace('>', '&gt;')
      // ruleid: js-incomplete-sanitization
      .replace('"', '&quot;')
  );
}

function quoteSql(value) {
  // ruleid: js-incomplete-sanitization
  return "'" + value.replace("'", "''") + "'";
}

function jsString(value) {
  // ruleid: js-incomplete-sanitization
  return '"' + value.replace(/"/, '\\"') + '"';
}

function toPosix(file) {
  // ruleid: js-incomplete-sanitization
  return file.replace('\\', '/');
}

function multiline(comment) {
  // ruleid: js-incomplete-sanitization
  return comment.replace('\n', '<br>');
}

function stripTags(html) {
  // ruleid: js-incomplete-sanitization
  return html.replace(/[<>]/, '');
}

function searchLink(term) {
  // ruleid: js-incomplete-sanitization
  return '/search?q=' + term.replace(' ', '%20');
}

function decodeName(raw) {
  // ruleid: js-incomplete-sanitization
  return raw.replace('%20', ' ');
}

function globToRegex(glob) {
  // ruleid: js-incomplete-sanitization
  return new RegExp('^' + glob.replace('*', '\\*') + '$');
}

app.get('/greet', (req, res) => {
  // ruleid: js-incomplete-sanitization
  const name = req.query.name.replace(/'/i, '&#39;');
  res.send(`<p title='${name}'>Hello</p>`);
});

app.post('/notes', (req, res) => {
  const title = req.body.title;
  // ruleid: js-incomplete-sanitization
  db.query(`INSERT INTO notes (title) VALUES ('${title.replace("'", "\\'")}')`);
  res.sendStatus(201);
});

// Every occurrence, or text that cannot repeat the character.

function escapeHtmlFully(text) {
  return (
    String(text)
      // ok: js-incomplete-sanitization
      .replace(/&/g, '&amp;')
      // ok: js-incomplete-sanitization
      .replaceAll('<', '&lt;')
      // ok: js-incomplete-sanitization
      .replace(/>/g, '&gt;')
      // ok: js-incomplete-sanitization
      .replace(/"/gi, '&quot;')
  );
}

function trimSlash(path) {
  // ok: js-incomplete-sanitization
  return path.replace(/^\//, '');
}

function normaliseNewlines(text) {
  // ok: js-incomplete-sanitization
  return text.replace('\r\n', '\n');
}

function removeBreakTag(html) {
  // ok: js-incomplete-sanitization
  return html.replace('<br>', '');
}

function dashed(slug) {
  // ok: js-incomplete-sanitization
  return slug.replace('_', '-');
}

function price(label) {
  // ok: js-incomplete-sanitization
  return Number(label.replace('$', ''));
}

function withoutQuotes(value) {
  let out = value;
  while (out.includes("'")) {
    // ok: js-incomplete-sanitization
    out = out.replace("'", '');
  }
  return out;
}

function template(text, name) {
  // ok: js-incomplete-sanitization
  return text.replace('{name}', name);
}

module.exports = { escapeHtml, escapeHtmlFully, quoteSql, jsString, toPosix, multiline, stripTags };
