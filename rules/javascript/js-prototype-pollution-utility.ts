type Json = Record<string, unknown>;

const isPlain = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function mergeDeep<T extends Json>(target: T, patch: Json): T {
  const dest = target as Json;
  for (const prop in patch) {
    if (isPlain(patch[prop]) && isPlain(dest[prop])) {
      mergeDeep(dest[prop] as Json, patch[prop] as Json);
    } else {
      // ruleid: js-prototype-pollution-utility
      dest[prop] = patch[prop];
    }
  }
  return target;
}

export function mergeDeepSafely<T extends Json>(target: T, patch: Json): T {
  const dest = target as Json;
  for (const prop of Object.keys(patch)) {
    if (prop === '__proto__' || prop === 'constructor' || prop === 'prototype') continue;
    if (isPlain(patch[prop]) && isPlain(dest[prop])) {
      mergeDeepSafely(dest[prop] as Json, patch[prop] as Json);
    } else {
      // ok: js-prototype-pollution-utility
      dest[prop] = patch[prop];
    }
  }
  return target;
}

export function pick(source: Json, keys: string[]): Json {
  const out: Json = {};
  for (const key of keys) {
    if (isPlain(source[key])) continue;
    // ok: js-prototype-pollution-utility
    out[key] = source[key];
  }
  return out;
}
