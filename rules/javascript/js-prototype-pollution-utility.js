const express = require('express');

const app = express();
app.use(express.json());

const defaults = { theme: 'light', notifications: { email: true, sms: false } };

function isObject(item) {
  return item !== null && typeof item === 'object' && !Array.isArray(item);
}

function deepMerge(target, source) {
  for (const key in source) {
    if (isObject(source[key])) {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
      // ruleid: js-prototype-pollution-utility
      target[key] = source[key];
    }
  }
  return target;
}

function extend(dst, src) {
  for (const key in src) {
    if (!Object.prototype.hasOwnProperty.call(src, key)) continue;
    if (isObject(dst[key]) && isObject(src[key])) {
      extend(dst[key], src[key]);
    } else {
      // ruleid: js-prototype-pollution-utility
      dst[key] = src[key];
    }
  }
}

const mergeConfig = (base, extra) => {
  Object.keys(extra).forEach((name) => {
    if (isObject(extra[name])) {
      base[name] = base[name] || {};
      mergeConfig(base[name], extra[name]);
    } else {
      // ruleid: js-prototype-pollution-utility
      base[name] = extra[name];
    }
  });
  return base;
};

function assignDeep(out, input) {
  for (const [k, v] of Object.entries(input)) {
    if (isObject(v)) {
      // ruleid: js-prototype-pollution-utility
      out[k] = assignDeep(out[k] ?? {}, v);
    } else {
      // ruleid: js-prototype-pollution-utility
      out[k] = v;
    }
  }
  return out;
}

app.post('/settings', (req, res) => {
  res.json(deepMerge(structuredClone(defaults), req.body));
});

// Merges that skip the dangerous keys, or do not recurse into the target.

function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (isObject(source[key])) {
      if (!isObject(target[key])) target[key] = {};
      safeMerge(target[key], source[key]);
    } else {
      // ok: js-prototype-pollution-utility
      target[key] = source[key];
    }
  }
  return target;
}

function ownMerge(dst, src) {
  for (const key in src) {
    if (Object.hasOwn(dst, key) && isObject(dst[key])) {
      ownMerge(dst[key], src[key]);
    } else {
      // ok: js-prototype-pollution-utility
      dst[key] = src[key];
    }
  }
}

function shallowCopy(target, source) {
  for (const key in source) {
    // ok: js-prototype-pollution-utility
    target[key] = source[key];
  }
  return target;
}

function immutableMerge(target, source) {
  const output = { ...target };
  for (const key of Object.keys(source)) {
    // ok: js-prototype-pollution-utility
    output[key] = isObject(source[key]) ? immutableMerge(target[key] || {}, source[key]) : source[key];
  }
  return output;
}

function countWords(words) {
  const counts = Object.create(null);
  for (const word of words) {
    // ok: js-prototype-pollution-utility
    counts[word] = (counts[word] || 0) + 1;
  }
  return counts;
}

module.exports = { app, extend, mergeConfig, assignDeep, safeMerge, ownMerge, shallowCopy, immutableMerge, countWords };
