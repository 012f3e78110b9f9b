// The countdown page: 200 countdowns to staggered instants, faultline's <RetryCountdown> or the
// recipe a user writes by hand (one setInterval per component), each under its own <Profiler>.
// Timers are counted by bench/browser/timers.js, installed before any script of the page runs.
import { RetryCountdown } from '@faultline/react';
import { Profiler, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@faultline/react/styles.css';
import { commits, frames, onRender, resetCommits } from './measure.js';

/** The common hand-written countdown: its own one-second interval, its own state. */
function HandCountdown({ retryAt }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const seconds = Math.max(0, Math.ceil((retryAt - now) / 1000));
  return (
    <p>
      <button type="button" disabled={seconds > 0}>
        Retry
      </button>{' '}
      {seconds > 0 ? `in ${seconds} s` : null}
    </p>
  );
}

const params = new URLSearchParams(location.search);
const kind = params.get('lib') ?? 'faultline';
const n = Number(params.get('n') ?? 200);
const start = Date.now();
// Staggered so that countdowns with timers of their own would tick at different moments.
const instants = Array.from({ length: n }, (_, i) => start + 600_000 + i * 37);

function Countdowns() {
  return instants.map((retryAt, i) => (
    <Profiler key={retryAt} id={`c${i}`} onRender={onRender}>
      {kind === 'faultline' ? (
        <RetryCountdown retryAt={retryAt} onRetry={() => {}} />
      ) : (
        <HandCountdown retryAt={retryAt} />
      )}
    </Profiler>
  ));
}

// The outer profiler reports once per commit; the inner ones once per commit that rendered them.
function App() {
  return (
    <Profiler id="all" onRender={onRender}>
      <Countdowns />
    </Profiler>
  );
}

async function observe(ms) {
  await frames(3);
  resetCommits();
  window.timers.reset();
  const t0 = performance.now();
  await new Promise((resolve) => window.timers.untracked(resolve, ms));
  const seconds = (performance.now() - t0) / 1000;
  const all = commits.byId.get('all') ?? { count: 0, ms: 0 };
  const rendered = [...commits.byId].filter(([id]) => id !== 'all').map(([, seen]) => seen.count);
  const renders = rendered.reduce((a, b) => a + b, 0);
  return {
    countdowns: n,
    seconds,
    commits: all.count,
    renderMs: all.ms,
    renders,
    renderMsEach: renders > 0 ? all.ms / renders : 0,
    rendersPerCountdownPerSecond: renders / n / seconds,
    maxRendersOfOneCountdownPerSecond: Math.max(0, ...rendered) / seconds,
    ...window.timers.snapshot(),
  };
}

createRoot(document.getElementById('root')).render(<App />);
window.bench = { observe };
