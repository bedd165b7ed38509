export function allowSelfSigned(): void {
  // ruleid: js-tls-env-disable
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
}

export function caFile(): string | undefined {
  // ok: js-tls-env-disable
  return process.env.NODE_EXTRA_CA_CERTS;
}
