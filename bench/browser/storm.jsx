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
    toastSelector: '.fl-toast',
    summarySelector: '.fl-toast[data-summary]',
    regionSelector: '.fl-toaster',
  },
  sonner: {
    element: () => <SonnerToaster visibleToasts={cap} />,
    // What a sonner user writes for an API error: the message, and the request id beneath it.
    raise: (error) =>
      sonnerToast.error(error.message, {
        description: error.requestId ? `Request ID: ${error.requestId}` : undefined,
      }),
    toastSelector: '[data-sonner-toast]',
    // sonner has no summary: every error is a toast of its own.
    summarySelector: undefined,
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

const container = document.getElementById('root');
createRoot(container).render(
  <Profiler id="toaster" onRender={onRender}>
    {lib.element()}
  </Profiler>,
);
window.bench = { storm };
