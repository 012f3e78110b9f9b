// Bundle size of each size scenario of size-budgets.json and of the same toasts-only app built with
// the toast libraries a user would pick instead, all measured by the same code as the size budgets
// (scripts/measure-size.js): an entry file bundled as an app would, JavaScript and CSS gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureEntry, parseLimit, root } from '../scripts/measure-size.js';
import { measureFeatures } from '../scripts/size-features.js';

const REACT = ['react', 'react-dom'];

/** The toasts-only app with each peer library: the same two imports, its own way of styling. */
const PEERS = [
  {
    name: 'sonner · `toast` + `<Toaster/>` (CSS inside its JS)',
    entry: 'scripts/size/sonner.js',
    module: 'sonner',
  },
  {
    name: 'react-hot-toast · `toast` + `<Toaster/>` (with goober, its CSS-in-JS runtime)',
    entry: 'scripts/size/react-hot-toast.js',
    module: 'react-hot-toast',
  },
];

function versionOf(name) {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

async function measureAll(entries) {
  const out = [];
  for (const entry of entries) {
    try {
      out.push({ ...entry, ...(await measureEntry(entry)) });
    } catch (error) {
      out.push({ ...entry, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
}

/**
 * Measures every scenario and peer and returns the figures with the goal and limit of each, and what
 * each feature costs in the whole kit.
 */
export async function runSizeBench() {
  const { budgets } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
  const faultline = (await measureAll(budgets)).map((e) => ({
    ...e,
    limit: parseLimit(e.goal ?? e.limit),
    enforced: e.goal === undefined ? undefined : parseLimit(e.limit),
  }));
  const peers = (await measureAll(PEERS.map((p) => ({ ...p, external: REACT })))).map((e) => ({
    ...e,
    version: versionOf(e.module),
  }));
  // What each feature costs in the whole kit (scripts/size-features.js).
  const features = await measureFeatures().catch((error) => ({
    error: error instanceof Error ? error.message : String(error),
  }));
  return { faultline, peers, features };
}
