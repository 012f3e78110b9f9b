import { toApiError } from '../decode/toApiError.js';
import { isApiError } from './ApiError.js';
import { INDEX_SEGMENT } from './paths.js';
import type { FieldError } from './types.js';

/** What a form shows for an error: messages for the whole form, and messages per field. */
export interface FlattenedFieldErrors {
  /** Messages that belong to no single field (an empty path), in the order they arrived. */
  formErrors: string[];
  /**
   * Messages per field name, in the order they arrived. A null-prototype record, so any name the
   * server sends (`__proto__`, `constructor`) is an ordinary key.
   */
  fieldErrors: Record<string, string[]>;
}

/** Options of {@link flattenFieldErrors}. */
export interface FlattenFieldErrorsOptions {
  /**
   * Renames a server path to the form's field name (`body.email` → `email`). Return `''` to make
   * the message form-level.
   */
  mapPath?: ((path: string, fieldError: FieldError) => string) | undefined;
  /**
   * When the error carries no field messages at all, use its own message as the one form-level
   * message, so a failed submit is never silent. Defaults to `true`.
   */
  includeMessage?: boolean | undefined;
  /**
   * How an index reads in a field name: `'dots'` (the default) gives `items.0.name`, as
   * react-hook-form and Formik name fields; `'brackets'` gives `items[0].name`, as Conform and
   * TanStack Form name them. Applied after `mapPath`.
   */
  pathStyle?: 'dots' | 'brackets' | undefined;
  /**
   * The names of the form's fields (after `mapPath` and `pathStyle`): a message for any other name
   * becomes form-level, so a form that shows only its own fields still shows it.
   */
  fields?: readonly string[] | undefined;
}

/** The field messages of what was passed: an `ApiError`, a list of field errors, or anything thrown. */
function sourceOf(error: unknown): { fieldErrors: readonly unknown[]; message: string | undefined } {
  try {
    if (Array.isArray(error)) return { fieldErrors: Array.from(error), message: undefined };
  } catch {
    // A revoked proxy, or a list that throws when read: decoded below like anything thrown.
  }
  const apiError = isApiError(error) ? error : toApiError(error);
  return { fieldErrors: apiError.fieldErrors, message: apiError.message };
}

function readFieldError(value: unknown): FieldError | undefined {
  try {
    const { path, message, code } = value as Record<string, unknown>;
    // A message is text with something to read in it: not a number, not only blanks.
    if (typeof message === 'string' && /\S/.test(message)) {
      return {
        path: typeof path === 'string' ? path.trim() : '',
        message,
        ...(typeof code === 'string' ? { code } : {}),
      };
    }
  } catch {
    // `null`, or an entry whose getter throws: no field error.
  }
  return undefined;
}

/**
 * The one bridge from an error to a form: its field messages grouped by field name, and the
 * messages that belong to the whole form (an empty path). Equal messages for the same field are
 * kept once. Accepts an `ApiError`, a `FieldError[]`, anything thrown (decoded with `toApiError`),
 * or nothing (no messages).
 */
export function flattenFieldErrors(
  error: unknown,
  options: FlattenFieldErrorsOptions = {},
): FlattenedFieldErrors {
  const formErrors: string[] = [];
  const fieldErrors = Object.create(null) as Record<string, string[]>;
  if (error == null) return { formErrors, fieldErrors };
  const { mapPath, includeMessage = true, pathStyle, fields } = options;
  const source = sourceOf(error);
  let sawField = false;
  for (const raw of source.fieldErrors) {
    const fieldError = readFieldError(raw);
    if (fieldError === undefined) continue;
    sawField = true;
    const mapped = mapPath === undefined ? fieldError.path : mapPath(fieldError.path, fieldError);
    let name = typeof mapped === 'string' ? mapped : '';
    if (pathStyle === 'brackets') name = name.replace(INDEX_SEGMENT, '[$1]');
    if (fields?.includes(name) === false) name = '';
    let list = formErrors;
    if (name !== '') {
      list = fieldErrors[name] ?? [];
      fieldErrors[name] = list;
    }
    if (!list.includes(fieldError.message)) list.push(fieldError.message);
  }
  // An ApiError's message is never empty; a list of field errors has none.
  if (!sawField && includeMessage && source.message !== undefined) {
    formErrors.push(source.message);
  }
  return { formErrors, fieldErrors };
}
