import { resetInstant } from '../headers/rateLimit.js';
import { traceIdOf } from '../headers/trace.js';
import type { CommonReading, Reader } from '../model/types.js';
import { clampWait, parseDuration } from './duration.js';
import { byName, get, httpUrl, isRecord, list, names, shortId, text } from './read.js';

// Fields many envelopes carry in the same few places, read once for every dialect. Member names
// compare without case or separators (`request_id`, `requestId`, `Request-Id` are one name).

/** Names of a docs link (`documentation_url`, `doc_url`, `more_info`, PayPal's `information_link`, …). */
export const DOCS = /* @__PURE__ */ names(
  'docurl docsurl documentationurl documentation moreinfo helpurl helplink help erroruri informationlink url',
);
/** Names whose end makes them a request id: `request_id`, `x_request_id`, `fbtrace_id`, `correlationId`. */
const ID_ENDINGS = /* @__PURE__ */ names('requestid traceid correlationid');
/** Whole names of a request id: PayPal's `debug_id`, Okta's `errorId`. */
const ID_NAMES = /* @__PURE__ */ new Set(names('debugid errorid incidentid'));
/** The relation of a docs link in a `links` list (PayPal's `rel: "information_link"`). */
const DOCS_REL = /* @__PURE__ */ names('info help doc about');

/** The members of each place the fields may be, the body's and its `error`'s read once. */
function containers(body: unknown): ReadonlyMap<string, unknown>[] {
  const top = byName(body);
  const error = byName(top.get('error'));
  const places = [top, error];
  // What is no record has no members: skipping it only spares building and reading an empty map
  // (most of these places are absent from most bodies).
  for (const place of [
    top.get('details'),
    top.get('meta'),
    top.get('extensions'),
    error.get('details'),
    error.get('detail'),
    error.get('meta'),
    error.get('innererror'),
    top.get('parameters'),
    list(top.get('errors'), 1)?.[0],
  ]) {
    // Stryker disable next-line ConditionalExpression: as `true` the same nothing is read, only slower (`false` reads no nested place and fails the tests).
    if (isRecord(place)) places.push(byName(place));
  }
  return places;
}

/** The link of the first of `links` whose relation speaks of help (PayPal's `information_link`). */
function docsLink(links: unknown): string | undefined {
  const help = list(links, 20)?.find((link) => {
    const rel = text(get(link, 'rel'), 100)?.toLowerCase();
    return rel !== undefined && DOCS_REL.some((r) => rel.includes(r));
  });
  return httpUrl(get(help, 'href'));
}

/**
 * Reads request id, trace id, wait and docs link from the usual places of a body: the top, `error`,
 * `details`, `meta`, `extensions`, `error.innererror` and the first of `errors`. A wait is
 * `retry_after` (seconds, or text such as `"2.5s"`), `retry_after_ms`, or the `reset` instant of a
 * `rate_limit` block, measured from `now`.
 */
function readCommon(body: unknown, now: number): CommonReading {
  let requestId: string | undefined;
  let traceId: string | undefined;
  let retryAfterMs: number | undefined;
  let docsUrl: string | undefined;
  for (const m of containers(body)) {
    for (const name of m.keys()) {
      if (requestId === undefined && (ID_NAMES.has(name) || ID_ENDINGS.some((end) => name.endsWith(end))))
        requestId = shortId(m.get(name));
      if (traceId === undefined && (name.endsWith('traceid') || name === 'traceparent'))
        traceId = traceIdOf(m.get(name));
    }
    for (const name of DOCS) docsUrl ??= httpUrl(m.get(name));
    // RFC 9457: a problem `type` that is an http(s) URI is the page that explains the problem.
    docsUrl ??= httpUrl(m.get('type'));
    const links = m.get('links');
    // PayPal's `links: [{ href, rel: "information_link" }]`, JSON:API's `links: { about }`.
    docsUrl ??= docsLink(links) ?? httpUrl(get(links, 'about')) ?? httpUrl(get(get(links, 'about'), 'href'));
    const block = byName(m.get('ratelimit'));
    const at = resetInstant(text(block.get('reset') ?? block.get('resetat'), 64), now);
    retryAfterMs ??=
      parseDuration(m.get('retryafterms'), 1) ??
      parseDuration(m.get('retryafter') ?? m.get('retryafterseconds')) ??
      clampWait((at ?? Number.NaN) - now);
  }
  return { requestId, traceId, retryAfterMs, docsUrl };
}

/**
 * The fields many envelopes carry in the same few places, a reader a decoder is assembled from:
 * request id (`request_id`, `debug_id`, `fbtrace_id`, …), trace id (ASP.NET Core's `traceId`), wait
 * (`retry_after`, `retry_after_ms`, a `rate_limit.reset`) and docs link (`documentation_url`,
 * `more_info`, a problem `type` URI, `links`) at the top of the body, under `error`, `details`, `meta`,
 * `extensions`, `error.innererror` and in the first of `errors`. A decoder without it reads these
 * fields only where its dialects do.
 */
export const commonMembers: Reader = { common: readCommon };
