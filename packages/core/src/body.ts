/** Most bytes of a body faultline reads or parses: 1 MB. */
export const MAX_BODY_BYTES = 1_000_000;

const FIRST_VISIBLE = /\S/;

function decodeBytes(value: unknown): unknown {
  const view = value instanceof ArrayBuffer ? new Uint8Array(value) : value;
  if (!ArrayBuffer.isView(view)) return value;
  const bytes = new Uint8Array(view.buffer, view.byteOffset, Math.min(view.byteLength, MAX_BODY_BYTES));
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
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
    // A revoked proxy, a detached buffer: nothing of it can be read.
    return undefined;
  }
  if (typeof value !== 'string') return value ?? undefined;
  const start = value.search(FIRST_VISIBLE);
  if (start < 0) return undefined;
  const first = value[start];
  const looksJson = first === '{' || first === '[' || contentType?.includes('json') === true;
  if (looksJson && value.length <= MAX_BODY_BYTES) {
    try {
      // JSON.parse refuses a leading byte order mark; `search` skipped it with the whitespace.
      return JSON.parse(start > 0 ? value.slice(start) : value);
    } catch {
      /* not JSON after all: read it as text */
    }
  }
  return value;
}
