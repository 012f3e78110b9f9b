/**
 * Whether a string is an http(s) URL, the only links faultline renders: absolute, or relative to
 * `base` when one is given (for links from the app's own configuration, such as "/login").
 */
export function isHttpUrl(value: unknown, base?: string): value is string {
  try {
    return (
      typeof value === 'string' && value.length <= 2048 && /^https?:$/.test(new URL(value, base).protocol)
    );
  } catch {
    return false;
  }
}
