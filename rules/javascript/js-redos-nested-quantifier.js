// ruleid: js-redos-nested-quantifier
const USERNAME = /^([a-zA-Z0-9]+\s?)*$/;
// ruleid: js-redos-nested-quantifier
const DIGITS = /^(\d+)+$/;
// ruleid: js-redos-nested-quantifier
const WORDS = new RegExp('^(?:\\s*\\w+)+$');
// ruleid: js-redos-nested-quantifier
const STARS = /(a*)*b/;

// ok: js-redos-nested-quantifier
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// ok: js-redos-nested-quantifier
const CSV = /^(\w+,)*\w+$/;
// ok: js-redos-nested-quantifier
const HEX = /^(0x)?[0-9a-f]+$/i;
// ok: js-redos-nested-quantifier
const LIST = /^(\s*,\s*[a-z]+)*$/;
// ok: js-redos-nested-quantifier
const BOUNDED = /^(\d{1,3}\.){3}\d{1,3}$/;
// ok: js-redos-nested-quantifier
const CLASS = /[(a+)+]/;

function isValidUsername(name) {
  return name.length <= 64 && USERNAME.test(name);
}

module.exports = { USERNAME, DIGITS, WORDS, STARS, EMAIL, CSV, HEX, LIST, BOUNDED, CLASS, isValidUsername };
