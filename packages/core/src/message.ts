import { toMs } from './duration.js';

// The last resort the API leaves: what the human message says. Only the head of the message is
// read, and no pattern can backtrack: each optional piece starts with a word or a character class
// the piece before it cannot match, so a match is found or refused in one pass.
const HEAD = 600;
/** A wait the message states: "try again in 15 minutes", "retry after 12 s". */
export const WAIT =
  /\b(?:try(?:ing)?\s+again|retry(?:ing)?|wait|again)\b(?:\s+(?:in|after|for))?(?:\s+(?:about|approximately|at\s+least))?\s+(\d{1,7}(?:\.\d{1,3})?)\s?(milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d)\b/i;
/** A request id the message names: "request ID: req_abc123". */
export const REQUEST_ID =
  /\b(?:request|correlation|trace|incident)[ _-]?id\b(?:\s+(?:is|was)\b)?[^A-Za-z0-9]{0,4}([A-Za-z0-9][\w:-]{2,127}(?:\.[\w:-]+)*)/i;

/** A wait the message states ("Try again in 15 minutes", "Please retry after 12 seconds"). */
export function waitFromMessage(message: string): number | undefined {
  const match = WAIT.exec(message.slice(0, HEAD));
  if (!match?.[1] || !match[2]) return undefined;
  return toMs(Number(match[1]), match[2]);
}

/** A request id the message names ("contact support with request ID: req_abc123."). */
export function requestIdFromMessage(message: string): string | undefined {
  const match = REQUEST_ID.exec(message.slice(0, HEAD));
  return match?.[1];
}

/** A message that names one field first: "name: must not be empty", "items[0].url: must use https". */
export const FIELD_MESSAGE = /^([A-Za-z_][\w.[\]-]{0,99}):\s+(\S[^\n]{0,499})$/;

/** The field and its message when the whole message is "field: text", as NovaVMS sends it. */
export function fieldFromMessage(message: string): { path: string; message: string } | undefined {
  const match = FIELD_MESSAGE.exec(message.length > 700 ? '' : message.trim());
  return match?.[1] && match[2] ? { path: match[1], message: match[2] } : undefined;
}
