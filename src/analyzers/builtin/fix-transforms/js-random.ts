/**
 * The `js-secure-random` transform: the usual Math.random() idioms inside a captured statement or
 * value, rewritten to the crypto module's generator with the same kind of result:
 *
 * - `Math.random().toString(16|36)[.slice(2)|.substring(2)|.substr(2)]` → a random hex string,
 *   `crypto.randomUUID().replace(/-/g, '')` (hex digits are base-16 and base-36 digits);
 * - `Math.floor(Math.random() * N)`, `(Math.random() * N) | 0` → `crypto.randomInt(N)`;
 * - `Math.floor(A + Math.random() * B)` → `crypto.randomInt(A, A + B)` (integer literals).
 *
 * N must be an integer literal or a `.length`: randomInt, unlike the idioms, refuses a fraction.
 * Any other use of Math.random() in the capture, or a `crypto` that is not Node's module (or the
 * global Web Crypto object, for randomUUID), and the fix is not offered.
 */
import type { Node } from '../../../parsing/parser.js';
import type { FixContext } from '../fix.js';
import { NotApplicable } from './not-applicable.js';

function fail(why: string): never {
  throw new NotApplicable(why);
}

const NODE_CRYPTO =
  /(?:\b(?:const|let|var)\s+crypto\s*=\s*require\(\s*['"](?:node:)?crypto['"]\s*\)|\bimport\s+(?:\*\s+as\s+)?crypto\s+from\s+['"](?:node:)?crypto['"])/;
/** Any other binding of the name `crypto` in the file. */
const OTHER_CRYPTO =
  /\b(?:const|let|var|function|class)\s+crypto\b|\bimport\s+(?:\*\s+as\s+)?crypto\b|\bas\s+crypto\b|[{,]\s*crypto\s*[,}:]/;

function kids(n: Node | null | undefined): Node[] {
  return (n?.namedChildren ?? []).filter((c): c is Node => !!c && c.type !== 'comment');
}

function unparen(n: Node | null | undefined): Node | undefined {
  let cur = n ?? undefined;
  while (cur?.type === 'parenthesized_expression') cur = kids(cur)[0];
  return cur;
}

function isMathRandomCall(n: Node | undefined): boolean {
  return (
    n?.type === 'call_expression' &&
    n.childForFieldName('function')?.text === 'Math.random' &&
    kids(n.childForFieldName('arguments')).length === 0
  );
}

function isCallOf(n: Node | null | undefined, method: string): n is Node {
  if (n?.type !== 'call_expression') return false;
  const f = n.childForFieldName('function');
  return f?.type === 'member_expression' && f.childForFieldName('property')?.text === method;
}

function bound(n: Node | undefined): string {
  if (!n) return fail('no bound');
  if (/^[1-9]\d*$/.test(n.text) && Number(n.text) <= 2 ** 48) return n.text;
  if (n.type === 'member_expression' && n.childForFieldName('property')?.text === 'length') return n.text;
  return fail(`the bound ${n.text} may not be an integer`);
}

/** `Math.random() * N` → N. */
function scaled(n: Node | undefined): string | undefined {
  const e = unparen(n);
  if (e?.type !== 'binary_expression' || e.childForFieldName('operator')?.type !== '*') return undefined;
  if (!isMathRandomCall(unparen(e.childForFieldName('left')))) return undefined;
  return bound(unparen(e.childForFieldName('right')));
}

interface Rewrite {
  node: Node;
  text: string;
  needsNodeCrypto: boolean;
}

function rewriteFor(random: Node): Rewrite {
  // Math.random().toString(16|36)[.slice(2)]
  const member = random.parent;
  if (member?.type === 'member_expression' && member.childForFieldName('property')?.text === 'toString') {
    const call = member.parent;
    if (!isCallOf(call, 'toString') || !/^\((16|36)\)$/.test(call.childForFieldName('arguments')?.text ?? ''))
      fail('toString with another radix');
    let outer: Node = call;
    const m2 = call.parent;
    const c2 = m2?.parent;
    if (
      m2?.type === 'member_expression' &&
      ['slice', 'substring', 'substr'].includes(m2.childForFieldName('property')?.text ?? '')
    ) {
      // Other bounds pick characters by position: the new string has other positions.
      if (c2?.type !== 'call_expression' || c2.childForFieldName('arguments')?.text !== '(2)')
        fail('a substring of the digits');
      outer = c2;
    }
    return { node: outer, text: "crypto.randomUUID().replace(/-/g, '')", needsNodeCrypto: false };
  }
  // Climb the parentheses and the `* N`.
  let product: Node = random;
  while (product.parent?.type === 'parenthesized_expression') product = product.parent;
  const mul = product.parent;
  if (mul?.type !== 'binary_expression' || mul.childForFieldName('operator')?.type !== '*')
    fail('another use');
  let top: Node = mul;
  while (top.parent?.type === 'parenthesized_expression') top = top.parent;
  const n = scaled(mul)!;
  const up = top.parent;
  // (Math.random() * N) | 0
  if (
    up?.type === 'binary_expression' &&
    up.childForFieldName('operator')?.type === '|' &&
    up.childForFieldName('right')?.text === '0'
  )
    return { node: up, text: `crypto.randomInt(${n})`, needsNodeCrypto: true };
  // Math.floor(Math.random() * N)
  const floorOf = (arg: Node) => {
    const args = arg.parent;
    const call = args?.parent;
    if (
      args?.type === 'arguments' &&
      kids(args).length === 1 &&
      call?.childForFieldName('function')?.text === 'Math.floor'
    )
      return call;
    return undefined;
  };
  const direct = floorOf(top);
  if (direct) return { node: direct, text: `crypto.randomInt(${n})`, needsNodeCrypto: true };
  // Math.floor(A + Math.random() * B)
  if (up?.type === 'binary_expression' && up.childForFieldName('operator')?.type === '+') {
    const other =
      up.childForFieldName('left')?.id === top.id
        ? up.childForFieldName('right')
        : up.childForFieldName('left');
    const call = floorOf(up);
    if (call && other && /^\d+$/.test(other.text) && /^\d+$/.test(n)) {
      const a = Number(other.text);
      return { node: call, text: `crypto.randomInt(${a}, ${a + Number(n)})`, needsNodeCrypto: true };
    }
  }
  return fail('an unrecognised use of Math.random()');
}

export function jsSecureRandom(nodes: readonly Node[], _arg: string | undefined, ctx: FixContext): string {
  const value = nodes[0] ?? fail('no node');
  const last = nodes[nodes.length - 1]!;
  const randoms: Node[] = [];
  const walk = (n: Node) => {
    if (isMathRandomCall(n)) randoms.push(n);
    for (const c of n.namedChildren) if (c) walk(c);
  };
  for (const n of nodes) walk(n);
  if (randoms.length === 0) fail('no Math.random()');
  const rewrites = randoms.map(rewriteFor);
  const nodeCrypto = NODE_CRYPTO.test(ctx.text);
  if (!nodeCrypto && OTHER_CRYPTO.test(ctx.text)) fail('crypto is bound to something else here');
  if (!nodeCrypto && rewrites.some((r) => r.needsNodeCrypto))
    fail("crypto.randomInt needs require('crypto')");
  let out = ctx.text.slice(value.startIndex, last.endIndex);
  for (const r of [...rewrites].sort((a, b) => b.node.startIndex - a.node.startIndex)) {
    const s = r.node.startIndex - value.startIndex;
    out = out.slice(0, s) + r.text + out.slice(s + (r.node.endIndex - r.node.startIndex));
  }
  return out;
}
