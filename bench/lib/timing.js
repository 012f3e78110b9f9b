// A careful timing loop: warm up until the optimizer settles, size a batch so one batch takes a
// few milliseconds (so the clock's resolution does not matter), then time many batches and keep
// the median, which one garbage collection or a noisy neighbour cannot move.

/** Results are written here so the engine cannot drop the work as dead code. */
let sink = 0;

function consume(value) {
  sink = (sink + (typeof value === 'object' && value !== null ? 1 : Number(Boolean(value)))) | 0;
}

/** The value that keeps benchmarked work alive; read it once at the end. */
export function sinkValue() {
  return sink;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summarize(perOp) {
  const med = median(perOp);
  const deviations = perOp.map((v) => Math.abs(v - med));
  return {
    nsPerOp: med,
    opsPerSec: 1e9 / med,
    madPercent: (median(deviations) / med) * 100,
    rounds: perOp.length,
  };
}

/**
 * Times a synchronous `fn` and returns the median nanoseconds per call over `rounds` batches,
 * with the median absolute deviation as a percentage of it.
 */
export function timeSync(fn, { warmupMs = 300, batchMs = 20, rounds = 25 } = {}) {
  const warmEnd = performance.now() + warmupMs;
  let calls = 0;
  while (performance.now() < warmEnd) {
    consume(fn());
    calls++;
  }
  const perMs = calls / warmupMs;
  const batch = Math.max(1, Math.round(perMs * batchMs));
  const perOp = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) consume(fn());
    perOp.push(((performance.now() - start) * 1e6) / batch);
  }
  return summarize(perOp);
}

/** The same as {@link timeSync} for a function that returns a promise; each call is awaited. */
export async function timeAsync(fn, { warmupMs = 300, batchMs = 20, rounds = 25 } = {}) {
  const warmEnd = performance.now() + warmupMs;
  let calls = 0;
  while (performance.now() < warmEnd) {
    consume(await fn());
    calls++;
  }
  const perMs = calls / warmupMs;
  const batch = Math.max(1, Math.round(perMs * batchMs));
  const perOp = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) consume(await fn());
    perOp.push(((performance.now() - start) * 1e6) / batch);
  }
  return summarize(perOp);
}
