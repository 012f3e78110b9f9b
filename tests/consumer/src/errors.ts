// Errors the page renders on the server and again on the client. Both decode the same responses at
// the same instant, so server and client print the same text.
import { decodeError } from '@faultline/react';

/** When the failures below happened (epoch ms): a fixed instant, so the page is the same on every render. */
export const FAILED_AT = Date.UTC(2026, 0, 15, 9, 30);

/** A 500 that names its request id, as a support panel shows it. */
export const serverError = decodeError(
  {
    status: 500,
    headers: { 'content-type': 'application/json', 'x-request-id': 'req_7Hq2Lx9' },
    body: { error: { code: 'internal_error', message: 'The report could not be generated.' } },
  },
  { now: FAILED_AT },
);

/** A 429 whose retry time has passed, so a countdown shows the retry as allowed. */
export const rateLimited = decodeError(
  {
    status: 429,
    headers: { 'retry-after': '12' },
    body: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many sign-in attempts.' },
  },
  { now: FAILED_AT },
);

/** A 403, shown as an inline notice with its next step. */
export const forbidden = decodeError(
  { status: 403, body: { error: { code: 'forbidden', message: 'You cannot see this workspace.' } } },
  { now: FAILED_AT },
);
