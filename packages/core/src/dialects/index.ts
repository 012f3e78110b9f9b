import type { Dialect } from '../types.js';
import { aws } from './aws.js';
import { django } from './django.js';
import { errorObject } from './errorObject.js';
import { fastapi } from './fastapi.js';
import { fieldMap } from './fieldMap.js';
import { flat } from './flat.js';
import { google } from './google.js';
import { graphql } from './graphql.js';
import { html } from './html.js';
import { jsonApi } from './jsonApi.js';
import { nessy } from './nessy.js';
import { nova } from './nova.js';
import { oauth } from './oauth.js';
import { odata } from './odata.js';
import { problem } from './problemDetails.js';
import { stripe } from './stripe.js';
import { text } from './text.js';
import { xml } from './xml.js';

export {
  aws,
  django,
  errorObject,
  fastapi,
  fieldMap,
  flat,
  google,
  graphql,
  html,
  jsonApi,
  nessy,
  nova,
  oauth,
  odata,
  problem,
  stripe,
  text,
  xml,
};

/**
 * The built-in dialects in the order they are tried: specific shapes first, plain text last.
 * `problem` goes first because its media type is decisive. Under `error`, Google's numeric `code`,
 * Stripe's `type`, NessyAPI's `detail`/`request_id` and OData's `details` list, `innererror` or `target`
 * are each more specific than the generic `{ error: { code, message } }`. Under `errors`, JSON:API's
 * error objects have no `message` and GraphQL's always do. OAuth's bare `error` code comes before
 * NovaVMS's `error` + `message`. The top-level field map of Django REST framework matches almost any
 * record of string lists, so it comes after every dialect with a named member. HTML pages go to `html`
 * before `xml` reads an XML error document, and `text` takes the strings left.
 */
export const BUILTIN_DIALECTS: readonly Dialect[] = /* @__PURE__ */ Object.freeze([
  problem,
  google,
  stripe,
  nessy,
  odata,
  errorObject,
  jsonApi,
  graphql,
  oauth,
  nova,
  aws,
  fastapi,
  fieldMap,
  flat,
  django,
  html,
  xml,
  text,
]);
