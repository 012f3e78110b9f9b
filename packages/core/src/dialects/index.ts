import type { Dialect } from '../model/types.js';
import { generic } from './generic.js';
import { google } from './google.js';
import { graphql } from './graphql.js';
import { html } from './html.js';
import { oauth } from './oauth.js';
import { problem } from './problemDetails.js';
import { text } from './text.js';
import { xml } from './xml.js';

export { generic, google, graphql, html, oauth, problem, text, xml };

/**
 * The built-in dialects in the order they are tried: the shapes the generic reader cannot read right
 * first, then the generic reader for any other JSON body, then HTML and plain text. Under `error`,
 * Google's numeric `code` (with its typed `details`) is read by its own rules; GraphQL's `errors` carry response paths that are no form
 * fields and a 200 that is an error; OAuth's bare `error` code is read with its `WWW-Authenticate`
 * challenge. Everything else — RFC 9457 problem details, JSON:API, Microsoft REST / OData, Stripe-style,
 * field maps, AWS, FastAPI, Django REST framework and any unknown API — is the generic reader's. HTML pages go to
 * `html` before `xml` reads an XML error document, and `text` takes the strings left. `problem` is
 * not among them (the generic reader reads problem details): it is for a decoder that needs only
 * RFC 9457, `createDecoder({ dialects: [problem] })`, and ships one small dialect.
 */
export const BUILTIN_DIALECTS: readonly Dialect[] = /* @__PURE__ */ Object.freeze([
  google,
  graphql,
  oauth,
  generic,
  html,
  xml,
  text,
]);
