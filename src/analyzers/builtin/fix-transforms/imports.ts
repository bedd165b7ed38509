/**
 * "Ensure import" for rule fixes: a fix whose replacement needs a module the file may not import yet
 * (`secrets.token_hex`, `os.environ`, `new SecureRandom()`, `os.Getenv`) declares it in
 * `fix.imports`, and the fix gains an insertion after the file's existing imports when it is missing.
 * An import already there adds nothing, so the fix stays idempotent and two fixes in one file that
 * need the same import produce the same edit (applyEdits applies it once). Where adding it would be
 * unsound (the name is bound to something else, the import has an alias) the fix is not offered.
 *
 * What an entry means depends on the language:
 * - python: a statement, `import os` or `from html import escape`;
 * - java: a class name, `java.security.SecureRandom`;
 * - go: an import path, `os` or `crypto/rand`.
 * Other languages have no import support: a fix declaring imports is not offered there.
 */
import type { Language, Region, TextEdit } from '../../../core/types.js';
import type { Node } from '../../../parsing/parser.js';
import { NotApplicable } from './not-applicable.js';

interface Insertion {
  offset: number;
  text: string;
}

function fail(why: string): never {
  throw new NotApplicable(why);
}

function children(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => !!c);
}

/** The edits adding the missing imports; [] when all are there. Throws NotApplicable when unsound. */
export function importEdits(
  imports: readonly string[] | undefined,
  root: Node,
  ctx: { file: string; language: Language; text: string },
): TextEdit[] {
  if (!imports || imports.length === 0) return [];
  const missing: Insertion[] = [];
  for (const wanted of imports) {
    const insertion = ensure(wanted, root, ctx);
    if (insertion) missing.push(insertion);
  }
  if (missing.length === 0) return [];
  // Several imports at one point become one edit, in the order the rule lists them.
  const byOffset = new Map<number, string>();
  for (const m of missing) byOffset.set(m.offset, (byOffset.get(m.offset) ?? '') + m.text);
  return [...byOffset].map(([offset, text]) => {
    const at = positionOf(ctx.text, offset);
    return { file: ctx.file, region: at, text };
  });
}

function ensure(
  wanted: string,
  root: Node,
  ctx: { language: Language; text: string },
): Insertion | undefined {
  switch (ctx.language) {
    case 'python':
      return ensurePython(wanted.trim(), root, ctx.text);
    case 'java':
      return ensureJava(wanted.trim(), root, ctx.text);
    case 'go':
      return ensureGo(wanted.trim(), root, ctx.text);
    default:
      return fail(`adding imports is not supported for ${ctx.language}`);
  }
}

function positionOf(text: string, offset: number): Region {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  const column = offset - lineStart + 1;
  return { startLine: line, startColumn: column, endLine: line, endColumn: column };
}

/** The offset just after the line a node ends on, and the text to insert there for a new line `line`. */
function afterLineOf(node: Node, text: string, line: string): Insertion {
  const nl = text.indexOf('\n', node.endIndex);
  if (nl < 0) return { offset: text.length, text: `\n${line}` };
  const eol = text[nl - 1] === '\r' ? '\r\n' : '\n';
  return { offset: nl + 1, text: `${line}${eol}` };
}

