// A router module: it is mounted by the server, which can put a limiter in front of it.
const express = require('express');
const User = require('../models/user');

const router = express.Router();

// ok: js-missing-rate-limiting
router.get('/:id', async (req, res) => {
  res.json(await User.findById(req.params.id));
});

// ok: js-missing-rate-limiting
router.post('/', async (req, res) => {
  res.status(201).json(await User.create({ name: req.body.name }));
});

// A second app for local development, built here without a limiter.
function buildDevApp() {
  const devApp = express();
  devApp.use('/users', router);
  // ruleid: js-missing-rate-limiting
  devApp.delete('/users', async (req, res) => {
    await User.deleteMany({});
    res.sendStatus(204);
  });
  return devApp;
}

module.exports = router;
module.exports.buildDevApp = buildDevApp;
