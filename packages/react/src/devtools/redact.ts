/** What a redacted value is replaced by. */
export const REDACTED = '[redacted]';

// Headers that carry credentials whatever they are called.
const SECRET_HEADERS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'authorization',
  'cookie',
  'set-cookie',
  'proxy-authorization',
]);
/** A header or body member named like a credential: `api_key`, `accessToken`, `client-secret`, `password`. */
const SECRET_NAME = /token|secret|passw(?:or)?d|key/i;
// `name=value` or `"name": "value"` inside text (a query string, a form body, JSON in an HTML page).
const SECRET_PAIR =
  /((?:[\w.-]*(?:token|secret|passw(?:or)?d|key)[\w.-]*)["']?\s*[:=]\s*["']?)[^\s"'&,;}<]{1,4096}/gi;
// How deep and how many members a body may have before the rest is left out.
const MAX_DEPTH = 32;
const MAX_NODES = 10_000;

/** Whether a header or a body member of this name carries a credential. */
export function isSecretName(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase()) || SECRET_NAME.test(name);
}

/** Replaces the values of credential-like pairs inside a text. */
export function redactText(text: string): string {
  return text.replace(SECRET_PAIR, `$1${REDACTED}`);
}

/** The headers with every credential replaced: `authorization`, cookies and names like a token, secret, password or key. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = isSecretName(name) ? REDACTED : redactText(String(value));
  }
  return out;
}

/**
 * A copy of a body with the value of every member named like a token, secret, password or key
 * replaced, at any depth; text has its `name=value` pairs redacted. Bounded: past 32 levels or
 * 10,000 members the rest is left out.
 */
export function redactBody(body: unknown): unknown {
  let nodes = 0;
  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return redactText(value);
    if (typeof value !== 'object' || value === null) return value;
    if (depth >= MAX_DEPTH || ++nodes > MAX_NODES) return '[…]';
    if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [name, member] of Object.entries(value)) {
      out[name] = isSecretName(name) ? REDACTED : walk(member, depth + 1);
    }
    return out;
  };
  try {
    return walk(body, 0);
  } catch {
    // A getter that throws or a proxy: nothing of it is kept.
    return REDACTED;
  }
}
