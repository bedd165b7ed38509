const { exec, execSync, execFile } = require('child_process');
const cp = require('node:child_process');
const ChildProcess = require('child_process');

function thumbnail(req, res) {
  // ruleid: js-command-injection
  exec(`convert ${req.query.file} -resize 100x100 /tmp/thumb.png`, (err) => {
    if (err) return res.status(500).end();
    res.sendFile('/tmp/thumb.png');
  });
}

function gitLog(branch) {
  // ruleid: js-command-injection
  return execSync('git log --oneline ' + branch).toString();
}

async function lookup(domain) {
  // ruleid: js-command-injection
  cp.execFile('nslookup', [String(domain), '8.8.8.8'], (err, stdout) => console.log(stdout));
}

function unzip(archive) {
  // ruleid: js-command-injection
  require('child_process').execFileSync('unzip', ['-o', String(archive), '-d', '/srv/uploads']);
}

function packageDeb(pkgName) {
  // ruleid: js-command-injection
  ChildProcess.execFile('dpkg-deb', ['--build', String(pkgName)], { cwd: './dist' }, (err) => {
    if (err) throw err;
  });
}

// Multi-step flows from a source are reported at high confidence, with the path: a command-line
// argument through a module-level variable, request data through a helper of the same file.
const mirror = process.argv[2];

function ping() {
  const host = mirror.trim();
  // ruleid: js-command-injection
  execSync(`ping -c 1 ${host}`);
}

function archiveName(req) {
  return req.body.name + '.tar.gz';
}

function archive(req, res) {
  const name = archiveName(req);
  // ruleid: js-command-injection
  cp.execFile('tar', ['-czf', `/srv/archives/${name}`, '/srv/data'], () => res.end());
}

function safe(branch) {
  // ok: js-command-injection
  execFile('git', ['log', '--oneline', branch], (err, out) => console.log(out));
  // ok: js-command-injection
  execSync('git rev-parse HEAD');
  // ok: js-command-injection
  exec(`ls -la /tmp`);
  // ok: js-command-injection
  execSync('du -sh ' + '/var/log');
}

function notAShell(pattern, text) {
  const re = new RegExp(pattern);
  // ok: js-command-injection
  return re.exec(text);
}

module.exports = {
  thumbnail,
  gitLog,
  lookup,
  unzip,
  packageDeb,
  ping,
  archive,
  safe,
  notAShell,
};
