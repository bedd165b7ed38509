export function readPort(packet: Buffer, offset: number): number {
  const legacy = packet as unknown as { readUInt16BE(offset: number, noAssert?: boolean): number };
  // ruleid: js-buffer-noassert
  return legacy.readUInt16BE(offset + 2, true);
}

export function readPortSafe(packet: Buffer, offset: number): number {
  if (offset + 4 > packet.length) throw new RangeError('truncated packet');
  // ok: js-buffer-noassert
  return packet.readUInt16BE(offset + 2);
}
