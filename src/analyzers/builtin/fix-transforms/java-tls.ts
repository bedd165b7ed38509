/**
 * The `java-hostname-verifier` transform: Apache HttpClient's verifiers that accept any host name
 * (NoopHostnameVerifier, AllowAllHostnameVerifier, SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER)
 * replaced by the library's own checking one, from the same package (HttpClient 4 or 5):
 * `new DefaultHostnameVerifier()`, or SSLSocketFactory.STRICT_HOSTNAME_VERIFIER. Hand-written
 * verifiers (`(host, session) -> true`) belong to other libraries (OkHttp, HttpsURLConnection)
 * and get no automatic fix.
 */
import type { Node } from '../../../parsing/parser.js';
import type { FixContext } from '../fix.js';
import { importEdits } from './imports.js';
import { NotApplicable } from './not-applicable.js';

function fail(why: string): never {
  throw new NotApplicable(why);
}

const APACHE = /^org\.apache\.(?:http\.conn\.ssl|hc\.client5\.http\.ssl)$/;

export function javaHostnameVerifier(
  nodes: readonly Node[],
  _arg: string | undefined,
  ctx: FixContext,
): string {
  if (ctx.language !== 'java') fail('java-hostname-verifier is for Java');
  const node = nodes[0] ?? fail('no node');
  if (node.type === 'identifier' && node.text === 'ALLOW_ALL_HOSTNAME_VERIFIER') {
    const owner =
      node.parent?.type === 'field_access' ? node.parent.childForFieldName('object')?.text : undefined;
    if (owner !== 'SSLSocketFactory' && owner !== 'SSLConnectionSocketFactory')
      fail('not the Apache constant');
    return 'STRICT_HOSTNAME_VERIFIER';
  }
  const type =
    node.type === 'object_creation_expression'
      ? node.childForFieldName('type')
      : node.type === 'field_access'
        ? node.childForFieldName('object')
        : null;
  if (!type) return fail(`a ${node.type}`);
  if (
    node.type === 'object_creation_expression' &&
    (node.childForFieldName('arguments')?.namedChildren.length ?? 0) > 0
  )
    fail('a constructor with arguments');
  const name = type.text;
  const simple = name.split('.').pop()!;
  if (simple !== 'NoopHostnameVerifier' && simple !== 'AllowAllHostnameVerifier')
    fail(`${simple} is not Apache's`);
  if (name.includes('.')) {
    const pkg = name.slice(0, name.lastIndexOf('.'));
    if (!APACHE.test(pkg)) fail('not an Apache package');
    return `new ${pkg}.DefaultHostnameVerifier()`;
  }
  const imported = new RegExp(`^\\s*import\\s+([\\w.]+)\\.${simple}\\s*;`, 'm').exec(ctx.text)?.[1];
  const wildcard = /^\s*import\s+(org\.apache\.(?:http\.conn\.ssl|hc\.client5\.http\.ssl))\.\*\s*;/m.exec(
    ctx.text,
  )?.[1];
  const pkg = imported ?? wildcard ?? fail(`${simple} is not imported from an Apache package`);
  if (!APACHE.test(pkg)) fail('not an Apache package');
  ctx.moreEdits?.push(...importEdits([`${pkg}.DefaultHostnameVerifier`], node.tree.rootNode, ctx));
  return 'new DefaultHostnameVerifier()';
}
