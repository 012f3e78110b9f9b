// Structured-field lists (RFC 9651) as the rate-limit and trace headers use them: members split on
// commas outside quotes, each a name and its `;key=value` parameters.

/** Splits a structured-field list on commas outside quoted strings. */
function listMembers(value: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  value.split('').forEach((c, i) => {
    if (c === '"' && value[i - 1] !== '\\') quoted = !quoted;
    else if (c === ',' && !quoted) {
      out.push(value.slice(start, i));
      start = i + 1;
    }
  });
  out.push(value.slice(start));
  return out;
}

/** One member of a structured-field list: its name (a bare item) and its parameters. */
export interface Member {
  /** The bare item: a token, or a string still in its quotes. */
  name: string;
  /** Parameters by lower-cased key, values as sent (quotes and spaces kept). */
  params: Record<string, string>;
}

/**
 * The members of a structured-field list (`RateLimit`, `RateLimit-Policy`, `Server-Timing`): at most
 * 20, read from the first `max` characters.
 */
export function members(value: string | undefined, max = 1024): Member[] {
  if (value === undefined) return [];
  return listMembers(value.slice(0, max))
    .slice(0, 20)
    .map((member) => {
      const params: Record<string, string> = Object.create(null);
      let name = '';
      for (const part of member.split(';')) {
        const eq = part.indexOf('=');
        if (eq === -1) {
          name ||= part.trim();
          continue;
        }
        // A repeated key takes its last value, as structured fields do (RFC 9651 §4.2.3.2); values
        // keep their spaces, which the number and date readers allow.
        params[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1);
      }
      return { name, params };
    });
}
