import { get, isRecord, list } from '../read.js';
import type { Dialect, FieldError } from '../types.js';
import { fieldErrorAt } from './fields.js';

/** Where FastAPI says a parameter came from; the first `loc` item, not part of the field path. */
const SOURCES: ReadonlySet<unknown> = /* @__PURE__ */ new Set(['body', 'query', 'path', 'header', 'cookie']);

function isLocatedError(item: unknown): boolean {
  return isRecord(item) && list(get(item, 'loc'), 1) !== undefined && typeof get(item, 'msg') === 'string';
}

function pathOf(loc: unknown): string {
  const parts = list(loc, 50) ?? [];
  const rest = SOURCES.has(parts[0]) ? parts.slice(1) : parts;
  const segments: string[] = [];
  for (const part of rest) {
    if (typeof part === 'string' && part.length > 0 && part.length <= 200) segments.push(part);
    else if (typeof part === 'number' && Number.isInteger(part) && part >= 0) segments.push(String(part));
  }
  return segments.join('.');
}

/**
 * FastAPI / Pydantic validation errors: `{ detail: [{ loc: ["body", "items", 0, "name"], msg, type,
 * input, ctx }] }` (422). The leading `body`/`query`/`path`/`header`/`cookie` is dropped from `loc`,
 * so the path is `items.0.name`; an error on the body as a whole (`json_invalid`) is form-level. The
 * field code is Pydantic's `type`. The message is the one error's `msg` when there is exactly one;
 * with several, no single message speaks for all, so the kind's copy ("check the highlighted fields")
 * is used and each field carries its own.
 */
export const fastapi: Dialect = {
  name: 'fastapi',
  match(body) {
    const first = list(get(body, 'detail'), 1)?.[0];
    return isLocatedError(first);
  },
  read(body) {
    const items = list(get(body, 'detail')) ?? [];
    const fieldErrors: FieldError[] = [];
    for (const item of items) {
      if (!isLocatedError(item)) continue;
      const type = get(item, 'type');
      const fe = fieldErrorAt(
        type === 'json_invalid' ? '' : pathOf(get(item, 'loc')),
        get(item, 'msg'),
        type,
      );
      if (fe) fieldErrors.push(fe);
    }
    return {
      message: fieldErrors.length === 1 ? fieldErrors[0]?.message : undefined,
      fieldErrors,
      details: items,
    };
  },
};