function lineEnding(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

// ---- Python --------------------------------------------------------------------------------------

const PY_IMPORT = /^import\s+([A-Za-z_][\w.]*)$/;
const PY_FROM = /^from\s+([A-Za-z_][\w.]*)\s+import\s+([A-Za-z_]\w*)$/;
const PY_IMPORT_TYPES = new Set(['import_statement', 'import_from_statement', 'future_import_statement']);

function ensurePython(wanted: string, root: Node, text: string): Insertion | undefined {
  const plain = PY_IMPORT.exec(wanted);
  const from = PY_FROM.exec(wanted);
  if (!plain && !from) return fail(`unsupported Python import "${wanted}"`);
  const top = children(root);
  for (const s of top) {
    if (s.type === 'import_statement' && plain) {
      // `import os` or `import sys, os`; `import os as o` does not bind `os`.
      for (const name of s.childrenForFieldName('name'))
        if (name?.type === 'dotted_name' && name.text === plain[1]) return undefined;
    }
    if (s.type === 'import_from_statement' && from) {
      if (s.childForFieldName('module_name')?.text !== from[1]) continue;
      for (const name of s.childrenForFieldName('name'))
        if (name?.type === 'dotted_name' && name.text === from[2]) return undefined;
    }
  }
  // The bound name must not mean something else already in this module.
  const bound = plain ? plain[1]!.split('.')[0]! : from![2]!;
  if (bindsElsewhere(root, bound)) return fail(`the name ${bound} is already bound in this file`);

  // After the last import of the module's leading block (docstring, comments, imports).
  let last: Node | undefined;
  let firstCode: Node | undefined;
  for (const s of top) {
    if (PY_IMPORT_TYPES.has(s.type)) last = s;
    else if (s.type === 'comment') continue;
    else if (!last && s.type === 'expression_statement' && s.namedChild(0)?.type === 'string') continue;
    else {
      firstCode = s;
      break;
    }
  }
  if (last) return afterLineOf(last, text, wanted);
  const eol = lineEnding(text);
  if (!firstCode) {
    const end = text.length;
    const sep = end > 0 && !text.endsWith('\n') ? eol : '';
    return { offset: end, text: `${sep}${wanted}${eol}` };
  }
  // Before the first statement: after a docstring or leading comments, as the file's first import.
  const before = top.filter((s) => s.endIndex <= firstCode!.startIndex);
  const anchor = before[before.length - 1];
  if (anchor) return afterLineOf(anchor, text, wanted);
  const start = text.lastIndexOf('\n', firstCode.startIndex) + 1;
  return { offset: start, text: `${wanted}${eol}${eol}` };
}

/** A module-level assignment, def, class or import that binds the name to something else. */
function bindsElsewhere(root: Node, name: string): boolean {
  for (const s of children(root)) {
    const def = s.type === 'decorated_definition' ? s.childForFieldName('definition') : s;
    if (!def) continue;
    if (
      (def.type === 'function_definition' || def.type === 'class_definition') &&
      def.childForFieldName('name')?.text === name
    )
      return true;
    if (def.type === 'expression_statement') {
      const a = def.namedChild(0);
      if (a?.type === 'assignment' && a.childForFieldName('left')?.text === name) return true;
    }
    if (def.type === 'import_statement' || def.type === 'import_from_statement') {
      for (const n of def.childrenForFieldName('name')) {
        if (!n) continue;
        const alias = n.type === 'aliased_import' ? n.childForFieldName('alias')?.text : undefined;
        const bound = alias ?? (def.type === 'import_statement' ? n.text.split('.')[0] : n.text);
        if (bound === name) return true;
      }
    }
  }
  return false;
}

// ---- Java ----------------------------------------------------------------------------------------

const JAVA_CLASS = /^([a-z_][\w]*(?:\.[a-z_][\w]*)*)\.([A-Z]\w*)$/;

function ensureJava(wanted: string, root: Node, text: string): Insertion | undefined {
  const m = JAVA_CLASS.exec(wanted) ?? fail(`unsupported Java import "${wanted}"`);
  const pkg = m[1]!;
  const simple = m[2]!;
  if (pkg === 'java.lang') return undefined;
  const imports = children(root).filter((c) => c.type === 'import_declaration');
  for (const d of imports) {
    const body = d.text
      .replace(/^import\s+/, '')
      .replace(/\s*;\s*$/, '')
      .replace(/\s+/g, '');
    if (body.startsWith('static')) continue;
    if (body === wanted || body === `${pkg}.*`) return undefined;
    if (body.endsWith(`.${simple}`)) return fail(`another ${simple} is imported (${body})`);
  }
  if (new RegExp(`\\b(class|interface|enum|record)\\s+${simple}\\b`).test(text))
    return fail(`the file declares its own ${simple}`);
  const line = `import ${wanted};`;
  const last = imports[imports.length - 1];
  if (last) return afterLineOf(last, text, line);
  const eol = lineEnding(text);
  const pkgDecl = children(root).find((c) => c.type === 'package_declaration');
  if (pkgDecl) {
    const after = afterLineOf(pkgDecl, text, '');
    return { offset: after.offset, text: `${eol}${line}${eol}` };
  }
  return { offset: 0, text: `${line}${eol}${eol}` };
}

// ---- Go ------------------------------------------------------------------------------------------

const GO_PATH = /^[A-Za-z0-9_.\-/]+$/;

function ensureGo(wanted: string, root: Node, text: string): Insertion | undefined {
  if (!GO_PATH.test(wanted)) fail(`unsupported Go import "${wanted}"`);
  const name = wanted.split('/').pop()!;
  const decls = children(root).filter((c) => c.type === 'import_declaration');
  const specs = decls.flatMap((d) => {
    const list = children(d).find((c) => c.type === 'import_spec_list');
    return list ? children(list).filter((c) => c.type === 'import_spec') : children(d);
  });
  for (const s of specs) {
    if (s.type !== 'import_spec') continue;
    const path = s.childForFieldName('path')?.text.slice(1, -1);
    const alias = s.childForFieldName('name')?.text;
    if (path === wanted) {
      if (alias === undefined || alias === name) return undefined;
      return fail(`${wanted} is imported as ${alias}`);
    }
    if ((alias ?? path?.split('/').pop()) === name) return fail(`another package is imported as ${name}`);
  }
  const eol = lineEnding(text);
  const block = decls.map((d) => children(d).find((c) => c.type === 'import_spec_list')).find((l) => !!l);
  if (block) {
    // In the first group of the block, in gofmt's sorted order.
    const group: Node[] = [];
    for (const s of children(block)) {
      if (s.type !== 'import_spec') continue;
      const prev = group[group.length - 1];
      if (prev && s.startPosition.row > prev.endPosition.row + 1) break;
      group.push(s);
    }
    const first = group[0];
    if (first) {
      const indent = text.slice(text.lastIndexOf('\n', first.startIndex) + 1, first.startIndex);
      const line = `${indent}"${wanted}"`;
      const next = group.find((s) => (s.childForFieldName('path')?.text.slice(1, -1) ?? '') > wanted);
      if (next) {
        const start = text.lastIndexOf('\n', next.startIndex) + 1;
        return { offset: start, text: `${line}${eol}` };
      }
      return afterLineOf(group[group.length - 1]!, text, line);
    }
  }
  const lastDecl = decls[decls.length - 1];
  if (lastDecl) return afterLineOf(lastDecl, text, `import "${wanted}"`);
  const pkg = children(root).find((c) => c.type === 'package_clause') ?? fail('no package clause');
  const after = afterLineOf(pkg, text, '');
  return { offset: after.offset, text: `${eol}import "${wanted}"${eol}` };
}
