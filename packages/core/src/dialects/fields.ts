import { text } from '../decode/read.js';
import { toFieldPath } from '../model/paths.js';
import type { FieldError } from '../model/types.js';

/** Statuses whose `param` names a form field; elsewhere (a 404, say) it names a URL part. */
export function isFormStatus(status: number): boolean {
  return status === 400 || status === 422;
}

/** One field error, or `undefined` when the path or the message is missing. */
export function fieldError(path: unknown, message: unknown, code?: unknown): FieldError | undefined {
  const p = toFieldPath(path);
  return p === undefined ? undefined : fieldErrorAt(p, message, code);
}

/** One field error at a known path, or `undefined` when the message is missing. */
export function fieldErrorAt(path: string, message: unknown, code?: unknown): FieldError | undefined {
  const m = text(message);
  if (m === undefined) return undefined;
  const c = text(code, 200);
  return c === undefined ? { path, message: m } : { path, message: m, code: c };
}
