/** Most bytes of a body faultline reads or parses: 1 MB. */
export const MAX_BODY_BYTES = 1_000_000;

/**
 * The body as dialects see it: JSON text parsed, bytes decoded, other text kept as text, empty
 * text as `undefined`. Never throws.
 */
export function normalizeBody(raw: unknown, contentType: string | undefined): unknown {
  let value = raw;
  try {
    if (value instanceof ArrayBuffer) value = new Uint8Array(value);
    if (ArrayBuffer.isView(value)) {
      const bytes = new Uint8Array(
        value.buffer,
        value.byteOffset,
        Math.min(value.byteLength, MAX_BODY_BYTES),
      );
      value = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    }
  } catch {
    return undefined;
  }
  if (typeof value !== 'string') return value ?? undefined;
  const first = value.slice(0, 64).trimStart()[0];
  if (first === undefined && value.trim().length === 0) return undefined;
  const looksJson = first === '{' || first === '[' || contentType?.includes('json');
  if (looksJson && value.length <= MAX_BODY_BYTES) {
    try {
      return JSON.parse(value);
    } catch {
      /* not JSON after all: read it as text */
    }
  }
  return value;
}
