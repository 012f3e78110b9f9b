const UNIT_MS = new Map<string, number>([
  ['ms', 1],
  ['millisecond', 1],
  ['milliseconds', 1],
  ['s', 1000],
  ['sec', 1000],
  ['secs', 1000],
  ['second', 1000],
  ['seconds', 1000],
  ['m', 60_000],
  ['min', 60_000],
  ['mins', 60_000],
  ['minute', 60_000],
  ['minutes', 60_000],
  ['h', 3_600_000],
  ['hr', 3_600_000],
  ['hrs', 3_600_000],
  ['hour', 3_600_000],
  ['hours', 3_600_000],
  ['d', 86_400_000],
  ['day', 86_400_000],
  ['days', 86_400_000],
]);

/** Longest wait faultline believes (a week); anything longer is a server mistake. */
export const MAX_WAIT_MS = 7 * 86_400_000;

/** Milliseconds for an amount and a unit word (`15`, `minutes`); `undefined` for unknown units. */
export function toMs(amount: number, unit: string): number | undefined {
  const factor = UNIT_MS.get(unit.toLowerCase());
  if (factor === undefined || !Number.isFinite(amount) || amount < 0) return undefined;
  return clampWait(amount * factor);
}

/** A wait clamped to `0 … MAX_WAIT_MS` and rounded to whole ms. */
export function clampWait(ms: number): number | undefined {
  if (!Number.isFinite(ms)) return undefined;
  return Math.round(Math.min(Math.max(ms, 0), MAX_WAIT_MS));
}

/**
 * A duration in a body field: a number is seconds; a string is `"12"` (seconds), `"2.5s"`, `"100ms"`,
 * `"1m"` or `"15 minutes"`.
 */
export function parseDuration(value: unknown, bareUnitMs = 1000): number | undefined {
  if (typeof value === 'number') return value >= 0 ? clampWait(value * bareUnitMs) : undefined;
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = match[2] ?? '';
  return unit === '' ? clampWait(amount * bareUnitMs) : toMs(amount, unit);
}
