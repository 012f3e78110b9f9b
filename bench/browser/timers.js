// Installed before any script of the page: counts every timer the page creates and how many are
// pending at once. window.timers.untracked() lets the benchmark wait without being counted.
(() => {
  const native = {
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    setInterval: window.setInterval.bind(window),
    clearInterval: window.clearInterval.bind(window),
    requestAnimationFrame: window.requestAnimationFrame.bind(window),
  };
  const pending = new Map();
  let created = { setTimeout: 0, setInterval: 0, requestAnimationFrame: 0 };
  let fired = 0;
  let maxPending = 0;

  const track = (id, type) => {
    pending.set(id, type);
    maxPending = Math.max(maxPending, pending.size);
  };

  window.setTimeout = (fn, ms, ...args) => {
    created.setTimeout++;
    const id = native.setTimeout(() => {
      pending.delete(id);
      fired++;
      if (typeof fn === 'function') fn(...args);
    }, ms);
    track(id, 'timeout');
    return id;
  };
  window.clearTimeout = (id) => {
    pending.delete(id);
    native.clearTimeout(id);
  };
  window.setInterval = (fn, ms, ...args) => {
    created.setInterval++;
    const id = native.setInterval(() => {
      fired++;
      if (typeof fn === 'function') fn(...args);
    }, ms);
    track(id, 'interval');
    return id;
  };
  window.clearInterval = (id) => {
    pending.delete(id);
    native.clearInterval(id);
  };
  window.requestAnimationFrame = (fn) => {
    created.requestAnimationFrame++;
    return native.requestAnimationFrame(fn);
  };

  window.timers = {
    /** Starts counting afresh; timers already pending stay pending. */
    reset() {
      created = { setTimeout: 0, setInterval: 0, requestAnimationFrame: 0 };
      fired = 0;
      maxPending = pending.size;
    },
    /** Waits without creating a counted timer. */
    untracked(fn, ms) {
      return native.setTimeout(fn, ms);
    },
    /** What was counted since the last reset, and what is pending now. */
    snapshot() {
      const types = [...pending.values()];
      return {
        setTimeoutCalls: created.setTimeout,
        setIntervalCalls: created.setInterval,
        requestAnimationFrameCalls: created.requestAnimationFrame,
        timerCallbacks: fired,
        pendingTimers: pending.size,
        pendingIntervals: types.filter((t) => t === 'interval').length,
        maxPendingTimers: maxPending,
      };
    },
  };
})();
