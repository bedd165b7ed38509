const escapeRegExp = require('lodash.escaperegexp');

function search(req, res, items) {
  // ruleid: js-regexp-non-literal
  const re = new RegExp(req.query.q, 'i');
  res.json(items.filter((item) => re.test(item.name)));
}

function highlight(text, terms) {
  // ruleid: js-regexp-non-literal
  const re = new RegExp('(' + terms.join('|') + ')', 'gi');
  return text.replace(re, '<mark>$1</mark>');
}

function hasClass(el, className) {
  // ruleid: js-regexp-non-literal
  return RegExp(`(^|\\s)${className}(\\s|$)`).test(el.className);
}

const SEP = '[-_]';

function safe(text, term, base) {
  // ok: js-regexp-non-literal
  const a = new RegExp('^[a-z0-9_-]{3,16}$');
  // ok: js-regexp-non-literal
  const b = new RegExp(escapeRegExp(term), 'g');
  // ok: js-regexp-non-literal
  const c = new RegExp('^' + term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // ok: js-regexp-non-literal
  const d = new RegExp(base.source, 'g');
  // ok: js-regexp-non-literal
  const e = text.includes(term);
  const escapedTerm = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // ok: js-regexp-non-literal
  const f = new RegExp(`\\b${escapedTerm}\\b`, 'i');
  // ok: js-regexp-non-literal
  const g = new RegExp(`^v\\d+${SEP}\\d+$`);
  // ok: js-regexp-non-literal
  const h = new RegExp('^[a-z]+' + SEP + '[a-z]+$');
  return [a, b, c, d, e, f, g, h];
}

module.exports = { search, highlight, hasClass, safe };
