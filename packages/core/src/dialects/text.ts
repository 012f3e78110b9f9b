import { text as clean } from '../read.js';
import type { Dialect } from '../types.js';

const MAX_MESSAGE = 300;

/**
 * Plain-text bodies: a short first line is the message; a long dump, broken JSON or XML falls back to the
 * copy for the status.
 */
export const text: Dialect = {
  name: 'text',
  match(body) {
    return typeof body === 'string';
  },
  read(body) {
    if (typeof body !== 'string') return {};
    // Markup or JSON that failed to parse (cut off, XML from a storage API) is no sentence for a person.
    const head = body.trimStart()[0];
    if (head === '{' || head === '[' || head === '<') return {};
    const firstLine = clean(body.slice(0, 4 * MAX_MESSAGE).split(/\r?\n/, 1)[0], MAX_MESSAGE + 1);
    return { message: firstLine !== undefined && firstLine.length <= MAX_MESSAGE ? firstLine : undefined };
  },
};
