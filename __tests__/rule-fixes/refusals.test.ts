/**
 * Where a rule fix would not be sound, the finding is still reported but no fix is offered. The
 * fixtures show the rewrites; these cases pin the refusals, each on the real rule from rules/ and
 * the real engine, next to a variant that is fixed (so the test cannot pass by never fixing).
 */
import { relative } from 'node:path';
import type { EngineFinding, Language } from '../../src/core/types.js';
import { createBuiltinEngine } from '../../src/analyzers/builtin/engine.js';
import { loadRules } from '../../src/analyzers/builtin/rule-loader.js';
import { applyEdits } from '../../src/core/text-edits.js';
import { modelFilePaths, parser, read, repoRoot, ruleFilePaths } from '../builtin/helpers.js';

const all = loadRules(ruleFilePaths().map((p) => ({ path: relative(repoRoot, p), text: read(p) }))).rules;
const models = loadRules(
  modelFilePaths().map((p) => ({ path: relative(repoRoot, p), text: read(p) })),
).models;
const engine = createBuiltinEngine({ rules: all, models, parser: parser() });
afterAll(() => engine.dispose());

const EXT: Partial<Record<Language, string>> = {
  python: 'py',
  javascript: 'js',
  typescript: 'ts',
  go: 'go',
  java: 'java',
};

async function findingOf(ruleId: string, language: Language, text: string): Promise<EngineFinding> {
  const out = await engine.analyze([{ path: `t.${EXT[language]}`, language, text, side: 'head' }]);
  const found = out.findings.filter((f) => f.ruleId === ruleId);
  expect(found).toHaveLength(1);
  return found[0]!;
}

async function fixed(ruleId: string, language: Language, text: string): Promise<string | undefined> {
  const f = await findingOf(ruleId, language, text);
  return f.fix ? applyEdits(text, f.fix.edits) : undefined;
}

describe('python-shell-injection: only plain words become an argument list', () => {
  const call = (cmd: string) => `import subprocess\n\ndef f(x):\n    subprocess.run(${cmd}, shell=True)\n`;
  it('fixes plain words', async () => {
    expect(await fixed('python-shell-injection', 'python', call('f"ls -l {x}"'))).toBe(
      call('["ls", "-l", str(x)]').replace('shell=True', 'shell=False'),
    );
  });
  it.each([
    ['a pipe', 'f"ls {x} | wc -l"'],
    ['a redirection', 'f"ls {x} > /tmp/out"'],
    ['quotes', `f"grep '{x}' log"`],
    ['a variable', 'f"ls $HOME/{x}"'],
    ['a glob', 'f"rm {x}/*.tmp"'],
    ['an environment assignment', 'f"LANG=C sort {x}"'],
    ['the program from a value', 'f"{x} --version"'],
    ['a number format', '"head -n %d log" % x'],
  ])('refuses %s', async (_why, cmd) => {
    expect(await fixed('python-shell-injection', 'python', call(cmd))).toBeUndefined();
  });
});

describe('js-sql-injection: the placeholder style comes from the driver the file imports', () => {
  const file = (imports: string) =>
    `${imports}\nasync function f(id) {\n  return pool.query(\`SELECT * FROM t WHERE id = \${id}\`);\n}\n`;
  it('numbers placeholders for pg and uses ? for mysql2', async () => {
    expect(await fixed('js-sql-injection', 'javascript', file("const { Pool } = require('pg');"))).toContain(
      'pool.query(`SELECT * FROM t WHERE id = $1`, [id])',
    );
    expect(
      await fixed('js-sql-injection', 'javascript', file("import mysql from 'mysql2/promise';")),
    ).toContain('pool.query(`SELECT * FROM t WHERE id = ?`, [id])');
  });
  it('refuses without a known driver, or with drivers of both styles', async () => {
    expect(
      await fixed('js-sql-injection', 'javascript', file("const db = require('./db');")),
    ).toBeUndefined();
    const both = "const pg = require('pg');\nconst mysql = require('mysql');";
    expect(await fixed('js-sql-injection', 'javascript', file(both))).toBeUndefined();
  });
  it('refuses a value in an identifier position or inside a larger string', async () => {
    const order =
      "const { Pool } = require('pg');\nfunction f(col) { return pool.query('SELECT * FROM t ORDER BY ' + col); }\n";
    expect(await fixed('js-sql-injection', 'javascript', order)).toBeUndefined();
    const like =
      "const { Pool } = require('pg');\nfunction f(q) { return pool.query(`SELECT * FROM t WHERE name LIKE '%${q}%'`); }\n";
    expect(await fixed('js-sql-injection', 'javascript', like)).toBeUndefined();
  });
});

