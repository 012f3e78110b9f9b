const MAX_PATH = 500;
const MAX_SEGMENTS = 50;

/** `~1` in a JSON pointer segment, which stands for `/`. */
export const POINTER_SLASH = /~1/g;
/** `~0` in a JSON pointer segment, which stands for `~`. */
export const POINTER_TILDE = /~0/g;
/** A quoted name in brackets: `["first name"]`, `['a']`. */
export const QUOTED_BRACKET = /\[["']([^"'\]]*)["']\]/g;
/** A bare name or index in brackets: `[email]`, `[0]`. */
export const NAME_BRACKET = /\[([^[\]"']+)\]/g;
/** The empty brackets of a PHP list name: `tags[]`. */
export const EMPTY_BRACKET = /\[\]/g;
/** A numeric segment of a dotted path (`.0` in `items.0.name`), written `[0]` in bracket style. */
export const INDEX_SEGMENT = /\.(\d+)(?=\.|$)/g;

function unescapePointer(segment: string): string {
  return segment.replace(POINTER_SLASH, '/').replace(POINTER_TILDE, '~');
}

/** Segments joined with dots; a segment that holds dots itself is split, so no empty segment remains. */
function joinSegments(segments: readonly string[]): string | undefined {
  const joined = segments.join('.').split('.').filter(Boolean).join('.');
  return joined.length > 0 && joined.length <= MAX_PATH ? joined : undefined;
}

function fromArray(value: readonly unknown[]): string | undefined {
  const parts: string[] = [];
  for (const part of value.slice(0, MAX_SEGMENTS)) {
    if (typeof part === 'string') {
      if (part.length > MAX_PATH) return undefined;
      parts.push(part.trim());
    } else if (Number.isInteger(part) && (part as number) >= 0) parts.push(String(part));
  }
  return joinSegments(parts);
}

function fromString(value: string): string | undefined {
  if (value.length > MAX_PATH * 2) return undefined;
  let s = value.trim();
  if (s.length > MAX_PATH) return undefined;
  if (s.startsWith('#/')) s = s.slice(1);
  // The empty segment before the leading '/' is dropped with every other empty segment.
  if (s.startsWith('/')) return joinSegments(s.split('/').map(unescapePointer));
  if (s.startsWith('$')) s = s.slice(1);
  // Brackets become dots: items[0], items["a b"], user[email] (the Rails and PHP form name);
  // the empty brackets of a PHP list name (tags[]) name the list itself.
  s = s.replace(QUOTED_BRACKET, '.$1').replace(NAME_BRACKET, '.$1').replace(EMPTY_BRACKET, '');
  return joinSegments([s]);
}

/**
 * A field path in dotted form (`items.0.name`) from whatever an API sends: a dotted or bracketed
 * string (`items[0].name`, `$.items[0].name`, `user[email]`), a JSON pointer (`/items/0/name`,
 * `#/items/0/name`) or a location array (`["items", 0, "name"]`). `undefined` when nothing usable
 * remains or the path is longer than 500 characters. Never throws.
 */
export function toFieldPath(value: unknown): string | undefined {
  try {
    if (Array.isArray(value)) return fromArray(value);
    if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? String(value) : undefined;
    if (typeof value === 'string') return fromString(value);
  } catch {
    /* a proxy or a getter that throws: no path */
  }
  return undefined;
}
