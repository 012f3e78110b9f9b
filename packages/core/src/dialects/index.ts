import type { Dialect } from '../types.js';
import { errorObject } from './errorObject.js';
import { flat } from './flat.js';
import { html } from './html.js';
import { nessy } from './nessy.js';
import { nova } from './nova.js';
import { stripe } from './stripe.js';
import { text } from './text.js';

export { errorObject, flat, html, nessy, nova, stripe, text };

/** The built-in dialects in the order they are tried: specific shapes first, plain text last. */
export const BUILTIN_DIALECTS: readonly Dialect[] = Object.freeze([
  stripe,
  nessy,
  errorObject,
  nova,
  flat,
  html,
  text,
]);
