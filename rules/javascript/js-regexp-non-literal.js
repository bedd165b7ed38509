const escapeRegExp = require('lodash.escaperegexp');
const express = require('express');

const app = express();

function search(req, res, items) {
  // ruleid: js-regexp-non-literal
  const re = new RegExp(req.query.q, 'i');
  res.json(items.filter((item) => re.test(item.name)));
}

// Several steps: destructuring, a list of terms, a pattern built from them.
app.get('/highlight', (req, res) => {
  const { terms = '' } = req.query;
  const words = terms.split(',');
  const alternatives = '(' + words.join('|') + ')';
  // ruleid: js-regexp-non-literal
  const re = new RegExp(alternatives, 'gi');
  res.send(String(req.body).replace(re, '<mark>$1</mark>'));
});

// Through a helper of the same file that returns request data.
function classFilter(request) {
  return request.headers['x-class'];
}

app.get('/elements', (req, res) => {
  const className = classFilter(req);
  // ruleid: js-regexp-non-literal
  const re = RegExp(`(^|\\s)${className}(\\s|$)`);
  res.json(req.app.locals.elements.filter((el) => re.test(el.className)));
});

const SEP = '[-_]';

function safe(req, text, base) {
  // ok: js-regexp-non-literal
  const a = new RegExp('^[a-z0-9_-]{3,16}$');
  // ok: js-regexp-non-literal
  const b = new RegExp(escapeRegExp(req.query.term), 'g');
  // ok: js-regexp-non-literal
  const c = new RegExp('^' + req.query.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // ok: js-regexp-non-literal
  const d = new RegExp(base.source, 'g');
  // ok: js-regexp-non-literal
  const e = text.includes(req.query.term);
  const escapedTerm = req.query.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const wordPattern = `\\b${escapedTerm}\\b`;
  // ok: js-regexp-non-literal
  const f = new RegExp(wordPattern, 'i');
  // ok: js-regexp-non-literal
  const g = new RegExp(`^v\\d+${SEP}\\d+$`);
  // ok: js-regexp-non-literal
  const h = new RegExp('^[a-z]+' + SEP + '[a-z]+$');
  const digits = parseInt(req.query.digits, 10);
  // ok: js-regexp-non-literal
  const i = new RegExp(`^\\d{${digits}}$`);
  return [a, b, c, d, e, f, g, h, i];
}

// Not from a request: a plain function's parameters, a constant list, a local computation.
function highlight(text, terms) {
  // ok: js-regexp-non-literal
  const re = new RegExp('(' + terms.join('|') + ')', 'gi');
  return text.replace(re, '<mark>$1</mark>');
}

const KEYWORDS = ['urgent', 'later'];

function keywordPattern() {
  const stems = KEYWORDS.map((k) => k.slice(0, 4));
  // ok: js-regexp-non-literal
  return new RegExp(`\\b(${stems.join('|')})\\w*`, 'i');
}

module.exports = { app, search, safe, highlight, keywordPattern };
