/** The unit words, whole and in any case (the same words, in the same order, as a message's wait). */
export const UNIT = /^(?:milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d)$/i;
/** Milliseconds in a unit by its first letter; `ms` and `milli…` are the one unit that shares one. */
const UNIT_MS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Longest wait faultline believes (a week); anything longer is a server mistake. */
export const MAX_WAIT_MS = 7 * 86_400_000;

/** Longest duration text read from a body field. */
const MAX_DURATION_TEXT = 40;

/** Milliseconds for an amount and a unit word (`15`, `minutes`); `undefined` for unknown units. */
export function toMs(amount: number, unit: string): number | undefined {
  // An unknown unit, like an amount that is not a finite number, makes NaN, which clampWait refuses.
  const u = unit.toLowerCase();
  const ms = !UNIT.test(u)
    ? Number.NaN
    : u === 'ms' || u.startsWith('mil')
      ? 1
      : (UNIT_MS[u[0] as string] as number);
  return amount >= 0 ? clampWait(amount * ms) : undefined;
}

/** A wait clamped to `0 … MAX_WAIT_MS` and rounded to whole ms. */
export function clampWait(ms: number): number | undefined {
  if (!Number.isFinite(ms)) return undefined;
  return Math.round(Math.min(Math.max(ms, 0), MAX_WAIT_MS));
}

/**
 * One amount and its unit. Sticky, and each token is a different character class, so a run of
 * pieces is read left to right with no backtracking.
 */
export const PIECE = /\s*(\d+(?:\.\d+)?)\s*([a-z]*)/iy;

/**
 * A duration in a body field: a number is seconds (or `bareUnitMs` each); a string is `"12"`
 * (the same bare unit), `"2.5s"`, `"100ms"`, `"15 minutes"`, or pieces as Go and Google print them
 * (`"1m30s"`, `"1h 5m"`). Anything else, or a negative number, is `undefined`.
 */
export function parseDuration(value: unknown, bareUnitMs = 1000): number | undefined {
  if (typeof value === 'number') return value >= 0 ? clampWait(value * bareUnitMs) : undefined;
  if (typeof value !== 'string' || value.length > MAX_DURATION_TEXT) return undefined;
  const s = value.trim();
  let total = 0;
  let pieces = 0;
  PIECE.lastIndex = 0;
  while (PIECE.lastIndex < s.length) {
    const match = PIECE.exec(s);
    if (!match) return undefined;
    const amount = Number(match[1]);
    // The unit group always takes part in a match, if only as ''.
    const unit = match[2] as string;
    pieces++;
    if (unit === '') {
      // A bare number is only a duration on its own: "12", never "1m 30".
      if (pieces > 1 || PIECE.lastIndex < s.length) return undefined;
      return clampWait(amount * bareUnitMs);
    }
    // An unknown unit makes the total NaN, which clampWait refuses at the end.
    total += toMs(amount, unit) ?? Number.NaN;
  }
  return pieces > 0 ? clampWait(total) : undefined;
}
