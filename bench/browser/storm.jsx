// The toast storm page: one toaster (faultline's or sonner's, chosen by ?lib=) under a <Profiler>,
// and window.bench.storm(kind, n) raising n errors in one tick and measuring until the screen is quiet.
import {
  decodeError,
  Toaster as FaultlineToaster,
  toast as faultlineToast,
  stormControl,
} from '@faultline/react';
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { Toaster as SonnerToaster, toast as sonnerToast } from 'sonner';
import '@faultline/react/styles.css';
import { commits, frames, onRender, resetCommits, watchLongTasks, watchMutations } from './measure.js';

const params = new URLSearchParams(location.search);
const cap = Number(params.get('cap') ?? 3);

// faultline with its storm part on: a burst beyond the cap becomes one summary toast.
const storms = stormControl();

const LIBRARIES = {
  faultline: {
    element: () => <FaultlineToaster max={cap} storms={storms} />,
    raise: (error) => faultlineToast.error(error),
    // A request that failed with a way to try it again, as the query integration raises it.
    raiseFailed: (error, request, retry) => faultlineToast.error(error, { request, onRetry: retry }),
    toastSelector: '.fl-toast',
    summarySelector: '.fl-toast[data-summary]',
    statusSelector: '.fl-offline',
    regionSelector: '.fl-toaster',
  },
  sonner: {
    element: () => <SonnerToaster visibleToasts={cap} />,
    // What a sonner user writes for an API error: the message, and the request id beneath it.
    raise: (error) =>
      sonnerToast.error(error.message, {
        description: error.requestId ? `Request ID: ${error.requestId}` : undefined,
      }),
    // What a sonner user writes for a failed fetch: its message, and a button to try again.
    raiseFailed: (error, _request, retry) =>
      sonnerToast.error(error.message, { action: { label: 'Try again', onClick: retry } }),
    toastSelector: '[data-sonner-toast]',
    // sonner has no summary and no offline status: every error is a toast of its own.
    summarySelector: undefined,
    statusSelector: undefined,
    regionSelector: '[data-sonner-toaster]',
  },
};

const lib = LIBRARIES[params.get('lib') ?? 'faultline'];

/** n errors decoded one by one: all equal in content, or all different (code, message, request id). */
function makeErrors(kind, n) {
  return Array.from({ length: n }, (_, i) => {
    const id = kind === 'equal' ? 'req_storm' : `req_storm_${i}`;
    return decodeError({
      status: 503,
      headers: { 'content-type': 'application/json', 'x-request-id': id },
      body: {
        error: {
          code: kind === 'equal' ? 'upstream_unavailable' : `upstream_${i}_unavailable`,
          message:
            kind === 'equal'
              ? 'The billing service is unavailable.'
              : `Shard ${i} of the billing service is unavailable.`,
        },
      },
    });
  });
}

function count(selector) {
  return document.querySelectorAll(selector).length;
}

async function storm(kind, n) {
  const errors = makeErrors(kind, n);
  await frames(3);
  const nodesBefore = count('*');
  resetCommits();
  const longTasks = watchLongTasks();
  const mutations = watchMutations();
  const t0 = performance.now();
  for (const error of errors) lib.raise(error);
  const raisedAt = performance.now();
  const { firstChangeAt, lastChangeAt, mutations: changes, timedOut } = await mutations.quiet(raisedAt);
  // Long-task entries arrive a little after the task; give them a frame.
  await frames(2);
  const tasks = longTasks.stop();
  const region = document.querySelector(lib.regionSelector);
  return {
    settleMs: Math.max(lastChangeAt, raisedAt) - t0,
    firstChangeMs: firstChangeAt ? firstChangeAt - t0 : undefined,
    raiseMs: raisedAt - t0,
    timedOut,
    mutations: changes,
    commits: commits.count,
    commitMs: commits.ms,
    domNodesAdded: count('*') - nodesBefore,
    toasterNodes: region ? region.querySelectorAll('*').length + 1 : 0,
    toastsInDom: count(lib.toastSelector),
    summariesInDom: lib.summarySelector ? count(lib.summarySelector) : 0,
    longTasks: tasks.count,
    longTaskMs: tasks.totalMs,
    blockingMs: tasks.blockingMs,
    longestTaskMs: tasks.longestMs,
  };
}

// The offline case: the browser's own offline mode (Playwright's context.setOffline) is on, and n
// requests fail at once, each with "Failed to fetch"; then the network comes back.
const requests = { sent: 0, ok: 0 };

function request(i) {
  requests.sent++;
  const path = `/api/items/${i}`;
  return fetch(path).then(
    () => {
      requests.ok++;
    },
    (error) => {
      lib.raiseFailed(error, `GET ${path}`, () => request(i));
    },
  );
}

async function measureChange(start) {
  await frames(3);
  const nodesBefore = count('*');
  resetCommits();
  const longTasks = watchLongTasks();
  const mutations = watchMutations();
  return async (t0, doneAt) => {
    const { firstChangeAt, lastChangeAt, mutations: changes, timedOut } = await mutations.quiet(doneAt);
    await frames(2);
    const tasks = longTasks.stop();
    return {
      settleMs: Math.max(lastChangeAt, doneAt) - t0,
      firstChangeMs: firstChangeAt ? firstChangeAt - t0 : undefined,
      timedOut,
      mutations: changes,
      commits: commits.count,
      commitMs: commits.ms,
      domNodesAdded: count('*') - nodesBefore,
      toastsInDom: count(lib.toastSelector),
      summariesInDom: lib.summarySelector ? count(lib.summarySelector) : 0,
      statusesInDom: lib.statusSelector ? count(lib.statusSelector) : 0,
      longTasks: tasks.count,
      longTaskMs: tasks.totalMs,
      blockingMs: tasks.blockingMs,
      longestTaskMs: tasks.longestMs,
      start,
    };
  };
}

/** n requests while the browser is offline: each fails and is raised as the library's users do. */
async function offline(n) {
  if (navigator.onLine) throw new Error('bench: the browser is not offline');
  const done = await measureChange('offline');
  const t0 = performance.now();
  await Promise.all(Array.from({ length: n }, (_, i) => request(i)));
  const failedAt = performance.now();
  return { ...(await done(t0, failedAt)), failMs: failedAt - t0, sent: requests.sent, ok: requests.ok };
}

let back;
/** Starts watching before the network comes back; `online()` then says what changed. */
async function armOnline() {
  const done = await measureChange('online');
  const before = { ...requests };
  back = new Promise((resolve) => {
    window.addEventListener('online', () => resolve({ done, before, t0: performance.now() }), { once: true });
  });
}

/** After the network is back: until the screen is quiet and no retry is still in flight. */
async function online() {
  const { done, before, t0 } = await back;
  // What the toaster retries on its own when the network is back (none for a toaster without).
  let idleSince = performance.now();
  let last = requests.sent + requests.ok;
  while (performance.now() - idleSince < 300) {
    await frames(1);
    if (requests.sent + requests.ok !== last) {
      last = requests.sent + requests.ok;
      idleSince = performance.now();
    }
  }
  const result = await done(t0, performance.now() - 300);
  return { ...result, retried: requests.sent - before.sent, recovered: requests.ok - before.ok };
}

const container = document.getElementById('root');
createRoot(container).render(
  <Profiler id="toaster" onRender={onRender}>
    {lib.element()}
  </Profiler>,
);
window.bench = { storm, offline, armOnline, online };
