import { get, has, isRecord, keys, names, text } from '../decode/read.js';
import type { Dialect, DialectContext } from '../model/types.js';
import { OAUTH_CODES } from './codes.js';
import { rawString } from './fields.js';

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
    const name = match[1]?.toLowerCase() as keyof Challenge | undefined;
    const raw = match[2] === undefined ? match[3] : match[2].replace(/\\(.)/g, '$1');
    if (name !== undefined && raw !== undefined && out[name] === undefined) out[name] = raw;
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
      docsUrl: (fromBody ? rawString(get(body, 'error_uri')) : undefined) ?? rawString(header.error_uri),
      details: header.scope === undefined ? undefined : { scope: header.scope },
    };
  },
};
