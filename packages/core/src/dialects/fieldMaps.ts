import { get, isRecord, keys, list, MAX_ITEMS, text } from '../decode/read.js';
import { toFieldPath } from '../model/paths.js';
import type { FieldError } from '../model/types.js';
import { fieldErrorAt } from './fields.js';

// Field maps (`{ email: ["is invalid"], items: [{}, { name: ["required"] }] }`) nest as deep as the
// form does, and a hostile body can nest without end or loop back on itself: every walk is capped in
// depth and in the number of nodes it visits.
const MAX_DEPTH = 8;
const MAX_NODES = 1000;

/** A message that belongs to the whole form rather than to one field: path `''`. */
export function formError(message: unknown, code?: unknown): FieldError | undefined {
  return fieldErrorAt('', message, code);
}

/**
 * A field path from a JSON pointer or a field name, with the pointers that name the whole document
 * (`""`, `"#"`, `"/"`) read as the form itself (`''`); `undefined` when there is no usable path.
 */
export function pointerPath(value: unknown): string | undefined {
  // A pointer to the whole document ('', '#', '/', '#/'); compared after a trim so long input costs nothing.
  if (typeof value === 'string' && value.length <= 64 && ['', '#', '/', '#/'].includes(value.trim()))
    return '';
  return toFieldPath(value);
}

/** One field error (or form-level error, for a root pointer) from a path, a message and a code. */
export function pointedError(path: unknown, message: unknown, code?: unknown): FieldError | undefined {
  const p = pointerPath(path);
  if (p === undefined) return undefined;
  return p === '' ? formError(message, code) : fieldErrorAt(p, message, code);
}

function join(parent: string, segment: string): string {
  return parent === '' ? segment : `${parent}.${segment}`;
}

/**
 * Whether a value is a field map in the strict sense: a record whose every value is a list of
 * message strings, a nested field map, or a list of nested field maps (one per item, `{}` for a valid
 * one), with at least one message somewhere. Used by `match`, so a body of any other shape fails.
 */
export function isFieldMap(value: unknown): boolean {
  let nodes = 0;
  let messages = 0;
  // What lies past the caps, or behind a getter that throws (read as `undefined`), is not judged:
  // the walk that reads the map skips it the same way.
  const valid = (node: unknown, depth: number): boolean => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH || node === undefined) return true;
    const items = list(node);
    if (items !== undefined) {
      if (items.every((item) => typeof item === 'string')) {
        messages += items.filter((item) => text(item) !== undefined).length;
        return true;
      }
      return items.every((item) => isRecord(item) && valid(item, depth + 1));
    }
    if (!isRecord(node)) return false;
    return keys(node).every((key) => valid(get(node, key), depth + 1));
  };
  return isRecord(value) && keys(value, 1).length > 0 && valid(value, 0) && messages > 0;
}

/**
 * Field errors from a field map: keys become dotted paths (`users.0.email`, `$.items[0].name` and
 * `items[0].name` are converted), lists of strings become one error each, lists of records are
 * indexed. Keys in `formKeys` (`non_field_errors`, `base`, `""`) stand for the enclosing object, so at
 * the top they give form-level errors (path `''`).
 */
export function fieldErrorsFromMap(map: unknown, formKeys: ReadonlySet<string>): FieldError[] {
  const out: FieldError[] = [];
  let nodes = 0;
  const push = (path: string, message: unknown) => {
    const m = text(message);
    if (m !== undefined && out.length < MAX_ITEMS) out.push({ path, message: m });
  };
  const visit = (node: unknown, path: string, depth: number) => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH || out.length >= MAX_ITEMS) return;
    if (typeof node === 'string') {
      push(path, node);
      return;
    }
    const items = list(node);
    if (items !== undefined) {
      items.forEach((item, index) => {
        if (typeof item === 'string') push(path, item);
        else if (isRecord(item)) visit(item, join(path, String(index)), depth + 1);
      });
      return;
    }
    if (!isRecord(node)) return;
    for (const key of keys(node)) {
      const segment = formKeys.has(key) ? undefined : toFieldPath(key);
      visit(get(node, key), segment === undefined ? path : join(path, segment), depth + 1);
    }
  };
  visit(map, '', 0);
  return out;
}
