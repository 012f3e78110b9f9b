import { httpDates } from '../headers/dates.js';
import { linkHeader } from '../headers/links.js';
import { rateLimitHeaders } from '../headers/rateLimit.js';
import { traceContext } from '../headers/trace.js';
import type { Reader } from '../model/types.js';
import { commonMembers } from './common.js';
import { codeWords, messageHints } from './message.js';

/**
 * Every built-in reader: what `decodeError`, `fromResponse` and `defaultDecoder()` read with.
 * `createDecoder({ dialects, readers: ALL_READERS })` decodes exactly as they do with those dialects;
 * a decoder that leaves a reader out ships less and knows less (see `Reader`).
 */
export const ALL_READERS: readonly Reader[] = /* @__PURE__ */ Object.freeze([
  httpDates,
  rateLimitHeaders,
  linkHeader,
  traceContext,
  commonMembers,
  codeWords,
  messageHints,
]);
