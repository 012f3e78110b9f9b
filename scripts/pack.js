// Packs the published packages exactly as `pnpm publish` would (the manifest passes through
// .pnpmfile.cjs), and checks what a user would install: the files, the manifest, publint and attw.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpm = join(root, 'scripts', 'pnpm.mjs');
const bin = join(root, 'node_modules', '.bin');

/** The published packages, by folder. */
export const PACKAGES = ['core', 'react'];

/**
 * The TypeScript resolution profile the README promises, as attw checks it: node10, node16/nodenext
 * from ESM and bundler must be clean. From CommonJS the packages are ESM only: Node ≥ 20.19 `require()`s
 * them and TypeScript ≥ 5.8 allows it under `module: nodenext`, which attw does not model, so its
 * "ESM (dynamic import only)" warning for node16-from-CJS is the one rule left out.
 */
export const ATTW_ARGS = [
  '--profile',
  'strict',
  '--ignore-rules',
  'cjs-resolves-to-esm',
  '--format',
  'table-flipped',
];

/** Packs every published package into `destination` (built `dist/` expected); returns tarball paths by folder. */
export function packPackages(destination) {
  mkdirSync(destination, { recursive: true });
  const tarballs = {};
  for (const name of PACKAGES) {
    const out = execFileSync(
      process.execPath,
      [
        pnpm,
        '--dir',
        join('packages', name),
        'pack',
        '--config.ignore-scripts=true',
        '--json',
        '--pack-destination',
        destination,
      ],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    tarballs[name] = JSON.parse(out.slice(out.indexOf('{'))).filename;
  }
  return tarballs;
}

/** The files and the manifest inside a tarball. */
export function readTarball(tarball) {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-unpacked-'));
  try {
    execFileSync('tar', ['xzf', tarball, '-C', dir]);
    const files = [];
    const walk = (folder, prefix) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(join(folder, entry.name), path);
        else files.push(path);
      }
    };
    walk(join(dir, 'package'), '');
    const manifest = JSON.parse(readFileSync(join(dir, 'package', 'package.json'), 'utf8'));
    return { files, manifest };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What is wrong with one packed package, as sentences; empty when it is what a user should get. */
export function tarballProblems(name, { files, manifest }) {
  const problems = [];
  for (const file of ['LICENSE', 'README.md', 'package.json']) {
    if (!files.includes(file)) problems.push(`has no ${file}`);
  }
  for (const file of files) {
    if (/\.(test|test-d|stories)\.[cm]?[jt]sx?$|(^|\/)(test-utils|__mocks__)\//.test(file)) {
      problems.push(`ships ${file}, which only the repository's tests use`);
    }
  }
  for (const field of ['scripts', 'devDependencies']) {
    if (manifest[field] !== undefined) problems.push(`publishes "${field}"`);
  }
  if (JSON.stringify(manifest.exports ?? {}).includes('@faultline/source')) {
    problems.push('publishes the workspace-only "@faultline/source" export condition');
  }
  for (const field of ['repository', 'homepage', 'bugs', 'license']) {
    if (manifest[field] === undefined) problems.push(`has no "${field}"`);
  }
  if (manifest.engines?.node !== '>=20.19') problems.push('does not ask for Node >=20.19 in "engines"');
  for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
    if (!/^\^\d/.test(range)) problems.push(`depends on ${dependency} "${range}", not a caret range`);
  }
  if (name === 'react' && !files.includes('dist/styles.css.d.ts'))
    problems.push('has no type for styles.css');
  return problems;
}

/** Runs publint (strict) and attw (the README's profile) on a tarball; throws when either fails. */
export function lintTarball(tarball) {
  execFileSync(join(bin, 'publint'), ['run', '--strict', tarball], { stdio: 'inherit' });
  execFileSync(join(bin, 'attw'), [tarball, ...ATTW_ARGS], { stdio: 'inherit' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const destination = mkdtempSync(join(tmpdir(), 'faultline-pack-'));
  try {
    const tarballs = packPackages(destination);
    let failed = false;
    for (const name of PACKAGES) {
      const tarball = tarballs[name];
      const problems = tarballProblems(name, readTarball(tarball));
      for (const problem of problems) console.error(`@faultline/${name} tarball ${problem}`);
      failed ||= problems.length > 0;
      lintTarball(tarball);
    }
    if (failed) process.exit(1);
    console.log('pack: both tarballs hold what a user should install; publint and attw pass');
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}
