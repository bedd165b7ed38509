// ruleid: js-redos-nested-quantifier
export const SLUG: RegExp = /^([a-z0-9]+-?)+$/;
// ok: js-redos-nested-quantifier
export const SLUG_SAFE: RegExp = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
