import { text as clean } from '../decode/read.js';
import type { Dialect } from '../model/types.js';

const MAX_MESSAGE = 300;
/** Text that starts with a lower-case letter, as proxies write their notes. */
export const LOWER_FIRST = /^\s*[a-z]/;

/**
 * Plain-text bodies: a short first line is the message; a long dump, broken JSON or XML falls back to the
 * copy for the status.
 */
export const text: Dialect = {
  name: 'text',
  match(body) {
    return typeof body === 'string';
  },
  read(body, { status }) {
    // Read only after `match`, which takes strings alone.
    const s = body as string;
    // A gateway's own note in lower case ("no healthy upstream") speaks for the proxy, not the API.
    if (status >= 502 && status <= 504 && LOWER_FIRST.test(s)) return {};
    // Markup or JSON that failed to parse (cut off, XML from a storage API) is no sentence for a person.
    const head = s.trimStart()[0];
    if (head === '{' || head === '[' || head === '<') return {};
    // Stryker disable next-line MethodExpression: the cut only bounds the split; `clean` reads no more than the head of a line.
    const firstLine = clean(s.slice(0, 4 * MAX_MESSAGE).split(/\r?\n/, 1)[0], MAX_MESSAGE + 1);
    return { message: firstLine !== undefined && firstLine.length <= MAX_MESSAGE ? firstLine : undefined };
  },
};
