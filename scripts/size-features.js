#!/usr/bin/env node
// What each feature costs in "the whole kit" (size-budgets.json), after the build:
// `node scripts/size-features.js` prints it, and the benchmark (bench/sizes.js) puts it in
// BENCHMARKS.md. The whole kit is bundled again without the feature, by the same options as the size
// budgets, and the difference is the feature's cost (min+gzip, JavaScript and CSS).
// - A feature that is a set of exports is measured exactly: the entry re-exports every name of the
//   kit but those, which is what an app that never imports them ships.
// - A feature that lives inside the parts is measured by replacing its module with no-op exports:
//   the module's own bytes and what only it uses, without the calls to it in the parts (a lower
//   bound).
// Features without a module of their own (trace ids read from a body, toast.promise in toast.ts) are
// not measured here; size-budgets.json says what they cost when they landed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { formatBytes, gzipSize, root, scenarioBuildOptions } from './measure-size.js';

const DIST = join(root, 'packages/react/dist');
const ENTRIES = {
  '@faultline/react': 'index.js',
  '@faultline/react/query': 'query/index.js',
  '@faultline/react/hook-form': 'hook-form/index.js',
};

/**
 * The features measured: `leave` names exports the entry leaves out (`'/query'` every export of an
 * entry point), `css: false` leaves out the stylesheet, `stub` names a module (path under
 * `packages/`) whose exports become no-ops. `optIn`: a part an app turns on, so an app that does not pays nothing for it.
 */
const FEATURES = [
  {
    name: 'storms, offline and hidden tabs (`stormControl` and the part it turns on)',
    leave: ['stormControl', 'SummaryList', 'defaultStormMessages', 'useOnlineStatus', 'browserOnline'],
    optIn: true,
  },
  { name: 'TanStack Query integration (all of `/query`)', leave: ['/query'] },
  { name: '`useRefresh` (with `useRetryState`, which it uses)', leave: ['useRefresh', 'useRetryState'] },
  { name: '`apiFetch`', leave: ['apiFetch'] },
  { name: 'react-hook-form bridge (`/hook-form`)', leave: ['/hook-form'] },
  { name: 'server functions (`actionError`, `formValues`)', leave: ['actionError', 'formValues'] },
  { name: '`PendingButton`', leave: ['PendingButton', 'pendingButtonProps'] },
  { name: '`retryableLazy`', leave: ['retryableLazy'] },
  { name: '`faultlineRootOptions`', leave: ['faultlineRootOptions'] },
  { name: '`styles.css`', css: false },
  { name: '`onReport` (module only, its calls stay)', stub: 'react/dist/provider/report.js' },
  {
    name: 'live regions the provider owns (module only, its calls stay)',
    stub: 'react/dist/provider/LiveAnnouncer.js',
  },
  { name: 'devtools capture, `seen()` (module only, its calls stay)', stub: 'react/dist/internal/seen.js' },
  { name: 'trace ids read from headers (module only, its calls stay)', stub: 'core/dist/headers/trace.js' },
  {
    name: 'the JSON form of `ApiError` (module only, its calls stay)',
    stub: 'core/dist/model/ApiErrorJSON.js',
  },
  {
    name: 'chunk-load failures read as `network` (module only, its calls stay)',
    stub: 'core/dist/decode/chunkLoad.js',
  },
];

/** A module with the same exports as the built `packages/<path>`, each a no-op. */
async function noops(path) {
  const file = join(root, 'packages', path);
  if (!existsSync(file))
    throw new Error(`size-features: packages/${path} is not built (run the build first)`);
  const names = Object.keys(await import(pathToFileURL(file).href));
  return names.map((name) => `export const ${name} = () => {};`).join('\n');
}

/**
 * Measures the whole kit and, for each feature, how much less it is without it. Returns
 * `{ whole, features: [{ name, bytes, optIn }] }` (min+gzip bytes). Throws when the packages are not
 * built or a stubbed module is no longer in the kit.
 */
export async function measureFeatures() {
  const { budgets } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
  const kit = budgets.find((b) => b.entry === 'scripts/size/whole-kit.js');
  const external = kit.external.flatMap((name) => [name, `${name}/*`]);
  const names = {};
  for (const [from, file] of Object.entries(ENTRIES)) {
    if (!existsSync(join(DIST, file)))
      throw new Error(`size-features: ${file} is not built (run the build first)`);
    names[from] = Object.keys(await import(pathToFileURL(join(DIST, file)).href));
  }

  // The whole kit's entry, every export named, without those in `leave`.
  const entry = (leave = [], css = true) => {
    const lines = css ? [`import '@faultline/react/styles.css';`] : [];
    for (const [from, all] of Object.entries(names)) {
      if (leave.includes(from.replace('@faultline/react', ''))) continue;
      const kept = all.filter((name) => !leave.includes(name));
      if (kept.length > 0) lines.push(`export { ${kept.join(', ')} } from '${from}';`);
    }
    return lines.join('\n');
  };

  const measure = async (source, stubs = {}) => {
    const replaced = new Set();
    const result = await build({
      stdin: { contents: source, resolveDir: root, sourcefile: 'features-entry.mjs', loader: 'js' },
      ...scenarioBuildOptions(external),
      plugins: [
        {
          name: 'stub',
          setup(b) {
            b.onLoad({ filter: /\.js$/ }, ({ path }) => {
              const suffix = Object.keys(stubs).find((s) => path.replace(/\\/g, '/').endsWith(s));
              if (suffix === undefined) return undefined;
              replaced.add(suffix);
              return { contents: stubs[suffix], loader: 'js' };
            });
          },
        },
      ],
    });
    const missing = Object.keys(stubs).filter((s) => !replaced.has(s));
    if (missing.length > 0) throw new Error(`size-features: the whole kit has no ${missing.join(', ')}`);
    return result.outputFiles.reduce((sum, file) => sum + gzipSize(file.contents), 0);
  };

  const whole = await measure(entry());
  const features = [];
  for (const { name, leave, css, stub, optIn = false } of FEATURES) {
    const stubs = stub === undefined ? {} : { [stub]: await noops(stub) };
    features.push({ name, bytes: whole - (await measure(entry(leave, css), stubs)), optIn });
  }
  return { whole, features };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { whole, features } = await measureFeatures();
  console.log(`the whole kit, every export named: ${formatBytes(whole)} (${whole} bytes)\n`);
  for (const f of features) {
    console.log(
      `${formatBytes(f.bytes).padStart(9)}  ${f.name}${f.optIn ? ' — a part an app turns on' : ''}`,
    );
  }
}