describe('go-sql-injection', () => {
  const file = (body: string) =>
    `package a\n\nimport (\n\t"database/sql"\n\t"fmt"\n\n\t_ "github.com/go-sql-driver/mysql"\n)\n\nfunc f(db *sql.DB, id string) {\n${body}}\n`;
  it('binds with ? for the MySQL driver and keeps fmt while it is still used', async () => {
    const text = file(
      '\tfmt.Println(id)\n\tdb.Query(fmt.Sprintf("SELECT * FROM t WHERE id = \'%s\'", id))\n',
    );
    expect(await fixed('go-sql-injection', 'go', text)).toContain(
      'db.Query("SELECT * FROM t WHERE id = ?", id)',
    );
  });
  it('refuses to remove the last use of fmt (Go rejects an unused import)', async () => {
    const text = file('\tdb.Query(fmt.Sprintf("SELECT * FROM t WHERE id = \'%s\'", id))\n');
    expect(await fixed('go-sql-injection', 'go', text)).toBeUndefined();
  });
});

describe('hard-coded secrets read from the environment', () => {
  it('names the variable after the assignment target', async () => {
    expect(await fixed('python-hardcoded-credential', 'python', 'dbPassword = "Summer2024!"\n')).toBe(
      'import os\n\ndbPassword = os.environ["DB_PASSWORD"]\n',
    );
  });
  it('refuses when two different secrets would read the same variable', async () => {
    const text = 'a = {"password": "Summer2024!"}\n\ndef f(form):\n    form["password"] = "Winter2023!"\n';
    const out = await engine.analyze([{ path: 't.py', language: 'python', text, side: 'head' }]);
    const found = out.findings.filter((f) => f.ruleId === 'python-hardcoded-credential');
    expect(found).toHaveLength(2);
    expect(found.every((f) => !f.fix)).toBe(true);
  });
  it('refuses a Go constant and a []byte conversion (another type)', async () => {
    const text = 'package a\n\nconst dbPassword = "Sup3rS3cret!"\n\nvar jwtKey = []byte("s3cr3t-k3y-2024")\n';
    const out = await engine.analyze([{ path: 't.go', language: 'go', text, side: 'head' }]);
    const found = out.findings.filter((f) => f.ruleId === 'go-hardcoded-credentials');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => !f.fix)).toBe(true);
  });
});

describe('java-sql-injection: a Statement becomes a PreparedStatement only when it serves one query', () => {
  const file = (body: string) =>
    `import java.sql.*;\n\nclass R {\n    Connection c;\n    ResultSet f(String id) throws SQLException {\n${body}    }\n}\n`;
  it('rewrites the declaration, binds the value and adds the import', async () => {
    const text = file(
      '        Statement s = c.createStatement();\n        return s.executeQuery("SELECT * FROM t WHERE id = " + id);\n',
    );
    expect(await fixed('java-sql-injection', 'java', text)).toBe(
      file(
        '        PreparedStatement s = c.prepareStatement("SELECT * FROM t WHERE id = ?");\n        s.setObject(1, id);\n        return s.executeQuery();\n',
      ),
    );
  });
  it('refuses when statements stand between the declaration and the query', async () => {
    const text = file(
      '        Statement s = c.createStatement();\n        id = id.trim();\n        return s.executeQuery("SELECT * FROM t WHERE id = " + id);\n',
    );
    expect(await fixed('java-sql-injection', 'java', text)).toBeUndefined();
  });
});

describe('js-insecure-random', () => {
  it('refuses crypto.randomInt when crypto is not Node’s module', async () => {
    const text =
      "const crypto = require('./my-crypto');\nconst resetToken = Math.floor(Math.random() * 1000000);\n";
    expect(await fixed('js-insecure-random', 'javascript', text)).toBeUndefined();
    const node =
      "const crypto = require('crypto');\nconst resetToken = Math.floor(Math.random() * 1000000);\n";
    expect(await fixed('js-insecure-random', 'javascript', node)).toContain(
      'const resetToken = crypto.randomInt(1000000);',
    );
  });
  it('refuses a bound that may be a fraction', async () => {
    const text = "const crypto = require('crypto');\nconst resetToken = Math.floor(Math.random() * scale);\n";
    expect(await fixed('js-insecure-random', 'javascript', text)).toBeUndefined();
  });
});
