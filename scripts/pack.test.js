// What the tarball check reports about a packed package. Run by `npm test` (node --test).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tarballProblems } from './pack.js';

const manifest = {
  name: '@faultline/react',
  license: 'MIT',
  repository: { type: 'git', url: 'git+https://github.com/faultline/faultline.git' },
  homepage: 'https://github.com/faultline/faultline#readme',
  bugs: { url: 'https://github.com/faultline/faultline/issues' },
  engines: { node: '>=20.19' },
  exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
  dependencies: { '@faultline/core': '^0.1.0' },
};
const files = [
  'LICENSE',
  'README.md',
  'package.json',
  'dist/index.js',
  'dist/styles.css.d.ts',
  'src/index.ts',
];

describe('tarball check', () => {
  it('accepts a package as a user should install it', () => {
    assert.deepEqual(tarballProblems('react', { files, manifest }), []);
  });

  it('reports test helpers, tests and stories in the tarball', () => {
    const shipped = [...files, 'src/test-utils/axe.ts', 'src/Toaster.test.tsx', 'src/Toaster.stories.tsx'];
    assert.equal(tarballProblems('react', { files: shipped, manifest }).length, 3);
  });

  it('reports a manifest that keeps scripts, devDependencies or the source condition', () => {
    const leaky = {
      ...manifest,
      scripts: { build: 'tsc -p tsconfig.build.json' },
      devDependencies: { vitest: '^4.0.0' },
      exports: { '.': { '@faultline/source': './src/index.ts', default: './dist/index.js' } },
    };
    assert.equal(tarballProblems('react', { files, manifest: leaky }).length, 3);
  });

  it('reports an exact dependency on core and a missing licence, readme or repository', () => {
    const { repository: _repository, ...rest } = manifest;
    const exact = { ...rest, dependencies: { '@faultline/core': '0.1.0' } };
    const problems = tarballProblems('react', {
      files: ['package.json', 'dist/styles.css.d.ts'],
      manifest: exact,
    });
    assert.deepEqual(problems, [
      'has no LICENSE',
      'has no README.md',
      'has no "repository"',
      'depends on @faultline/core "0.1.0", not a caret range',
    ]);
  });
});
