const ALLOWED_HOSTS = new Set(['example.com', 'www.example.com']);

export function acceptMessage(event: MessageEvent): boolean {
  // ruleid: js-incomplete-url-substring-sanitization
  return event.origin.includes('widgets.example.com');
}

export function isCompanyLink(href: string): boolean {
  const lower = href.toLowerCase();
  // ruleid: js-incomplete-url-substring-sanitization
  return lower.startsWith('https://intranet.acme.co');
}

export function webhookAllowed(callbackUrl: string): boolean {
  // ruleid: js-incomplete-url-substring-sanitization
  return callbackUrl.indexOf('hooks.slack.com') > -1;
}

// Safe look-alikes.

export function acceptMessageSafely(event: MessageEvent): boolean {
  // ok: js-incomplete-url-substring-sanitization
  return ALLOWED_HOSTS.has(new URL(event.origin).hostname);
}

export function isCompanyLinkSafely(href: string): boolean {
  // ok: js-incomplete-url-substring-sanitization
  return href.toLowerCase().startsWith('https://intranet.acme.co/');
}

export function isSubdomain(hostname: string): boolean {
  // ok: js-incomplete-url-substring-sanitization
  return hostname.endsWith('.example.com');
}

export function isEmailForm(value: string): boolean {
  // ok: js-incomplete-url-substring-sanitization
  return value.includes('@');
}
