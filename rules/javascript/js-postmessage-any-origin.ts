export function resize(height: number): void {
  // ruleid: js-postmessage-any-origin
  window.parent.postMessage({ type: 'resize', height } as const, '*');
}

export function resizeSafe(height: number, origin: string): void {
  // ok: js-postmessage-any-origin
  window.parent.postMessage({ type: 'resize', height }, origin);
}
