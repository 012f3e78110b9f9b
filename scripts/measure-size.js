// Measures bundles the way a user's build would ship them: esbuild, minified ESM, peers left out,
// then gzip at level 9. Shared by the size budgets (scripts/size.mjs) and the benchmark, so the
// figures of faultline and of its peers are taken by the same code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bytes of `data` after gzip at the highest level, as bundle-size tools report it. */
export function gzipSize(data) {
  return gzipSync(data, { level: 9 }).length;
}

/**
 * Bundles `source` (an ES module that re-exports what a user imports) with every name in `external`
 * left out, minified, and returns the minified and gzipped byte counts, with the minified bytes each
 * module contributes (largest first). Nothing is written to disk.
 */
export async function measureModule(source, { external = [], resolveDir = root, conditions = [] } = {}) {
  const result = await build({
    stdin: { contents: source, resolveDir, sourcefile: 'size-entry.mjs', loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    conditions,
    external,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    metafile: true,
    outdir: join(root, 'size-out'),
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const modules = Object.entries(inputs)
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  return { min: code.length, gzip: gzipSize(code), modules };
}

/**
 * The esbuild options a size scenario is bundled with (see {@link measureScenario}): minified ESM for
 * the browser, production mode, stylesheets as CSS, `external` left out, nothing written to disk.
 */
export function scenarioBuildOptions(external = []) {
  return {
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
    metafile: true,
    outdir: join(root, 'size-out'),
  };
}

/**
 * Bundles an entry file as a user's app would: esbuild resolves the packages it imports through
 * their `exports` maps (so the built `dist` is measured, never the source), leaves out `external`,
 * minifies, and emits the stylesheets the entry imports as CSS beside the JavaScript. Returns the
 * minified and gzipped byte counts of JavaScript and CSS together (each file gzipped on its own, as
 * a server sends it), each part on its own, and the minified bytes each module contributes.
 */
export async function measureScenario(file, { external = [] } = {}) {
  const result = await build({ entryPoints: [file], ...scenarioBuildOptions(external) });
  const js = { min: 0, gzip: 0 };
  const css = { min: 0, gzip: 0 };
  for (const output of result.outputFiles) {
    const part = output.path.endsWith('.css') ? css : js;
    part.min += output.contents.length;
    part.gzip += gzipSize(output.contents);
  }
  const modules = Object.values(result.metafile.outputs)
    .flatMap((output) => Object.entries(output.inputs ?? {}))
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  return { min: js.min + css.min, gzip: js.gzip + css.gzip, js, css, modules };
}

/** Minifies a CSS file with esbuild's CSS loader and returns the minified and gzipped byte counts. */
export async function measureCss(file) {
  const { code } = await transform(readFileSync(file, 'utf8'), { loader: 'css', minify: true });
  const bytes = Buffer.from(code);
  return { min: bytes.length, gzip: gzipSize(bytes) };
}

/** A path to use inside a generated `import` statement: absolute, with forward slashes. */
export function importPath(file) {
  return file.split('\\').join('/');
}

/**
 * The JavaScript a browser fetches before the first render of a Vite build: the module scripts of
 * `index.html` and the chunks it preloads (Vite lists every static import as `modulepreload`).
 * Lazy chunks (`import()`) are not counted.
 */
export function initialScripts(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModule = /^<script\b/.test(tag) && /\btype=["']module["']/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /\brel=["']modulepreload["']/.test(tag);
    if (!isModule && !isPreload) continue;
    const ref = /\b(?:src|href)=["']([^"']+)["']/.exec(tag)?.[1];
    if (!ref || /^[a-z]+:\/\//i.test(ref)) continue;
    // With a `base` such as /app/, the path starts with it: drop leading segments until the file is found.
    const segments = ref
      .split(/[?#]/)[0]
      .split('/')
      .filter((s) => s !== '' && s !== '.');
    let file = join(distDir, ...segments);
    while (!existsSync(file) && segments.length > 1) {
      segments.shift();
      file = join(distDir, ...segments);
    }
    files.add(file);
  }
  return [...files];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Bytes of `code` that each source of its source map produced, from the map's mappings (a segment
 * owns the columns up to the next segment). Used to say what fills a bundle.
 */
export function bytesPerSource(code, map) {
  const lines = code.split('\n');
  const owned = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, row) => {
    const text = lines[row] ?? '';
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      segments.push({ column, source: values.length > 1 ? source : undefined });
    }
    segments.forEach((seg, i) => {
      if (seg.source === undefined) return;
      const end = i + 1 < segments.length ? segments[i + 1].column : text.length;
      const name = map.sources[seg.source] ?? '?';
      owned.set(name, (owned.get(name) ?? 0) + Math.max(0, end - seg.column));
    });
  });
  return owned;
}

/** Groups bundle inputs by what a reader cares about: the npm package, or the workspace folder. */
export function groupModules(entries) {
  const groups = new Map();
  for (const [path, bytes] of entries) {
    const clean = path.replace(/\\/g, '/');
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(clean)?.[1];
    const workspace = /(?:^|\/)((?:packages|apps)\/[^/]+)\//.exec(clean)?.[1];
    const name = pkg ?? (workspace ? `${workspace}/src` : clean.replace(/^(\.\.\/)+/, ''));
    groups.set(name, (groups.get(name) ?? 0) + bytes);
  }
  return [...groups].map(([path, bytes]) => ({ path, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/**
 * Sums the minified and gzipped sizes of the initial scripts of a Vite build. Each file is gzipped
 * on its own, as a server sends it. When the build wrote source maps, `modules` says which packages
 * fill those scripts (minified bytes).
 */
export function measureInitialJs(distDir) {
  const files = initialScripts(distDir);
  let min = 0;
  let gzip = 0;
  const sources = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    min += bytes.length;
    gzip += gzipSize(bytes);
    if (existsSync(`${file}.map`)) {
      const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
      sources.push(...bytesPerSource(bytes.toString('utf8'), map));
    }
  }
  return { min, gzip, files: files.map((f) => relative(distDir, f)), modules: groupModules(sources) };
}

/** Formats a byte count the way the budgets are written: `3.41 KB` (1 KB = 1,024 bytes). */
export function formatBytes(bytes) {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(2)} KB`;
}

/** Parses a budget such as `4 KB`, `110 KB` or `900 B` into bytes (1 KB = 1,024 bytes). */
export function parseLimit(limit) {
  const m = /^\s*([\d.]+)\s*(B|KB|kB)?\s*$/.exec(String(limit));
  if (!m) throw new Error(`size: cannot read the limit "${limit}" (write it as "4 KB" or "900 B")`);
  return Math.round(Number(m[1]) * (m[2] && m[2] !== 'B' ? 1024 : 1));
}

function peersOf(packageJsonFile) {
  const pkg = JSON.parse(readFileSync(packageJsonFile, 'utf8'));
  // A peer's subpaths (react/jsx-runtime, react-dom/client) are the peer too.
  return Object.keys(pkg.peerDependencies ?? {}).flatMap((name) => [name, `${name}/*`]);
}

function reexport(names, from) {
  return names === '*' ? `export * from '${from}';` : `export { ${names.join(', ')} } from '${from}';`;
}

/**
 * Builds a Vite app into a temporary folder with its own config and returns the size of its
 * initial scripts. The app's own `dist` is left alone (the end-to-end run owns it).
 */
export function measureViteApp(appDir) {
  const vite = [
    join(appDir, 'node_modules', 'vite', 'bin', 'vite.js'),
    join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
  ].find(existsSync);
  if (!vite) throw new Error(`size: vite is not installed for ${relative(root, appDir)}`);
  const outDir = mkdtempSync(join(tmpdir(), 'faultline-size-'));
  try {
    const r = spawnSync(
      process.execPath,
      [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: appDir,
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1' },
      },
    );
    if (r.status !== 0) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the colours of the build's output
      const plain = (r.stderr || r.stdout).replace(/\x1b\[[0-9;]*m/g, '');
      const output = plain.split('\n').slice(0, 12).join('\n');
      throw new Error(`size: the build of ${relative(root, appDir)} failed\n${output}`);
    }
    return measureInitialJs(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Measures one entry of a size list. An entry names what a user imports:
 * `{ entry, external }` for a scenario (an entry file bundled as an app would, CSS included),
 * `{ package, from, import }` for built workspace files (`from` is one path or several imported
 * together; `import` is `'*'` or a list of names),
 * `{ module, import }` for an installed package such as a peer library, `{ package, css }` or
 * `{ module, css }` for a stylesheet, or `{ app }` for a Vite app's initial scripts. Peer
 * dependencies of the package are always left out; `external` adds more.
 * Throws when the file to measure does not exist.
 */
export async function measureEntry(entry) {
  if (entry.entry) {
    const file = join(root, entry.entry);
    if (!existsSync(file)) throw new Error(`size: ${entry.entry} does not exist`);
    // `lazy`: files the entry loads with `import()`, left out as a bundler that splits chunks leaves
    // them out of what loads with the page.
    const external = [
      ...(entry.external ?? []).flatMap((name) => [name, `${name}/*`]),
      ...(entry.lazy ?? []).map((path) => join(root, path)),
    ];
    const size = await measureScenario(file, { external });
    if (!entry.base) return size;
    // What the entry adds to the same app without it: the growth an app sees.
    const base = await measureScenario(join(root, entry.base), { external });
    const less = (a, b) => ({ min: a.min - b.min, gzip: a.gzip - b.gzip });
    const shared = new Set(base.modules.map((m) => m.path));
    return {
      ...less(size, base),
      js: less(size.js, base.js),
      css: less(size.css, base.css),
      modules: size.modules.filter((m) => !shared.has(m.path)),
    };
  }
  if (entry.app) {
    const appDir = join(root, entry.app);
    if (!existsSync(join(appDir, 'index.html')))
      throw new Error(`size: ${entry.app}/index.html does not exist`);
    return measureViteApp(appDir);
  }
  const packageName = entry.module
    ?.split('/')
    .slice(0, entry.module.startsWith('@') ? 2 : 1)
    .join('/');
  const packageDir = entry.package ? join(root, entry.package) : join(root, 'node_modules', packageName);
  if (!existsSync(join(packageDir, 'package.json'))) {
    throw new Error(`size: ${entry.package ?? entry.module} is not there`);
  }
  if (entry.css) {
    const file = join(packageDir, entry.css);
    if (!existsSync(file))
      throw new Error(`size: ${relative(root, file)} does not exist (run the build first)`);
    return measureCss(file);
  }
  const external = [...peersOf(join(packageDir, 'package.json')), ...(entry.external ?? [])];
  if (entry.package) {
    const files = [entry.from].flat().map((from) => join(packageDir, from));
    const missing = files.find((file) => !existsSync(file));
    if (missing) throw new Error(`size: ${relative(root, missing)} does not exist (run the build first)`);
    return measureModule(files.map((file) => reexport(entry.import, importPath(file))).join('\n'), {
      external,
    });
  }
  return measureModule(reexport(entry.import, entry.module), { external });
}
