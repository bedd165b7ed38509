const fs = require('fs');
const path = require('path');
const unzipper = require('unzipper');
const AdmZip = require('adm-zip');
const yauzl = require('yauzl');
const tar = require('tar-stream');
const JSZip = require('jszip');

function extractUpload(archivePath, dest) {
  fs.createReadStream(archivePath)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
      const target = path.join(dest, entry.path);
      if (entry.type === 'Directory') {
        fs.mkdirSync(target, { recursive: true });
        entry.autodrain();
        return;
      }
      // ruleid: js-zip-slip
      entry.pipe(fs.createWriteStream(target));
    });
}

function extractAdm(file, dest) {
  const zip = new AdmZip(file);
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    // ruleid: js-zip-slip
    fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());
  }
}

function extractYauzl(file, dest) {
  yauzl.open(file, { lazyEntries: true }, (err, zipfile) => {
    if (err) throw err;
    zipfile.readEntry();
    zipfile.on('entry', (entry) => {
      zipfile.openReadStream(entry, (openErr, stream) => {
        if (openErr) throw openErr;
        // ruleid: js-zip-slip
        const out = fs.createWriteStream(dest + '/' + entry.fileName);
        stream.pipe(out).on('finish', () => zipfile.readEntry());
      });
    });
  });
}

function extractTar(input, dest) {
  const extract = tar.extract();
  extract.on('entry', function (header, stream, next) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      // ruleid: js-zip-slip
      fs.writeFile(path.resolve(dest, header.name), Buffer.concat(chunks), next);
    });
  });
  input.pipe(extract);
}

async function extractJsZip(buffer, dest) {
  const zip = await JSZip.loadAsync(buffer);
  const jobs = [];
  zip.forEach((relativePath, file) => {
    if (file.dir) return;
    jobs.push(
      file.async('nodebuffer').then((data) => {
        // ruleid: js-zip-slip
        return fs.promises.writeFile(path.join(dest, relativePath), data);
      }),
    );
  });
  await Promise.all(jobs);
}

// Safe look-alikes.

function extractChecked(archivePath, dest) {
  const root = path.resolve(dest);
  fs.createReadStream(archivePath)
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
      const target = path.resolve(root, entry.path);
      if (!target.startsWith(root + path.sep)) {
        entry.autodrain();
        return;
      }
      // ok: js-zip-slip
      entry.pipe(fs.createWriteStream(target));
    });
}

function extractFlat(file, dest) {
  const zip = new AdmZip(file);
  zip.getEntries().forEach((entry) => {
    // ok: js-zip-slip
    fs.writeFileSync(path.join(dest, path.basename(entry.entryName)), entry.getData());
  });
}

function extractNoDots(file, dest) {
  const zip = new AdmZip(file);
  for (const entry of zip.getEntries()) {
    if (entry.entryName.includes('..') || path.isAbsolute(entry.entryName)) continue;
    // ok: js-zip-slip
    fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());
  }
}

function writeManifest(dest, entries) {
  const names = entries.map((e) => e.entryName);
  // ok: js-zip-slip
  fs.writeFileSync(path.join(dest, 'manifest.json'), JSON.stringify(names));
}

function saveLog(entry) {
  // ok: js-zip-slip
  fs.appendFileSync('/var/log/extract.log', `${new Date().toISOString()} ${entry.size}\n`);
}

module.exports = { extractUpload, extractAdm, extractYauzl, extractTar, extractJsZip, extractChecked, extractFlat, extractNoDots, writeManifest, saveLog };
