#!/usr/bin/env node
// Runs the pinned pnpm with nothing installed by hand: fetches it into .tools/ with npm
// once, installs the workspace from the lockfile when it changed, then runs the arguments.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = pkg.packageManager.replace(/^pnpm@/, '').split('+')[0];
const tools = join(root, '.tools');
const bin = join(tools, 'node_modules', '.bin');
const pnpmBin = join(bin, process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function installedVersion() {
  try {
    return JSON.parse(readFileSync(join(tools, 'node_modules', 'pnpm', 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

if (installedVersion() !== version) {
  mkdirSync(tools, { recursive: true });
  writeFileSync(join(tools, 'package.json'), '{"private":true}\n');
  console.error(`faultline: fetching pnpm ${version} into .tools/`);
  execFileSync(
    npm,
    ['install', '--prefix', tools, '--no-save', '--no-audit', '--no-fund', `pnpm@${version}`],
    {
      stdio: 'inherit',
    },
  );
}

const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
const lock = join(root, 'pnpm-lock.yaml');
const stamp = join(root, 'node_modules', '.faultline-lock-hash');
const hash = existsSync(lock)
  ? createHash('sha256')
      .update(readFileSync(lock))
      .update(readFileSync(join(root, 'pnpm-workspace.yaml')))
      .digest('hex')
  : '';
const args = process.argv.slice(2);
const installing = args[0] === 'install' || args[0] === 'i' || args[0] === 'add';
if (!installing && (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash)) {
  const r = spawnSync(pnpmBin, ['install', '--frozen-lockfile'], { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(stamp, hash);
}
const r = spawnSync(pnpmBin, args, { cwd: root, stdio: 'inherit', env });
process.exit(r.status ?? 1);
