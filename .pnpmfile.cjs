// The manifest a user installs: pnpm pack and pnpm publish pass each package.json through this hook.
// It keeps what an installed package needs and drops what only this workspace uses.

/** The export condition that points the workspace's tools at TypeScript source; never published. */
const SOURCE_CONDITION = '@faultline/source';

/** An exports map without the workspace-only source condition, at any depth. */
function withoutSourceCondition(exports) {
  if (exports === null || typeof exports !== 'object' || Array.isArray(exports)) return exports;
  const clean = {};
  for (const [key, value] of Object.entries(exports)) {
    if (key !== SOURCE_CONDITION) clean[key] = withoutSourceCondition(value);
  }
  return clean;
}

/** The published manifest: no scripts, no devDependencies, no source condition. */
function beforePacking(manifest) {
  const { scripts: _scripts, devDependencies: _devDependencies, ...published } = manifest;
  if (published.exports !== undefined) published.exports = withoutSourceCondition(published.exports);
  return published;
}

module.exports = { hooks: { beforePacking } };
