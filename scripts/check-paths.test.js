// The outside-path check: what it reports and what it lets through. Run by `npm test` (node --test).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findOutsidePaths } from './check-paths.js';

// Paths are assembled from pieces so that this file does not itself read outside the repository.
const UP = '../';
const SHARED = 'shared/vectors/seed-envelopes.json';

describe('check-paths', () => {
  it('reports a test that reads the vectors beside the repository', () => {
    const text = `const file = new URL('${UP.repeat(4)}${SHARED}', import.meta.url);\n`;
    assert.deepEqual(findOutsidePaths('packages/core/src/seedVectors.test.ts', text), [
      { line: 1, path: `${UP.repeat(4)}${SHARED}` },
    ]);
  });

  it('reports an import that climbs above the root', () => {
    const text = `import a from './a.js';\nimport seed from '${UP.repeat(4)}${SHARED}';\n`;
    assert.equal(findOutsidePaths('packages/react/src/DialectMatrix.stories.tsx', text)[0]?.line, 2);
  });

  it('reports a package script that runs a file above the root', () => {
    const text = JSON.stringify({ scripts: { demo: `node ${UP.repeat(3)}scripts/x.mjs` } });
    assert.equal(findOutsidePaths('packages/core/package.json', text).length, 1);
  });

  it("reports '..' segments joined above the root", () => {
    const dots = "'..'";
    const text = `join(here, ${dots}, ${dots}, 'shared')`;
    assert.equal(findOutsidePaths('scripts/x.mjs', text).length, 1);
  });

  it('reads the CI script from the root it changes into', () => {
    assert.equal(findOutsidePaths('.ci/run', `cat ${UP}${SHARED}\n`).length, 1);
    assert.deepEqual(findOutsidePaths('.ci/run', 'cat ./packages/core/package.json\n'), []);
  });

  it("reports absolute paths into one machine's folders", () => {
    const work = ['', 'work', 'shared', 'x.json'].join('/');
    assert.equal(findOutsidePaths('bench/decode.js', `readFileSync('${work}')`).length, 1);
  });

  it('lets through every path that stays inside the repository', () => {
    const text = [
      `import { sourceConditions } from '${UP.repeat(2)}vitest.shared.ts';`,
      "const root = fileURLToPath(new URL('..', import.meta.url));",
      "const vectors = new URL('../test/vectors/seed-envelopes.json', import.meta.url);",
      "const bin = '/usr/bin/chromium';",
      "const href = 'https://example.com/work/shared';",
    ].join('\n');
    assert.deepEqual(findOutsidePaths('packages/core/src/x.test.ts', text), []);
  });
});
