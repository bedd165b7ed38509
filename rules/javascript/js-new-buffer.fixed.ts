export function toBase64(text: string): string {
  // ruleid: js-new-buffer
  return Buffer.from(`${text}\n`).toString('base64');
}

export function fromBase64(text: string): Buffer {
  // ok: js-new-buffer
  return Buffer.from(text, 'base64');
}
