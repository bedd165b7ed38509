import { unserialize } from 'node-serialize';

export function restore(blob: string): unknown {
  // ruleid: js-unsafe-deserialization
  return unserialize(blob);
}

export function restoreSafely(blob: string): unknown {
  // ok: js-unsafe-deserialization
  return JSON.parse(blob) as unknown;
}
