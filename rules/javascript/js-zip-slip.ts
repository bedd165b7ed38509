import * as fs from 'node:fs';
import * as path from 'node:path';
import { createWriteStream } from 'node:fs';
import unzipper, { type Entry } from 'unzipper';
import AdmZip from 'adm-zip';
import * as tar from 'tar';

export function unpackTheme(zipPath: string, themesDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    fs.createReadStream(zipPath)
      .pipe(unzipper.Parse())
      .on('entry', (entry: Entry) => {
        const dest: string = `${themesDir}/${entry.path}`;
        // ruleid: js-zip-slip
        entry.pipe(createWriteStream(dest));
      })
      .on('close', resolve)
      .on('error', reject);
  });
}

export function unpackPlugins(file: string, pluginsDir: string): void {
  const zip = new AdmZip(file);
  zip.getEntries().forEach((zipEntry) => {
    const outPath = path.join(pluginsDir, zipEntry.entryName);
    // ruleid: js-zip-slip
    fs.writeFileSync(outPath, zipEntry.getData());
  });
}

export async function unpackTarball(file: string, dest: string): Promise<void> {
  await tar.t({
    file,
    onentry: (entry: tar.ReadEntry) => {
      // ruleid: js-zip-slip
      entry.pipe(fs.createWriteStream(path.join(dest, entry.path)));
    },
  });
}

// Safe look-alikes.

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

export function unpackChecked(file: string, dest: string): void {
  const zip = new AdmZip(file);
  for (const entry of zip.getEntries()) {
    const target = path.resolve(dest, entry.entryName);
    if (!isInside(dest, target)) throw new Error(`blocked entry ${entry.entryName}`);
    // ok: js-zip-slip
    fs.writeFileSync(target, entry.getData());
  }
}

export function unpackFlat(zipPath: string, dir: string): void {
  fs.createReadStream(zipPath)
    .pipe(unzipper.Parse())
    .on('entry', (entry: Entry) => {
      // ok: js-zip-slip
      entry.pipe(fs.createWriteStream(path.join(dir, path.basename(entry.path))));
    });
}

export function writeIndex(dir: string, count: number): void {
  // ok: js-zip-slip
  fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ count }));
}
