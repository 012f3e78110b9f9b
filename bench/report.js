// Renders bench/results/latest.json as BENCHMARKS.md: the machine, the method, the command, every
// figure with its peers beside it, and where faultline is behind.
import { formatBytes } from '../scripts/measure-size.js';

const ns = (value) => {
  if (value === undefined) return '–';
  if (value < 1000) return `${value.toFixed(0)} ns`;
  if (value < 1e6) return `${(value / 1000).toFixed(2)} µs`;
  return `${(value / 1e6).toFixed(2)} ms`;
};
const ops = (value) => (value === undefined ? '–' : Math.round(value).toLocaleString('en-US'));
const ms = (value) =>
  value === undefined
    ? '–'
    : `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms`;
const num = (value, digits = 0) =>
  value === undefined ? '–' : value.toLocaleString('en-US', { maximumFractionDigits: digits });
const times = (value) =>
  value === undefined || !Number.isFinite(value)
    ? '–'
    : `${value < 10 ? value.toFixed(2) : value.toFixed(0)}×`;
const mark = (ok) => (ok ? 'yes' : '**no**');
/** A Markdown table; `align` has one letter per column, `l` or `r` (the first column is left). */
const table = (header, rows, align = '') =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => ((align[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? '---' : '--:')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
const range = (runs, key, format) => {
  const values = runs.map((r) => r[key]);
  return `${format(Math.min(...values))} – ${format(Math.max(...values))}`;
};

function summary(r, behind) {
  const rows = [];
  const d = r.decode;
  if (d) {
    const floor = d.all.decode.nsPerOp / d.all.newError.nsPerOp;
    const ok = floor <= 2;
    rows.push([
      'Decode a parsed body',
      '≤ 2× `new Error()`',
      `${ns(d.all.decode.nsPerOp)} per body`,
      `\`new Error()\` ${ns(d.all.newError.nsPerOp)} → ${times(floor)}; \`JSON.parse\` ${ns(d.all.parse.nsPerOp)} → ${times(d.all.ratio)}`,
      mark(ok),
    ]);
    if (!ok) {
      behind.push(
        `**Decoding costs ${times(floor)} a bare \`new Error()\`, not ≤ 2×.** V8 captures a stack trace whenever ` +
          `an \`Error\` is built, and \`new Error(message)\` alone costs ${ns(d.all.newError.nsPerOp)} here ` +
          `(${times(d.all.newError.nsPerOp / d.all.parse.nsPerOp)} a \`JSON.parse\` of the body). With stack capture off ` +
          `(\`Error.stackTraceLimit = 0\`) \`decodeError\` costs ${ns(d.all.decodeNoStack.nsPerOp)}, so the stack trace is ` +
          `${Math.round((1 - d.all.decodeNoStack.nsPerOp / d.all.decode.nsPerOp) * 100)} % of a decode. Building the ` +
          '`ApiError` itself (its fields and the frozen copies of headers and field errors on top of the `Error`) ' +
          'costs about 1.3× a bare `Error` (instruction counts), so 2× would leave the whole reading under ¾ of an ' +
          '`Error`. The reading is already one pass per object: each object of the body becomes one map of its ' +
          'members (names remembered in their plain form), the generic reader takes message, code and the ' +
          'validation hint from one scan of each error object, and the common reader reuses the maps of the body ' +
          "and its `error`. What is left, by V8's CPU profile of this set: garbage collection a tenth to a fifth, " +
          'telling whether a text only restates a reason phrase about 7 % (each candidate message is lower-cased ' +
          'and stripped twice), the header modules about 7 %, the generic and common readers about 15 %, the ' +
          'pipeline and the copy of the reading the rest. Matching each member against a precomputed table of ' +
          'names, instead of asking the map for each name, was measured slower (1.035×) and 0.1 KB larger. ' +
          'Instructions a body (callgrind, V8 `--predictable`, the 50 JSON seed bodies): 136k at c748611, 110k with the ' +
          'readers as above; `new Error()` 18.6k. ' +
          '`ApiError` stays a real `Error` with its stack (it is thrown from query functions and caught by ' +
          `boundaries). In absolute terms a decode is ${ns(d.all.decode.nsPerOp)}, once per failed request.`,
      );
    }
    rows.push([
      '`fromResponse` on a `Response`',
      'beside `response.json()`',
      `${ns(d.response.fromResponse.nsPerOp)}`,
      `\`response.json()\` ${ns(d.response.json.nsPerOp)} → ${times(d.response.ratio)}`,
      'reported',
    ]);
    if (d.response.ratio > 1) {
      const decodePart = d.all.decode.nsPerOp;
      behind.push(
        `\`fromResponse\` costs ${times(d.response.ratio)} \`response.json()\` (${ns(d.response.fromResponse.nsPerOp)} ` +
          `against ${ns(d.response.json.nsPerOp)}). It does what \`json()\` does and then decodes ` +
          `(about ${ns(decodePart)} of it, above), and it reads the body through a stream reader with a 1 MB ` +
          'cap and decodes the text itself, so that an HTML page, an empty body or a broken stream still ' +
          'gives an `ApiError` instead of a rejected promise.',
      );
    }
  }
  const s = r.storm;
  if (s) {
    for (const kind of ['equal', 'distinct']) {
      const f = s[kind]?.faultline;
      const p = s[kind]?.sonner;
      if (!f || !p) continue;
      const domOk = f.toastsInDom <= s.visibleCap;
      rows.push([
        `Storm, 1,000 ${kind} errors: toasts in the DOM`,
        `≤ visible cap (${s.visibleCap})`,
        num(f.toastsInDom),
        `sonner ${num(p.toastsInDom)}`,
        mark(domOk),
      ]);
      if (kind === 'distinct' && f.summariesInDom !== undefined) {
        rows.push([
          'Storm, 1,000 distinct errors: summary toasts',
          'exactly 1',
          num(f.summariesInDom),
          'sonner has none: every error is a toast',
          mark(f.summariesInDom === 1),
        ]);
        if (f.summariesInDom !== 1)
          behind.push(
            `With 1,000 distinct errors faultline showed ${f.summariesInDom} summary toasts, not 1.`,
          );
      }
      const speedup = p.settleMs / f.settleMs;
      rows.push([
        `Storm, 1,000 ${kind} errors: time to settle`,
        '≥ 5× faster than sonner',
        ms(f.settleMs),
        p.timedOut
          ? `sonner had not settled after ${ms(p.settleMs)} in some runs → at least ${times(speedup)} faster`
          : `sonner ${ms(p.settleMs)} → ${times(speedup)} faster`,
        mark(speedup >= 5),
      ]);
      if (
        f.firstChangeMs !== undefined &&
        p.firstChangeMs !== undefined &&
        f.firstChangeMs > p.firstChangeMs
      ) {
        behind.push(
          `With 1,000 ${kind} errors sonner changes the screen first (${ms(p.firstChangeMs)} against ` +
            `${ms(f.firstChangeMs)}): it renders each toast as it is raised (\`flushSync\`), while ` +
            'faultline queues all of them and renders once; faultline is done long before sonner is.',
        );
      }
      if (!domOk)
        behind.push(
          `With 1,000 ${kind} errors faultline left ${f.toastsInDom} toasts in the DOM, over the cap of ${s.visibleCap}.`,
        );
      if (speedup < 5)
        behind.push(
          `With 1,000 ${kind} errors faultline settled only ${times(speedup)} faster than sonner, short of 5×.`,
        );
    }
  }
  const o = r.offline;
  if (o?.faultline && o.sonner) {
    const n = num(o.requests);
    const f = o.faultline;
    const p = o.sonner;
    rows.push([
      `Offline, ${n} requests fail: what is shown`,
      'one status, no error toast',
      `${num(f.down.statusesInDom)} status, ${num(f.down.toastsInDom)} toasts`,
      `sonner ${num(p.down.toastsInDom)} toasts in the DOM, no status`,
      mark(f.down.statusesInDom === 1 && f.down.toastsInDom === 0),
    ]);
    rows.push([
      `Offline, back online: requests tried again`,
      `all ${n}, once`,
      `${num(f.up.retried)} (${num(f.up.recovered)} answered)`,
      `sonner ${num(p.up.retried)}: each toast has its own Try again`,
      mark(f.up.retried === o.requests && f.up.recovered === o.requests),
    ]);
    if (f.down.statusesInDom !== 1 || f.down.toastsInDom !== 0)
      behind.push(
        `Offline, faultline showed ${f.down.statusesInDom} statuses and ${f.down.toastsInDom} toasts, not one status.`,
      );
    if (f.down.commits > p.down.commits)
      behind.push(
        `Offline, faultline commits once per failed request (${num(f.down.commits)} React commits for ${n} ` +
          `failures, sonner ${num(p.down.commits)}): the status counts what waits to be sent as each request ` +
          `fails. Each commit changes one text node (${num(f.down.mutations)} mutation records against ` +
          `sonner's ${num(p.down.mutations)}), and the blocking time stays at ${ms(f.down.blockingMs)}; a count ` +
          'updated once a frame would take the commits down to a handful.',
      );
    if (f.up.retried !== o.requests)
      behind.push(`Back online, faultline tried ${f.up.retried} of ${n} failed requests again, not all.`);
  }
  const c = r.countdown;
  if (c?.faultline) {
    const f = c.faultline;
    rows.push([
      '200 countdowns: timers pending at once',
      '1',
      num(f.maxPendingTimers),
      `one \`setInterval\` each: ${num(c.hand?.maxPendingTimers)}`,
      mark(f.maxPendingTimers <= 1),
    ]);
    rows.push([
      '200 countdowns: renders per countdown per second',
      '≤ 1',
      num(f.maxRendersOfOneCountdownPerSecond, 2),
      `one \`setInterval\` each: ${num(c.hand?.maxRendersOfOneCountdownPerSecond, 2)}`,
      mark(f.maxRendersOfOneCountdownPerSecond <= 1.0001),
    ]);
    const h = c.hand;
    if (h && f.renderMsEach > 2 * h.renderMsEach) {
      behind.push(
        `Each \`<RetryCountdown>\` render costs ${(f.renderMsEach * 1000).toFixed(0)} µs against ` +
          `${(h.renderMsEach * 1000).toFixed(0)} µs for the hand-written countdown: it formats the wait in words with ` +
          '`Intl` formatters on each render and carries a live region and a labelled button. Over ' +
          `${f.seconds.toFixed(0)} s the 200 countdowns render ${num(f.renders)} times for ${ms(f.renderMs)} in all, ` +
          `against ${num(h.renders)} times for ${ms(h.renderMs)}.`,
      );
    }
    if (f.maxPendingTimers > 1)
      behind.push(`200 countdowns kept ${f.maxPendingTimers} timers pending at once, not 1.`);
    if (f.maxRendersOfOneCountdownPerSecond > 1.0001) {
      behind.push(
        `A countdown rendered up to ${num(f.maxRendersOfOneCountdownPerSecond, 2)} times a second, over 1.`,
      );
    }
  }
  const peers = r.size?.peers ?? [];
  const sonner = peers.find((e) => e.module === 'sonner');
  const hot = peers.find((e) => e.module === 'react-hot-toast');
  for (const e of r.size?.faultline ?? []) {
    if (e.limit === undefined) continue;
    const ok = e.gzip !== undefined && e.gzip <= e.limit;
    const toasts = e.entry?.endsWith('toasts-only.js');
    rows.push([
      `Size: ${e.name}${e.what ? ` (${e.what})` : ''}`,
      `≤ ${formatBytes(e.limit)} min+gzip`,
      e.error ? 'not measured' : formatBytes(e.gzip),
      toasts && sonner?.gzip && hot?.gzip
        ? `sonner ${formatBytes(sonner.gzip)}, react-hot-toast ${formatBytes(hot.gzip)}`
        : e.before
          ? `before: ${e.before}`
          : '',
      mark(ok),
    ]);
    if (e.error) behind.push(`${e.name} was not measured: ${e.error.split('\n')[0]}`);
    else if (!ok) {
      const top = (e.modules ?? [])
        .slice(0, 5)
        .map((m) => `\`${m.path.replace(/^.*?(packages\/|node_modules\/)/, '$1')}\` ${formatBytes(m.bytes)}`)
        .join(', ');
      const enforced =
        e.enforced === undefined
          ? ''
          : ` \`npm test\` enforces ${formatBytes(e.enforced)} so that growth still fails; size-budgets.json says what fills it.`;
      behind.push(
        `**${e.name} is ${formatBytes(e.gzip)} min+gzip, over its goal of ${formatBytes(e.limit)}.** ` +
          `Largest modules (minified, before gzip): ${top}.${enforced}`,
      );
    }
  }
  return table(['Goal', 'Target', 'faultline', 'Beside it', 'Met'], rows, 'lllll');
}

function decodeSection(d) {
  const a = d.all;
  const rp = d.response;
  const rel = (t) => times(t.nsPerOp / a.parse.nsPerOp);
  const main = table(
    ['Operation, per body (mean over the set)', 'time', 'ops/s', '× JSON.parse', '± (MAD)'],
    [
      [
        '`JSON.parse(text)` — the physical limit',
        ns(a.parse.nsPerOp),
        ops(a.parse.opsPerSec),
        '1×',
        `${a.parse.madPercent.toFixed(1)} %`,
      ],
      [
        '`decodeError({ status, headers, body })`, body parsed',
        ns(a.decode.nsPerOp),
        ops(a.decode.opsPerSec),
        rel(a.decode),
        `${a.decode.madPercent.toFixed(1)} %`,
      ],
      [
        '`decodeError` with stack capture off',
        ns(a.decodeNoStack.nsPerOp),
        ops(a.decodeNoStack.opsPerSec),
        rel(a.decodeNoStack),
        `${a.decodeNoStack.madPercent.toFixed(1)} %`,
      ],
      [
        '`new Error(message)` — the floor of any `Error`',
        ns(a.newError.nsPerOp),
        ops(a.newError.opsPerSec),
        rel(a.newError),
        `${a.newError.madPercent.toFixed(1)} %`,
      ],
    ],
  );
  const response = table(
    ['Operation, per response (mean over the set)', 'time', 'ops/s', '× `response.json()`', '± (MAD)'],
    [
      [
        '`new Response(text, init)` alone',
        ns(rp.construct.nsPerOp),
        ops(rp.construct.opsPerSec),
        times(rp.construct.nsPerOp / rp.json.nsPerOp),
        `${rp.construct.madPercent.toFixed(1)} %`,
      ],
      [
        '`new Response` + `await response.json()`',
        ns(rp.json.nsPerOp),
        ops(rp.json.opsPerSec),
        '1×',
        `${rp.json.madPercent.toFixed(1)} %`,
      ],
      [
        '`new Response` + `await fromResponse(response)`',
        ns(rp.fromResponse.nsPerOp),
        ops(rp.fromResponse.opsPerSec),
        times(rp.ratio),
        `${rp.fromResponse.madPercent.toFixed(1)} %`,
      ],
    ],
  );
  const per = table(
    ['vector', 'dialect', 'bytes', '`JSON.parse`', '`decodeError`', 'ratio'],
    d.perVector.map((v) => [
      `\`${v.id}\``,
      v.format,
      num(v.bytes),
      v.parse ? ns(v.parse.nsPerOp) : 'not JSON',
      ns(v.decode.nsPerOp),
      v.parse ? times(v.decode.nsPerOp / v.parse.nsPerOp) : '–',
    ]),
    'llrrrr',
  );
  return `## 1. Decode

**Method.** The ${d.vectors} seed vectors (\`packages/core/test/vectors/seed-envelopes.json\`; ${d.jsonVectors} have a JSON body).
For each body: \`JSON.parse\` of its text (what every client pays anyway: the physical limit), and
\`decodeError\` of the already-parsed body with its status and headers (a plain object, as the vectors
give them) and a fixed clock. The headline runs the whole set in one loop, so every dialect goes
through one call site as in an app. Each figure is the median of 25 batches of about 20 ms after
300 ms of warm-up (per-vector rows: 15 batches of 10 ms), each batch timed in CPU time of the
process (user + system, so other work on a shared machine does not count); ± is the median
absolute deviation. The
built \`@faultline/core\` (\`packages/core/dist\`) is measured. \`fromResponse\` is measured against
\`response.json()\` on a fresh \`Response\` per body (Node's undici \`Response\`); building the
\`Response\` is included in both and shown alone.

${main}

${response}

<details><summary>Every vector</summary>

${per}

</details>
`;
}

function stormSection(s) {
  const metrics = [
    ['Time until the screen settles (no DOM change for 100 ms)', 'settleMs', ms],
    ['First change on screen', 'firstChangeMs', ms],
    ['Raising the 1,000 toasts (the synchronous loop)', 'raiseMs', ms],
    ['React commits', 'commits', num],
    ['Time in React commits (Profiler actual duration)', 'commitMs', ms],
    ['DOM nodes added', 'domNodesAdded', num],
    ['Toasts in the DOM', 'toastsInDom', num],
    ['Summary toasts in the DOM ("N requests failed")', 'summariesInDom', num],
    ['DOM mutation records', 'mutations', num],
    ['Long tasks (> 50 ms)', 'longTasks', num],
    ['Time in long tasks', 'longTaskMs', ms],
    ['Blocking time (sum of long tasks beyond 50 ms)', 'blockingMs', ms],
    ['Longest task', 'longestTaskMs', ms],
  ];
  const blocks = ['equal', 'distinct'].map((kind) => {
    const f = s[kind]?.faultline;
    const p = s[kind]?.sonner;
    if (!f || !p) return '';
    const rows = metrics.map(([label, key, format]) => [label, format(f[key]), format(p[key])]);
    rows.push([
      'Settle, fastest – slowest run',
      range(f.runs, 'settleMs', ms),
      range(p.runs, 'settleMs', ms),
    ]);
    return `### 1,000 ${kind} errors in one tick\n\n${table(['', 'faultline `<Toaster>`', 'sonner `<Toaster>`'], rows)}\n`;
  });
  return `## 2. Toast storm (Chromium)

**Method.** One page, built with esbuild from the workspace source (production React with the
profiling build of \`react-dom/client\`, so \`<Profiler>\` counts commits at production speed), mounts
either faultline's \`<Toaster max={${s.visibleCap}} storms={stormControl()}>\` (its storm part on) or sonner's \`<Toaster visibleToasts={${s.visibleCap}}>\` under a
\`<Profiler>\`, in the system Chromium (headless, 1280×800) driven by Playwright. 1,000 errors are
decoded beforehand (503s with a request id; *equal* errors share code, message and request id,
*distinct* ones differ in all three), then raised in one synchronous loop: \`toast.error(error)\` for
faultline, \`toast.error(error.message, { description: 'Request ID: …' })\` for sonner, what its users
write. From the first call, a \`MutationObserver\` on \`<body>\` and a \`PerformanceObserver('longtask')\`
record; the screen has settled when the DOM has not changed for 100 ms (checked once a frame), and
the settle time is the last change. Each case runs ${s.equal?.faultline?.runs.length ?? '–'} times on a fresh page; the median is shown.
Sonner keeps every toast in the DOM and moves them as their timers run out, so it settles only once
its queue has drained; faultline shows at most ${s.visibleCap}, folds equal errors into one toast with a count, and
turns distinct errors beyond the cap (more than 3 within 2 s) into one summary toast, "N requests failed",
whose list of the failures (the newest 100, as data) is built only when its disclosure is opened.

${blocks.join('\n')}`;
}

function offlineSection(o) {
  const down = [
    ['Time until the screen settles (no DOM change for 100 ms)', 'settleMs', ms],
    ['All requests failed after', 'failMs', ms],
    ['Toasts in the DOM', 'toastsInDom', num],
    ['Offline statuses in the DOM ("You are offline")', 'statusesInDom', num],
    ['React commits', 'commits', num],
    ['DOM nodes added', 'domNodesAdded', num],
    ['DOM mutation records', 'mutations', num],
    ['Long tasks (> 50 ms)', 'longTasks', num],
    ['Blocking time (sum of long tasks beyond 50 ms)', 'blockingMs', ms],
  ];
  const up = [
    ['Time until the screen settles', 'settleMs', ms],
    ['Requests tried again by the toaster', 'retried', num],
    ['Of them answered', 'recovered', num],
    ['Toasts in the DOM afterwards', 'toastsInDom', num],
    ['Offline statuses in the DOM afterwards', 'statusesInDom', num],
    ['React commits', 'commits', num],
    ['Blocking time', 'blockingMs', ms],
  ];
  // A screen still changing after 60 s is said so, not given as a time.
  const cell = (result, key, format) =>
    key === 'settleMs' && result.timedOut ? `not settled after ${format(result[key])}` : format(result[key]);
  const rows = (metrics, part) =>
    metrics.map(([label, key, format]) => [
      label,
      cell(o.faultline[part], key, format),
      cell(o.sonner[part], key, format),
    ]);
  const header = ['', 'faultline `<Toaster storms>`', 'sonner `<Toaster>`'];
  const n = num(o.requests);
  return `## 3. Offline (Chromium)

**Method.** The storm page, in the browser's own offline mode (Playwright's
\`context.setOffline(true)\`: \`navigator.onLine\` is false and the \`offline\` event fires, as when the
network drops). ${n} \`fetch\` calls to the page's own server start at once; each fails with
"Failed to fetch" and is raised as the library's users do: \`toast.error(error, { request, onRetry })\`
for faultline (what the query integration does for a query), \`toast.error(error.message, { action:
{ label: 'Try again', onClick } })\` for sonner. The screen is measured as in the storm. Then the
network comes back (\`context.setOffline(false)\`), and the page is watched until the screen is quiet and
no request has started or ended for 300 ms. Median of ${o.faultline.down.runs.length} runs on fresh pages.

### ${n} requests fail with the network down

${table(header, rows(down, 'down'))}

### The network comes back

${table(header, rows(up, 'up'))}
`;
}

function countdownSection(c) {
  const metrics = [
    ['Timers pending at once (most)', 'maxPendingTimers', num],
    ['Timers pending at the end', 'pendingTimers', num],
    ['`setTimeout` calls', 'setTimeoutCalls', num],
    ['`setInterval` calls', 'setIntervalCalls', num],
    ['`requestAnimationFrame` calls', 'requestAnimationFrameCalls', num],
    ['Timer callbacks run', 'timerCallbacks', num],
    ['Renders per countdown per second (mean)', 'rendersPerCountdownPerSecond', (v) => num(v, 2)],
    ['Renders of the busiest countdown per second', 'maxRendersOfOneCountdownPerSecond', (v) => num(v, 2)],
    ['Countdown renders in all', 'renders', num],
    ['React commits', 'commits', num],
    ['Render time in all (Profiler actual duration)', 'renderMs', ms],
    [
      'Render time per countdown render',
      'renderMsEach',
      (v) => (v === undefined ? '–' : `${(v * 1000).toFixed(0)} µs`),
    ],
  ];
  const f = c.faultline;
  const h = c.hand;
  return `## 4. Countdowns (Chromium)

**Method.** 200 countdowns to instants 10 minutes away, staggered by 37 ms so that countdowns with
timers of their own tick at different moments, each under its own \`<Profiler>\`: faultline's
\`<RetryCountdown retryAt onRetry>\`, and beside it the recipe a user writes by hand (a
\`useEffect\` with its own one-second \`setInterval\` and \`useState\`). Before any script of the page
runs, \`setTimeout\`, \`setInterval\`, their \`clear…\` and \`requestAnimationFrame\` are wrapped to count
calls and pending timers (React schedules with \`MessageChannel\`, so what is counted is the
countdowns'). After mounting, counters are reset and the page is observed for
${f ? f.seconds.toFixed(1) : '3'} s. Median of ${f?.runs.length ?? '–'} runs.

${table(
  ['', 'faultline `<RetryCountdown>`', 'hand-written (`setInterval` each)'],
  metrics.map(([label, key, format]) => [label, f ? format(f[key]) : '–', h ? format(h[key]) : '–']),
)}
`;
}

function sizeSection(size) {
  const js = (e) => (e.css?.gzip ? formatBytes(e.js.gzip) : formatBytes(e.gzip));
  const css = (e) => (e.css?.gzip ? formatBytes(e.css.gzip) : '');
  const rows = size.faultline.map((e) => [
    e.what ? `${e.name}: ${e.what}` : e.name,
    e.error ? 'not measured' : formatBytes(e.min),
    e.error ? '–' : js(e),
    e.error ? '–' : css(e),
    e.error ? '–' : `**${formatBytes(e.gzip)}**`,
    e.before ?? '',
    e.limit === undefined ? '' : formatBytes(e.limit),
    e.enforced === undefined ? '' : formatBytes(e.enforced),
    e.limit === undefined ? '' : mark(!e.error && e.gzip <= e.limit),
  ]);
  const peers = size.peers.map((e) => [
    `${e.name} (${e.version})`,
    e.error ? 'not measured' : formatBytes(e.min),
    e.error ? '–' : formatBytes(e.gzip),
  ]);
  const f = size.features;
  const features = !f
    ? ''
    : f.error
      ? `What each feature costs in the whole kit was not measured: ${f.error.split('\n')[0]}\n`
      : `### What each feature costs in the whole kit

The whole kit bundled again without one feature (\`scripts/size-features.js\`), from an entry that names
each export (${formatBytes(f.whole)}). A feature that is a set of exports is measured exactly: what an
app that never imports them saves. One that lives inside the parts is measured by replacing its
module with a no-op, which leaves its calls in the parts: a lower bound. A part an app turns on costs
an app that does not turn it on nothing; the whole kit counts it, for it counts every export.

${table(
  ['feature', 'min+gzip', 'an app turns it on'],
  f.features.map((e) => [e.name, formatBytes(e.bytes), e.optIn ? 'yes' : '']),
  'lrl',
)}
`;
  return `## 5. Size

**Method.** Each scenario of \`size-budgets.json\` is an entry file under \`scripts/size/\` that imports
what an app of that kind imports. esbuild bundles it as a user's bundler would: the packages are
resolved through their \`exports\` maps to the built \`dist\` (never the source), minified, ESM,
browser, ES2022, \`process.env.NODE_ENV\` = \`"production"\`, with the peer dependencies (React,
react-dom, TanStack Query, react-hook-form) left out and \`@faultline/core\` included. The
stylesheet an entry imports comes out as CSS beside the JavaScript; each is gzipped at level 9 and
the two are added. The dashboard is built by Vite into a temporary folder and measured as the
scripts its \`index.html\` loads and preloads before the first render. sonner and react-hot-toast
are measured the same way, from an entry file that imports \`toast\` and \`Toaster\`: sonner carries
its CSS inside its JavaScript, react-hot-toast brings goober, a CSS-in-JS runtime. 1 KB = 1,024 bytes.
\`npm test\` fails when a scenario is over its limit (scripts/size.mjs).

${table(['scenario', 'min', 'JS gzip', 'CSS gzip', 'min+gzip', 'before issue 13', 'goal', 'enforced', 'within goal'], rows)}

${table(['The same toasts-only app with', 'min', 'min+gzip'], peers)}
${features ? `\n${features}` : ''}`;
}

/** The whole of BENCHMARKS.md for a set of results. */
export function renderReport(r) {
  const m = r.machine;
  const behind = [];
  const head = summary(r, behind);
  const sections = [
    r.decode && decodeSection(r.decode),
    r.storm && stormSection(r.storm),
    r.offline?.faultline && r.offline.sonner && offlineSection(r.offline),
    r.countdown && countdownSection(r.countdown),
    r.size && sizeSection(r.size),
  ].filter(Boolean);
  const text = `# Benchmarks

<!-- Written by \`npm run bench\` (bench/run.mjs); edits are overwritten. Raw figures: bench/results/latest.json. -->

faultline measured against what a user would pick instead, side by side in one run, and against
the physical limit. Run on ${r.date.slice(0, 10)}.

**Machine.** ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; ${m.os}; Node ${m.node}; Chromium ${m.chromium ?? '–'}
(headless); React ${m.react}, sonner ${m.sonner}, react-hot-toast ${m.reactHotToast}, esbuild ${m.esbuild}.
Load average when the run started: ${m.loadAverage ?? '–'} (on ${m.cores} cores; above that, other work shared the
CPU and the timings are slower and noisier than on an idle machine).

**Reproduce.**

\`\`\`sh
npm run bench                              # builds the packages, runs everything, rewrites this file
node bench/run.mjs --only decode --no-build  # one part: decode, size or browser
\`\`\`

The browser part needs Chromium at \`/usr/bin/chromium\` or \`CHROMIUM_PATH\`, and takes a few
minutes, almost all of it waiting for sonner to settle.

## Summary

${head}

## Where faultline is behind, and why

${behind.length > 0 ? behind.map((b) => `- ${b}`).join('\n') : '- Nowhere measured here.'}

${sections.join('\n')}`;
  return `${text.trimEnd()}\n`;
}
