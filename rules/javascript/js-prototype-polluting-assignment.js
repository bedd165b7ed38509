const express = require('express');

const app = express();
app.use(express.json());

const settings = { display: { theme: 'light' }, privacy: { shareEmail: false } };
const inventory = {};
const boards = {};
const catalog = { en: {}, fr: {} };
const SECTIONS = ['display', 'privacy'];

app.post('/settings', (req, res) => {
  const { section, key, value } = req.body;
  // ruleid: js-prototype-polluting-assignment
  settings[section][key] = value;
  res.json(settings);
});

app.put('/inventory/:warehouse/:sku', (req, res) => {
  const warehouse = req.params.warehouse;
  if (!inventory[warehouse]) inventory[warehouse] = {};
  // ruleid: js-prototype-polluting-assignment
  inventory[warehouse][req.params.sku] = Number(req.body.quantity);
  res.sendStatus(204);
});

app.patch('/boards/:board', (req, res) => {
  const board = boards[req.params.board] ? req.params.board : 'default';
  for (const [column, cards] of Object.entries(req.body)) {
    // ruleid: js-prototype-polluting-assignment
    boards[board][column] = cards;
  }
  res.json(boards[board]);
});

app.post('/translations', (req, res) => {
  const locale = String(req.query.locale);
  const entries = req.body.entries || [];
  entries.forEach((entry) => {
    // ruleid: js-prototype-polluting-assignment
    catalog[locale][entry.id] = entry.text;
  });
  res.sendStatus(202);
});

// Checked keys, known keys, numbers and single-level writes.

app.post('/settings/checked', (req, res) => {
  const { section, key, value } = req.body;
  if (section === '__proto__' || section === 'constructor' || section === 'prototype') {
    return res.status(400).json({ error: 'invalid section' });
  }
  // ok: js-prototype-polluting-assignment
  settings[section][key] = value;
  res.json(settings);
});

app.post('/settings/known', (req, res) => {
  const { section, key, value } = req.body;
  if (!SECTIONS.includes(section)) return res.status(400).json({ error: 'unknown section' });
  // ok: js-prototype-polluting-assignment
  settings[section][key] = value;
  res.json(settings);
});

app.post('/settings/own', (req, res) => {
  const { section, key, value } = req.body;
  if (!Object.prototype.hasOwnProperty.call(settings, section)) return res.sendStatus(404);
  // ok: js-prototype-polluting-assignment
  settings[section][key] = value;
  res.json(settings);
});

const grid = [
  [0, 0, 0],
  [0, 0, 0],
];
app.put('/grid', (req, res) => {
  const row = parseInt(req.body.row, 10);
  const col = parseInt(req.body.col, 10);
  // ok: js-prototype-polluting-assignment
  grid[row][col] = req.body.value;
  res.json(grid);
});

app.post('/counters/:name', (req, res) => {
  // ok: js-prototype-polluting-assignment
  inventory[req.params.name] = req.body.count;
  // ok: js-prototype-polluting-assignment
  settings[req.params.name]['updatedAt'] = Date.now();
  res.sendStatus(204);
});

function resetDefaults(defaults) {
  for (const section of Object.keys(defaults)) {
    for (const key of Object.keys(defaults[section])) {
      // ok: js-prototype-polluting-assignment
      settings[section][key] = defaults[section][key];
    }
  }
}

module.exports = { app, resetDefaults };
