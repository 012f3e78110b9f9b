import { get, isRecord, keys, list, MAX_ITEMS, text } from '../decode/read.js';
import { toFieldPath } from '../model/paths.js';
import type { FieldError } from '../model/types.js';
import { fieldErrorAt } from './fields.js';

// Field maps (`{ email: ["is invalid"], items: [{}, { name: ["required"] }] }`) nest as deep as the
// form does, and a hostile body can nest without end or loop back on itself: every walk is capped in
// depth and in the number of nodes it visits.
const MAX_DEPTH = 8;
const MAX_NODES = 1000;

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
  return p === undefined ? undefined : fieldErrorAt(p, message, code);
}

function join(parent: string, segment: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: as `false` (or comparing with other text) the path starts with a dot, which the decoder's toFieldPath drops (decode.ts); `true` and an empty template lose the parent and fail the nested-map tests.
  return parent === '' ? segment : `${parent}.${segment}`;
}

/**
 * Field errors from a field map: keys become dotted paths (`users.0.email`, `$.items[0].name` and
 * `items[0].name` are converted), lists of strings become one error each, lists of records are
 * indexed. Keys in `formKeys` (`non_field_errors`, `base`, `""`) stand for the enclosing object, so at
 * the top they give form-level errors (path `''`).
 */
export function fieldErrorsFromMap(map: unknown, formKeys: ReadonlySet<string>): FieldError[] {
  // Stryker disable next-line ArrayDeclaration: the decoder drops an item with no path or message (decode.ts).
  const out: FieldError[] = [];
  let nodes = 0;
  const push = (path: string, message: unknown) => {
    const m = text(message);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: as `false` or `>`, the decoder still keeps only the first 200 field errors (decode.ts): this cap only saves work (`true` and `<` keep none and fail the tests).
    if (out.length >= MAX_ITEMS) return;
    // Stryker disable next-line ConditionalExpression: as `true`, the decoder drops a field error without a message (decode.ts); `false` keeps none and fails the tests.
    if (m !== undefined) out.push({ path, message: m });
  };
  const visit = (node: unknown, path: string, depth: number) => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: as `false` or `>`, the decoder still keeps only the first 200 field errors (decode.ts): this cap only saves work (`true` and `<` keep none and fail the tests).
    if (out.length >= MAX_ITEMS) return;
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
    // A number, a boolean or null has no keys: nothing to read.
    for (const key of keys(node)) {
      const segment = formKeys.has(key) ? undefined : toFieldPath(key);
      visit(get(node, key), segment === undefined ? path : join(path, segment), depth + 1);
    }
  };
  visit(map, '', 0);
  return out;
}
