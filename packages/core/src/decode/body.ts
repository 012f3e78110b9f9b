/** Most bytes of a body faultline reads or parses: 1 MB. */
export const MAX_BODY_BYTES = 1_000_000;

/** The first character that is not whitespace (a byte order mark counts as whitespace). */
export const FIRST_VISIBLE = /\S/;

function decodeBytes(value: unknown): unknown {
  const view = value instanceof ArrayBuffer ? new Uint8Array(value) : value;
  if (!ArrayBuffer.isView(view)) return value;
  const bytes = new Uint8Array(view.buffer, view.byteOffset, Math.min(view.byteLength, MAX_BODY_BYTES));
  // UTF-8 and never fatal: a byte that is no character reads as a replacement character.
  return new TextDecoder().decode(bytes);
}

function normalizeText(value: string, contentType: string | undefined): unknown {
  const start = value.search(FIRST_VISIBLE);
  if (start < 0) return undefined;
  const first = value[start];
  const looksJson = first === '{' || first === '[' || contentType?.includes('json') === true;
  if (!looksJson || value.length > MAX_BODY_BYTES) return value;
  let parsed: unknown;
  try {
    // JSON.parse refuses a leading byte order mark; `search` skipped it with the whitespace.
    parsed = JSON.parse(value.slice(start));
  } catch {
    return value;
  }
  // A JSON document that is a string is read as that text: blank is no body, and JSON encoded
  // twice (an object sent as a JSON string) is parsed once more, as the text would have been.
  if (typeof parsed === 'string') return normalizeText(parsed, undefined);
  return parsed ?? undefined;
}

/**
 * The body as dialects see it: JSON text parsed (a byte order mark is no obstacle), bytes decoded
 * as UTF-8, other text kept as text, empty text and `null` as `undefined`. Never throws.
 */
export function normalizeBody(raw: unknown, contentType: string | undefined): unknown {
  let value: unknown;
  try {
    value = decodeBytes(raw);
  } catch {
    // A revoked proxy, a detached buffer: nothing of it can be read, and `value` stays undefined.
  }
  return typeof value === 'string' ? normalizeText(value, contentType) : (value ?? undefined);
}
