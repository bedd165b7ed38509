function frame(payload) {
  // ruleid: js-buffer-alloc-unsafe
  const out = Buffer.alloc(payload.length + 4);
  out.writeUInt32BE(payload.length, 0);
  payload.copy(out, 4);
  return out;
}

function scratch(n) {
  // ruleid: js-buffer-alloc-unsafe
  return Buffer.alloc(n);
}

function safe(n, pool) {
  // ok: js-buffer-alloc-unsafe
  const zeroed = Buffer.alloc(n);
  // ok: js-buffer-alloc-unsafe
  const mine = pool.allocUnsafe(n);
  return [zeroed, mine];
}

module.exports = { frame, scratch, safe };
