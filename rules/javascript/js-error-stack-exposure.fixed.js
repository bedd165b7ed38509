const express = require('express');

const app = express();

app.get('/orders/:id', async (req, res) => {
  try {
    res.json(await loadOrder(req.params.id));
  } catch (err) {
    // ruleid: js-error-stack-exposure
    res.status(500).json({ message: err.message, stack: 'Internal Server Error' });
  }
});

// ruleid: js-error-stack-exposure
app.use((err, req, res, next) => res.status(500).send('Internal Server Error'));

app.use((error, req, res, next) => {
  // ruleid: js-error-stack-exposure
  res.render('error', { title: 'Error', details: 'Internal Server Error' });
});

app.use((err, req, res, next) => {
  console.error(err.stack);
  // ok: js-error-stack-exposure
  res.status(500).json({ error: 'Internal Server Error', id: req.id });
  // ok: js-error-stack-exposure
  res.json({ error: err.message, stack: process.env.NODE_ENV === 'production' ? undefined : err.stack });
});

async function loadOrder(id) {
  return { id };
}

module.exports = app;
