// QUALITY.md's tables from a Stryker report. Run by `npm test` (node --test).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeRuns, mutantsOf, packageOf, renderQuality, tally } from './quality.js';

const at = (line) => ({ start: { line, column: 1 }, end: { line, column: 9 } });
const mutant = (status, line, extra = {}) => ({
  id: String(line),
  mutatorName: 'EqualityOperator',
  replacement: 'a <= b',
  location: at(line),
  status,
  ...extra,
});

const report = {
  projectRoot: '/repo',
  files: {
    '/repo/packages/core/src/duration.ts': {
      mutants: [mutant('Killed', 1), mutant('Killed', 2), mutant('Timeout', 3), mutant('Survived', 4)],
    },
    '/repo/packages/core/src/dialects/graphql.ts': {
      mutants: [
        mutant('Killed', 5),
        mutant('Ignored', 6, { statusReason: 'a NaN total is refused at the end' }),
        mutant('NoCoverage', 7),
        mutant('Ignored', 9, { statusReason: 'Static mutant (and "ignoreStatic" was enabled)' }),
      ],
    },
    '/repo/packages/react/src/query/retry.ts': { mutants: [mutant('CompileError', 8)] },
  },
};

describe('quality', () => {
  it('scores detected mutants over every mutant the tests could have detected', () => {
    const t = tally(mutantsOf(report));
    assert.deepEqual(
      { ...t, score: t.score?.toFixed(2) },
      { killed: 3, timeout: 1, survived: 1, noCoverage: 1, ignored: 2, errors: 1, score: '66.67' },
    );
  });

  it('has no score for a group with nothing the tests could detect', () => {
    assert.equal(tally([mutant('Ignored', 1), mutant('CompileError', 2)]).score, undefined);
  });

  it('names files relative to the project and groups them by package', () => {
    assert.deepEqual(
      mutantsOf(report).map((m) => m.file),
      [
        ...Array(4).fill('packages/core/src/duration.ts'),
        ...Array(4).fill('packages/core/src/dialects/graphql.ts'),
        'packages/react/src/query/retry.ts',
      ],
    );
    assert.equal(packageOf('packages/core/src/dialects/graphql.ts'), 'packages/core');
    assert.equal(packageOf('scripts/quality.js'), 'scripts');
  });

  it('writes the scores per package and per folder, and lists what was not detected and why', () => {
    const run = { date: '2026-11-30T17:20:00.000Z', load: 3.5, mutate: undefined, report };
    const text = renderQuality(report, { command: 'npm run test:mutation', runs: [run] });
    assert.match(text, /\| packages\/core \| 66\.7 % \| 3 \| 1 \| 1 \| 1 \| 2 \|/);
    assert.match(text, /\| packages\/react \| – \| 0 \| 0 \| 0 \| 0 \| 0 \|/);
    assert.match(text, /\| packages\/core\/src\/dialects \| 50\.0 % \| 1 \| 0 \| 0 \| 1 \| 2 \|/);
    assert.match(text, /\| packages\/core\/src \| 75\.0 % \| 2 \| 1 \| 1 \| 0 \| 0 \|/);
    assert.match(text, /- `packages\/core\/src\/duration\.ts:4` EqualityOperator → `a <= b` \(Survived\)/);
    assert.match(
      text,
      /- `packages\/core\/src\/dialects\/graphql\.ts:7` EqualityOperator → `a <= b` \(NoCoverage\)/,
    );
    assert.match(text, /graphql\.ts:6` EqualityOperator → `a <= b`: a NaN total is refused at the end/);
    assert.match(text, /## Static, not run \(1\)[\s\S]*- `packages\/core\/src\/dialects\/graphql\.ts`: 1/);
    assert.doesNotMatch(text, /graphql\.ts:9`/);
    assert.match(
      text,
      /4 of 6 mutants detected, from this run:\n\n- 2026-11-30 17:20 UTC, load average 3\.50 on 2 cores/,
    );
  });

  it('adds up runs of a few files each, every file as its latest run left it', () => {
    const first = { date: '2026-11-30T17:00:00.000Z', load: 2, mutate: undefined, report };
    const again = {
      date: '2026-11-30T18:00:00.000Z',
      load: 4,
      mutate: 'packages/core/src/duration.ts',
      report: {
        projectRoot: '/elsewhere',
        files: { '/elsewhere/packages/core/src/duration.ts': { mutants: [mutant('Killed', 4)] } },
      },
    };
    const merged = mergeRuns([again, first]);
    assert.deepEqual(
      mutantsOf(merged).map((m) => `${m.file}:${m.location.start.line} ${m.status}`),
      [
        'packages/core/src/duration.ts:4 Killed',
        'packages/core/src/dialects/graphql.ts:5 Killed',
        'packages/core/src/dialects/graphql.ts:6 Ignored',
        'packages/core/src/dialects/graphql.ts:7 NoCoverage',
        'packages/core/src/dialects/graphql.ts:9 Ignored',
        'packages/react/src/query/retry.ts:8 CompileError',
      ],
    );
    assert.equal(merged.files['packages/core/src/duration.ts'].run, again);
    const text = renderQuality(merged, {
      command: 'npm run test:mutation',
      runs: [first, again],
      changed: ['packages/core/src/dialects/graphql.ts'],
      unrun: ['packages/core/src/xml/xml.ts'],
    });
    assert.match(text, /from these 2 runs/);
    assert.match(
      text,
      /- 2026-11-30 18:00 UTC, load average 4\.00 on 2 cores: `--mutate packages\/core\/src\/duration\.ts`/,
    );
    assert.match(text, /\*\*Changed since their run\*\*[^\n]*`packages\/core\/src\/dialects\/graphql\.ts`/);
    assert.match(text, /\*\*Not run yet\*\*[^\n]*`packages\/core\/src\/xml\/xml\.ts`/);
  });
});
