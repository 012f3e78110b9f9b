#!/usr/bin/env node
// Fails when a tracked file reads a path outside the repository: a relative path that climbs above
// the root (a package reading a folder beside the clone), or an absolute path into one machine's folders
// (`/work/…`, `/home/…`). A user's clone has nothing beside it, so such a read breaks their checkout.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files whose relative paths are read from the repository root (they `cd` there first), not their folder. */
const RUN_FROM_ROOT = new Set(['.ci/run']);
/** Extensions that are never read as text. */
const BINARY = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.ico', '.woff', '.woff2', '.tgz', '.gz']);
/**
 * Generated files that quote text written elsewhere: the lockfile names workspace links relative to
 * each importer, QUALITY.md quotes source comments (a `..` there is a comment's word, read by nobody).
 */
const SKIPPED = new Set(['pnpm-lock.yaml', 'QUALITY.md']);

/** A relative path that starts by climbing (`..`, `../x`), inside quotes or after a space. */
const CLIMB = /(?<=^|[\s'"`(=:,[])(\.\.(?:\/[^\s'"`)\],;]*)?)(?=$|[\s'"`)\],;])/gm;
/** Two or more `'..'` arguments in a row, as `path.join` takes them. */
const SEGMENTS = /(['"])\.\.\1(?:\s*,\s*(['"])\.\.\2)+/g;
/** An absolute path into a machine's own folders. */
const MACHINE = /(?<![\w.:/-])\/(?:work|home|root|Users|mnt|srv)\/[\w.-]/g;

/**
 * The places in one file's text that read outside the repository.
 * @param {string} file path of the file, relative to the repository root, with `/` separators
 * @param {string} text the file's contents
 * @returns {{ line: number, path: string }[]}
 */
export function findOutsidePaths(file, text) {
  const root = resolve('/repo');
  const base = RUN_FROM_ROOT.has(file) || extname(file) === '.sh' ? root : dirname(join(root, file));
  const found = [];
  const lineOf = (index) => text.slice(0, index).split('\n').length;
  const escapes = (path) => {
    const target = resolve(base, path);
    const rel = relative(root, target);
    return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  };
  for (const match of text.matchAll(CLIMB)) {
    const path = match[1];
    if (path !== undefined && escapes(path)) found.push({ line: lineOf(match.index), path });
  }
  for (const match of text.matchAll(SEGMENTS)) {
    const depth = match[0].split('..').length - 1;
    const path = Array.from({ length: depth }, () => '..').join('/');
    if (escapes(path)) found.push({ line: lineOf(match.index), path: match[0] });
  }
  for (const match of text.matchAll(MACHINE)) {
    found.push({ line: lineOf(match.index), path: text.slice(match.index).split(/[\s'"`)]/)[0] ?? '' });
  }
  return found.sort((a, b) => a.line - b.line);
}

/** Every tracked file's outside reads, as `file:line path` lines. */
export function checkRepository(repoRoot) {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && !SKIPPED.has(file) && !BINARY.has(extname(file).toLowerCase()));
  const problems = [];
  for (const file of files) {
    let text;
    try {
      text = readFileSync(join(repoRoot, file), 'utf8');
    } catch {
      continue; // deleted in the work tree but still in the index
    }
    for (const { line, path } of findOutsidePaths(file, text)) problems.push(`${file}:${line} ${path}`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
  const problems = checkRepository(repoRoot);
  if (problems.length > 0) {
    console.error('These tracked files read paths outside the repository (a clone has nothing beside it):');
    for (const problem of problems) console.error(`  ${problem}`);
    console.error('Copy what they need into the repository and read it from there.');
    process.exit(1);
  }
  console.log('check-paths: every tracked file reads inside the repository');
}
