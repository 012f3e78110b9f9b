import { get, has, httpUrl, isRecord, keys, names, text } from '../decode/read.js';
import type { Dialect, DialectContext } from '../model/types.js';
import { OAUTH_CODES } from './codes.js';

/** RFC 6749 error codes are printable ASCII; the registered ones are snake_case words. */
const ERROR_CODE = /^[a-z][a-z0-9_.:-]{0,99}$/;
const OAUTH_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  names('error error_description error_uri state'),
);
const PARAM =
  /\b(error|error_description|error_uri|scope)\s*=\s*(?:"((?:[^"\\]|\\.){0,1000})"|([^\s,"]{1,1000}))/gi;

interface Challenge {
  error?: string;
  error_description?: string;
  error_uri?: string;
  scope?: string;
}

/** The error parameters of a `WWW-Authenticate: Bearer error="…", error_description="…"` challenge. */
function challenge(headers: DialectContext['headers']): Challenge {
  const value = headers.all['www-authenticate'];
  const out: Challenge = {};
  if (value === undefined) return out;
  for (const match of value.slice(0, 4096).matchAll(PARAM)) {
    // The pattern always gives the name, and the value either quoted (group 2) or as a token (group 3).
    const name = (match[1] as string).toLowerCase() as keyof Challenge;
    const raw = match[2] === undefined ? (match[3] as string) : match[2].replace(/\\(.)/g, '$1');
    if (out[name] === undefined) out[name] = raw;
  }
  return out;
}

function isOAuthBody(body: unknown): boolean {
  const error = get(body, 'error');
  if (typeof error !== 'string' || !ERROR_CODE.test(error) || has(body, 'message')) return false;
  if (has(body, 'error_description') || has(body, 'error_uri')) return true;
  return keys(body).every((key) => OAUTH_KEYS.has(key));
}

/**
 * OAuth 2.0 errors: the token endpoint's `{ error, error_description, error_uri }` (RFC 6749 § 5.2) and
 * the resource server's `WWW-Authenticate: Bearer error="invalid_token", error_description="…"`
 * (RFC 6750 § 3), which often comes with no body at all. The code is `error`, the message
 * `error_description`, the docs link `error_uri` (kept only when http(s)).
 */
export const oauth: Dialect = {
  name: 'oauth',
  codes: OAUTH_CODES,
  match(body, { headers }) {
    if (isOAuthBody(body)) return true;
    return !isRecord(body) && challenge(headers).error !== undefined;
  },
  read(body, { headers }) {
    const header = challenge(headers);
    const fromBody = isRecord(body);
    return {
      code: (fromBody ? text(get(body, 'error'), 200) : undefined) ?? text(header.error, 200),
      message:
        (fromBody ? text(get(body, 'error_description')) : undefined) ?? text(header.error_description),
      // Checked here, not only by the decoder: a body's link that is no http(s) URL gives way to the challenge's.
      docsUrl: (fromBody ? httpUrl(get(body, 'error_uri')) : undefined) ?? httpUrl(header.error_uri),
      details: header.scope === undefined ? undefined : { scope: header.scope },
    };
  },
};
