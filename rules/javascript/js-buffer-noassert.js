function parseHeader(buffer, offset) {
  // ruleid: js-buffer-noassert
  const type = buffer.readUInt8(offset, true);
  // ruleid: js-buffer-noassert
  const length = buffer.readUInt16BE(offset + 1, true);
  // ruleid: js-buffer-noassert
  const value = buffer.readUIntBE(offset + 3, 6, true);
  return { type, length, value };
}

function writeHeader(buffer, offset, header) {
  // ruleid: js-buffer-noassert
  buffer.writeInt32LE(header.length, offset, true);
  // ruleid: js-buffer-noassert
  buffer.writeDoubleBE(
    header.timestamp,
    offset + 4,
    true,
  );
}

function safe(buffer, view, offset) {
  // ok: js-buffer-noassert
  const length = buffer.readUInt16BE(offset);
  // ok: js-buffer-noassert
  const big = view.getUint16(offset, true);
  // ok: js-buffer-noassert
  buffer.writeInt32LE(length, offset);
  return [length, big];
}

module.exports = { parseHeader, writeHeader, safe };
