export function header(size: number): Buffer {
  // ruleid: js-buffer-alloc-unsafe
  const buf: Buffer = Buffer.alloc(8);
  buf.writeUInt32BE(size, 0);
  return buf;
}

export function body(size: number): Buffer {
  // ok: js-buffer-alloc-unsafe
  return Buffer.alloc(size);
}
