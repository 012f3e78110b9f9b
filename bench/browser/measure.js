// In-page measuring tools shared by the benchmark pages: React commits through <Profiler>,
// DOM mutations until the screen is quiet, and long tasks.

/** What every <Profiler> that reports here saw: reports and render time, in total and per id. */
export const commits = { count: 0, ms: 0, byId: new Map() };

/** A <Profiler onRender> that counts the commits that rendered its subtree, and their render time. */
export function onRender(id, _phase, actualDuration) {
  commits.count++;
  commits.ms += actualDuration;
  const seen = commits.byId.get(id) ?? { count: 0, ms: 0 };
  commits.byId.set(id, { count: seen.count + 1, ms: seen.ms + actualDuration });
}

/** Forgets every commit counted so far. */
export function resetCommits() {
  commits.count = 0;
  commits.ms = 0;
  commits.byId.clear();
}

/** Resolves after the browser has painted `n` more frames. */
export function frames(n = 2) {
  return new Promise((resolve) => {
    const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

/** Collects long tasks (main-thread work over 50 ms) from now until `stop()`. */
export function watchLongTasks() {
  const entries = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) entries.push(entry);
  });
  observer.observe({ type: 'longtask' });
  return {
    stop() {
      for (const entry of observer.takeRecords()) entries.push(entry);
      observer.disconnect();
      const total = entries.reduce((sum, e) => sum + e.duration, 0);
      const blocking = entries.reduce((sum, e) => sum + Math.max(0, e.duration - 50), 0);
      const longest = entries.reduce((max, e) => Math.max(max, e.duration), 0);
      return { count: entries.length, totalMs: total, blockingMs: blocking, longestMs: longest };
    },
  };
}

/**
 * Watches the DOM from now on. `quiet(from)` resolves when it has not changed for `quietMs` since
 * `from` or its last change, with the times of the first and the last change. The check runs once a frame, so a
 * main thread that is busy delays it exactly as it delays what the user sees.
 */
export function watchMutations({ quietMs = 100, timeoutMs = 60_000 } = {}) {
  const start = performance.now();
  let first = 0;
  let last = 0;
  let mutations = 0;
  const observer = new MutationObserver((records) => {
    last = performance.now();
    first ||= last;
    mutations += records.length;
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  return {
    quiet(from) {
      return new Promise((resolve) => {
        const check = () => {
          const pending = observer.takeRecords().length;
          if (pending > 0) {
            last = performance.now();
            first ||= last;
            mutations += pending;
          }
          const now = performance.now();
          const timedOut = now - start >= timeoutMs;
          if (now - Math.max(last, from) >= quietMs || timedOut) {
            observer.disconnect();
            resolve({ firstChangeAt: first, lastChangeAt: last, mutations, timedOut });
          } else {
            requestAnimationFrame(check);
          }
        };
        requestAnimationFrame(check);
      });
    },
  };
}
