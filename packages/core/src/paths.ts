const MAX_PATH = 500;

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * A field path in dotted form (`items.0.name`) from whatever an API sends: a dotted or bracketed
 * string (`items[0].name`, `$.items[0].name`), a JSON pointer (`/items/0/name`, `#/items/0/name`)
 * or a location array (`["items", 0, "name"]`).
 */
export function toFieldPath(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (const part of value.slice(0, 50)) {
      if (typeof part === 'string' && part.length > 0) parts.push(part);
      else if (typeof part === 'number' && Number.isInteger(part)) parts.push(String(part));
    }
    const joined = parts.join('.');
    return joined.length > 0 && joined.length <= MAX_PATH ? joined : undefined;
  }
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  let s = value.trim();
  if (s.length === 0 || s.length > MAX_PATH) return undefined;
  if (s.startsWith('#/')) s = s.slice(1);
  if (s.startsWith('/')) {
    const joined = s
      .slice(1)
      .split('/')
      .filter((segment) => segment.length > 0)
      .map(unescapePointer)
      .join('.');
    return joined.length > 0 ? joined : undefined;
  }
  if (s.startsWith('$')) s = s.slice(1);
  s = s
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\[["']([^"'\]]*)["']\]/g, '.$1')
    .replace(/^\.+/, '');
  return s.length > 0 ? s : undefined;
}
