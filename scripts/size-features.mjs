#!/usr/bin/env node
// What each feature costs in "the whole kit" (size-budgets.json), run after the build:
// `node scripts/size-features.mjs`. The whole kit is bundled again without the feature, by the same
// code as the size budgets, and the difference is printed (min+gzip, JavaScript and CSS).
// - A feature that is a set of exports is measured exactly: the entry re-exports every name of the
//   kit but those (what an app that never imports them ships).
// - A feature that lives inside other parts is measured by replacing its module with no-op exports:
//   the module's own bytes and what only it uses, not the calls to it in the parts (a lower bound).
// Features without a module of their own (trace ids in the header reader, the JSON form inside the
// model, toast.promise inside toast.ts) are not measured here; size-budgets.json tells their cost when
// they landed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { formatBytes, gzipSize, root } from './measure-size.js';

const { budgets } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
const kit = budgets.find((b) => b.entry === 'scripts/size/whole-kit.js');
const external = kit.external.flatMap((name) => [name, `${name}/*`]);
const dist = join(root, 'packages/react/dist');
const entries = {
  '@faultline/react': 'index.js',
  '@faultline/react/query': 'query/index.js',
  '@faultline/react/hook-form': 'hook-form/index.js',
};
const names = {};
for (const [from, file] of Object.entries(entries)) {
  if (!existsSync(join(dist, file)))
    throw new Error(`size-features: ${file} is not built (run the build first)`);
  names[from] = Object.keys(await import(pathToFileURL(join(dist, file)).href));
}

/** The whole kit's entry without the names in `leave` (and without the stylesheet when `css` is false). */
function entry(leave = [], css = true) {
  const lines = css ? [`import '@faultline/react/styles.css';`] : [];
  for (const [from, all] of Object.entries(names)) {
    const kept = all.filter((name) => !leave.includes(name));
    if (kept.length > 0) lines.push(`export { ${kept.join(', ')} } from '${from}';`);
  }
  return lines.join('\n');
}

/** min+gzip bytes (JS + CSS) of `source`, with the modules in `stubs` (path suffix → source) replaced. */
async function measure(source, stubs = {}) {
  const replaced = new Set();
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'features-entry.mjs', loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    external,
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'css' },
    logLevel: 'silent',
    outdir: join(root, 'size-out'),
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
  if (missing.length > 0) throw new Error(`size-features: no module ${missing.join(', ')} in the whole kit`);
  return result.outputFiles.reduce((sum, file) => sum + gzipSize(file.contents), 0);
}

const noop = (exports) => exports.map((name) => `export const ${name} = () => {};`).join('\n');

const FEATURES = [
  [
    'storms, offline and hidden tabs (stormControl and its exports)',
    { leave: ['stormControl', 'SummaryList', 'defaultStormMessages', 'useOnlineStatus', 'browserOnline'] },
  ],
  ['TanStack Query integration (all of /query)', { leave: names['@faultline/react/query'] }],
  ['  useRefresh', { leave: ['useRefresh'] }],
  ['  apiFetch', { leave: ['apiFetch'] }],
  ['react-hook-form bridge (/hook-form)', { leave: names['@faultline/react/hook-form'] }],
  ['server functions (actionError, formValues)', { leave: ['actionError', 'formValues'] }],
  ['PendingButton', { leave: ['PendingButton', 'pendingButtonProps'] }],
  ['retryableLazy', { leave: ['retryableLazy'] }],
  ['faultlineRootOptions', { leave: ['faultlineRootOptions'] }],
  ['createDecoder (a decoder you assemble)', { leave: ['createDecoder'] }],
  ['styles.css', { css: false }],
  [
    'onReport (provider/report.js; its calls stay)',
    {
      stubs: {
        'react/dist/provider/report.js': `import { createContext } from 'react';\n${noop(['markReported', 'report', 'useReference', 'useReport', 'useReportToasts'])}\nexport const PresentedError = createContext(undefined);`,
      },
    },
  ],
  [
    'live regions (provider/LiveAnnouncer.js; its calls stay)',
    { stubs: { 'react/dist/provider/LiveAnnouncer.js': noop(['createAnnouncer', 'LiveRegions']) } },
  ],
  [
    'devtools capture (internal/seen.js; its calls stay)',
    { stubs: { 'react/dist/internal/seen.js': noop(['seen']) } },
  ],
  [
    'chunk-load failures read as network (core decode/chunkLoad.js)',
    {
      stubs: {
        'core/dist/decode/chunkLoad.js':
          'export const isChunkLoadError = () => false;\nexport const unwrapPreloadError = (e) => e;',
      },
    },
  ],
];

const whole = await measure(entry());
console.log(`the whole kit: ${whole} bytes (${formatBytes(whole)})\n`);
console.log('bytes  feature');
for (const [label, { leave = [], css = true, stubs = {} }] of FEATURES) {
  const bytes = whole - (await measure(entry(leave, css), stubs));
  console.log(`${String(bytes).padStart(5)}  ${label}`);
}
