import { get, has, isRecord, list, text } from '../read.js';
import type { Dialect, FieldError } from '../types.js';
import { pointedError } from './fieldMaps.js';

const MEMBERS = ['detail', 'title', 'source', 'status', 'code', 'id', 'links'] as const;

function looksLikeErrorObject(item: unknown): boolean {
  return isRecord(item) && !has(item, 'message') && MEMBERS.some((member) => has(item, member));
}

/**
 * The form field a `source.pointer` names: the request document's `/data/attributes/<name>` and
 * `/data/relationships/<name>` are the resource's fields; `""` and `/data` point at the whole document.
 */
function sourceField(pointer: unknown): string | undefined {
  if (typeof pointer !== 'string' || pointer.length > 500) return undefined;
  const p = pointer.trim();
  const member = /^\/data\/(attributes|relationships)\/([^/]+)(.*)$/.exec(p);
  // `/data/relationships/author/data` is the author relationship itself.
  if (member) return member[1] === 'relationships' ? `/${member[2]}` : `/${member[2]}${member[3]}`;
  return p === '/data' ? '' : p;
}

function aboutLink(error: unknown): string | undefined {
  const about = get(get(error, 'links'), 'about');
  return text(about, 2048) ?? text(get(about, 'href'), 2048);
}

/**
 * JSON:API error documents: `{ errors: [{ status, code, title, detail, source: { pointer, parameter },
 * links: { about } }] }`. The first error gives the message (`detail`, else `title`), the code and the
 * docs link. Every error whose `source.pointer` names a member of the request document becomes a
 * field error (`/data/attributes/first-name` → `first-name`; `""` and `/data` → the whole form).
 * `source.parameter` names a URL query parameter, which is not a form field, so it stays in the message.
 */
export const jsonApi: Dialect = {
  name: 'json-api',
  match(body, { headers }) {
    const errors = list(get(body, 'errors'), 1);
    if (errors === undefined || errors.length === 0) return false;
    return headers.contentType === 'application/vnd.api+json' || looksLikeErrorObject(errors[0]);
  },
  read(body) {
    const errors = list(get(body, 'errors')) ?? [];
    const first = errors[0];
    const fieldErrors: FieldError[] = [];
    for (const error of errors) {
      const pointer = sourceField(get(get(error, 'source'), 'pointer'));
      if (pointer === undefined) continue;
      const fe = pointedError(
        pointer,
        text(get(error, 'detail')) ?? text(get(error, 'title')),
        get(error, 'code'),
      );
      if (fe) fieldErrors.push(fe);
    }
    return {
      code: text(get(first, 'code')),
      message: text(get(first, 'detail')) ?? text(get(first, 'title')),
      fieldErrors,
      docsUrl: aboutLink(first),
      details: errors,
    };
  },
};
