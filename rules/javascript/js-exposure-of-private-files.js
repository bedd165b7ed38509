const express = require('express');
const path = require('path');
const os = require('os');
const serveStatic = require('serve-static');

const app = express();

// ruleid: js-exposure-of-private-files
app.use(express.static(__dirname));
// ruleid: js-exposure-of-private-files
app.use('/files', express.static('.'));
// ruleid: js-exposure-of-private-files
app.use(express.static('./', { index: 'index.html' }));
// ruleid: js-exposure-of-private-files
app.use(express.static(process.cwd()));
// ruleid: js-exposure-of-private-files
app.use(express.static(path.join(__dirname, '..')));
// ruleid: js-exposure-of-private-files
app.use('/vendor', express.static(path.join(__dirname, 'node_modules')));
// ruleid: js-exposure-of-private-files
app.use('/lib', express.static(__dirname + '/node_modules'));
// ruleid: js-exposure-of-private-files
app.use(express.static(path.resolve(__dirname)));
// ruleid: js-exposure-of-private-files
app.use('/home', serveStatic(os.homedir()));
// ruleid: js-exposure-of-private-files
app.use(express.static(`${__dirname}/`));
// ruleid: js-exposure-of-private-files
app.use('/modules', express.static('node_modules'));

// ok: js-exposure-of-private-files
app.use(express.static(path.join(__dirname, 'public')));
// ok: js-exposure-of-private-files
app.use('/static', express.static(path.resolve(__dirname, '..', 'client', 'dist')));
// ok: js-exposure-of-private-files
app.use('/css', express.static(path.join(__dirname, 'node_modules', 'bootstrap', 'dist', 'css')));
// ok: js-exposure-of-private-files
app.use(express.static('public'));
// ok: js-exposure-of-private-files
app.use('/uploads', express.static(__dirname + '/uploads'));
// ok: js-exposure-of-private-files
app.use(serveStatic(`${__dirname}/build`, { maxAge: '1d' }));
// ok: js-exposure-of-private-files
app.use(express.static(process.env.STATIC_DIR || path.join(__dirname, 'www')));

app.get('/', (req, res) => {
  // ok: js-exposure-of-private-files
  res.sendFile(path.join(__dirname, 'index.html'));
});

app.listen(8080);
