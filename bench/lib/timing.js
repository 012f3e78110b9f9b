// A careful timing loop: warm each function up until the optimizer settles, size a batch so one
// batch takes a few milliseconds (so the clock's resolution does not matter), then time many
// batches and keep the median, which one garbage collection or a noisy neighbour cannot move.
// Functions that are compared are timed in turns, one batch each per round, so a change in the
// machine's load falls on all of them alike. A batch is timed in CPU time of this process (user +
// system), not wall time: on a machine shared with other work, wall time also counts the moments
// the scheduler gave the CPU to someone else, which CPU time does not.

/** CPU time this process has used, in ms (microsecond resolution). */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

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
 * Times synchronous functions in turns and returns, per name, the median nanoseconds per call over
 * `rounds` batches, with the median absolute deviation as a percentage of it.
 */
export function timeSync(fns, { warmupMs = 300, batchMs = 20, rounds = 25 } = {}) {
  const entries = Object.entries(fns).map(([name, fn]) => {
    const warmEnd = performance.now() + warmupMs;
    let calls = 0;
    while (performance.now() < warmEnd) {
      consume(fn());
      calls++;
    }
    return { name, fn, batch: Math.max(1, Math.round((calls / warmupMs) * batchMs)), perOp: [] };
  });
  for (let r = 0; r < rounds; r++) {
    for (const e of entries) {
      const start = cpuMs();
      for (let i = 0; i < e.batch; i++) consume(e.fn());
      e.perOp.push(((cpuMs() - start) * 1e6) / e.batch);
    }
  }
  return Object.fromEntries(entries.map((e) => [e.name, summarize(e.perOp)]));
}

/** The same as {@link timeSync} for functions that return a promise; each call is awaited. */
export async function timeAsync(fns, { warmupMs = 300, batchMs = 20, rounds = 25 } = {}) {
  const entries = [];
  for (const [name, fn] of Object.entries(fns)) {
    const warmEnd = performance.now() + warmupMs;
    let calls = 0;
    while (performance.now() < warmEnd) {
      consume(await fn());
      calls++;
    }
    entries.push({ name, fn, batch: Math.max(1, Math.round((calls / warmupMs) * batchMs)), perOp: [] });
  }
  for (let r = 0; r < rounds; r++) {
    for (const e of entries) {
      const start = cpuMs();
      for (let i = 0; i < e.batch; i++) consume(await e.fn());
      e.perOp.push(((cpuMs() - start) * 1e6) / e.batch);
    }
  }
  return Object.fromEntries(entries.map((e) => [e.name, summarize(e.perOp)]));
}
