function decode(encoded) {
  // ruleid: js-new-buffer
  return new Buffer(encoded, 'base64').toString('utf8');
}

function pad(size) {
  // ruleid: js-new-buffer
  return new Buffer(size);
}

function magic() {
  // ruleid: js-new-buffer
  const header = Buffer.from('PK\u0003\u0004', 'binary');
  // ruleid: js-new-buffer
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  return Buffer.concat([header, bom]);
}

function safe(encoded, size) {
  // ok: js-new-buffer
  const a = Buffer.from(encoded, 'base64');
  // ok: js-new-buffer
  const b = Buffer.alloc(size);
  // ok: js-new-buffer
  const c = new ArrayBuffer(size);
  return [a, b, c];
}

module.exports = { decode, pad, magic, safe };
