const { exec, execSync, spawn, execFile } = require('child_process');
const ChildProcess = require('child_process');

function runTask(task) {
  // ruleid: js-shell-command-variable
  ChildProcess.exec(task.command, (err, stdout) => console.log(stdout));
}

function build(cmd) {
  // ruleid: js-shell-command-variable
  return execSync(cmd, { cwd: './dist' }).toString();
}

function convert(req) {
  const command = buildCommand(req.body);
  // ruleid: js-shell-command-variable
  exec(
    command,
    { timeout: 5000 },
    () => {},
  );
}

function archive(dir, opts) {
  // ruleid: js-shell-command-variable
  spawn('tar', ['-czf', 'out.tgz', dir], { shell: true });
  // ruleid: js-shell-command-variable
  spawn(`git log ${dir}`, { shell: true, stdio: 'inherit' });
  // ruleid: js-shell-command-variable
  execFile('sh', ['-c', 'ls ' + dir], (err, out) => console.log(out));
  // ruleid: js-shell-command-variable
  require('child_process').execSync(process.argv[2]);
  // ruleid: js-shell-command-variable
  spawn('rsync', opts.args, { shell: true });
  // ruleid: js-shell-command-variable
  spawn('rsync', buildArgs(dir), { shell: true });
}

// A multi-step flow from request data: reported at high confidence, with the path.
function preview(req, res) {
  const { file } = req.query;
  const cmd = 'pdftotext ' + file + ' -';
  const options = { maxBuffer: 1 << 20 };
  // ruleid: js-shell-command-variable
  exec(cmd, options, (err, out) => res.send(out));
}

function safe(dir, re, text) {
  // ok: js-shell-command-variable
  spawn('tar', ['-czf', 'out.tgz', dir]);
  // ok: js-shell-command-variable
  execFile('git', ['log', '--oneline', dir], (err, out) => console.log(out));
  // ok: js-shell-command-variable
  spawn('npm', ['run', 'build'], { shell: true });
  // ok: js-shell-command-variable
  execFile('sh', ['-c', 'ls -la /tmp']);
  // ok: js-shell-command-variable
  const found = re.exec(text);
  // ok: js-shell-command-variable
  const rows = db.exec(statement);
  return found && rows;
}

function buildArgs(dir) {
  return ['-a', dir, 'backup:/srv'];
}

function buildCommand(body) {
  return `convert ${body.input} out.png`;
}

module.exports = { runTask, build, convert, archive, preview, safe };
