// The records of mutation runs and QUALITY.md's tables written from them. Run by `npm test` (node --test).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  fingerprint,
  mergeRuns,
  packageOf,
  recordName,
  recordOf,
  renderQuality,
  slugOf,
  tally,
} from './quality.js';

const at = (line) => ({ start: { line, column: 3 }, end: { line, column: 9 } });
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
      source: 'export const a = 1;\n',
      mutants: [mutant('Killed', 1), mutant('Killed', 2), mutant('Timeout', 3), mutant('Survived', 4)],
    },
    '/repo/packages/core/src/dialects/graphql.ts': {
      source: 'export const b = 2;\n',
      mutants: [
        mutant('Killed', 5),
        mutant('Ignored', 6, { statusReason: 'a NaN total is refused at the end' }),
        mutant('NoCoverage', 7, { replacement: 'a || b' }),
        mutant('Ignored', 9, { statusReason: 'Static mutant (and "ignoreStatic" was enabled)' }),
      ],
    },
    '/repo/packages/react/src/query/retry.ts': { source: '', mutants: [mutant('CompileError', 8)] },
  },
};

const first = recordOf(report, { date: '2026-11-30T17:20:00.000Z', load: 3.5, mutate: undefined });

describe('mutation records', () => {
  it('keeps per file the count of each status, the undetected and the equivalent mutants, and no source', () => {
    assert.deepEqual(first.files['packages/core/src/dialects/graphql.ts'], {
      sha256: fingerprint('export const b = 2;\n'),
      killed: 1,
      timeout: 0,
      survived: 0,
      noCoverage: 1,
      ignored: 2,
      static: 1,
      errors: 0,
      undetected: [
        { line: 7, column: 3, mutator: 'EqualityOperator', replacement: 'a || b', status: 'NoCoverage' },
      ],
      equivalent: [
        {
          line: 6,
          column: 3,
          mutator: 'EqualityOperator',
          replacement: 'a <= b',
          reason: 'a NaN total is refused at the end',
        },
      ],
    });
    assert.deepEqual(Object.keys(first.files), [
      'packages/core/src/dialects/graphql.ts',
      'packages/core/src/duration.ts',
      'packages/react/src/query/retry.ts',
    ]);
    assert.equal(first.files['packages/react/src/query/retry.ts'].errors, 1);
    assert.doesNotMatch(JSON.stringify(first), /export const/);
    assert.equal('tests' in first, false);
  });

  it('names each record by its time and what it mutated, so runs on two branches add different files', () => {
    assert.equal(recordName(first), '2026-11-30T17-20-00Z-all.json');
    assert.equal(
      recordName({ date: '2026-11-30T18:05:09.123Z', mutate: 'packages/core/src/xml/**' }),
      '2026-11-30T18-05-09Z-packages-core-src-xml.json',
    );
    assert.equal(
      slugOf('packages/core/src/a.ts,packages/core/src/b.ts'),
      'packages-core-src-a-ts-packages-core-src-b-ts',
    );
    assert.equal(slugOf('x'.repeat(300)).length, 100);
  });

  it('records a file the run named with nothing to mutate as run, with no mutants, and shows it so', () => {
    const run = recordOf(report, {
      date: '2026-11-30T19:00:00.000Z',
      mutate: 'packages/core/src/index.ts,packages/core/src/duration.ts',
      unmutated: {
        'packages/core/src/index.ts': "export { a } from './duration.js';\n",
        'packages/core/src/duration.ts': 'not what the report holds',
      },
    });
    assert.deepEqual(run.files['packages/core/src/index.ts'], {
      sha256: fingerprint("export { a } from './duration.js';\n"),
      killed: 0,
      timeout: 0,
      survived: 0,
      noCoverage: 0,
      ignored: 0,
      static: 0,
      errors: 0,
      undetected: [],
      equivalent: [],
    });
    // A file the report holds keeps what the report says of it.
    assert.equal(run.files['packages/core/src/duration.ts'].sha256, fingerprint('export const a = 1;\n'));
    const text = renderQuality(mergeRuns([run]), { command: 'npm run test:mutation', runs: [run] });
    assert.equal('statics' in run, false);
    assert.match(text, /\| packages\/core\/src\/index\.ts \| no mutants \| 0 \| 0 \| 0 \| 0 \| 0 \|/);
    assert.match(text, /\| packages\/core\/src\/duration\.ts \| 75\.0 % \|/);
  });

  it('says of a run that tested the static mutants too that it did', () => {
    const run = recordOf(report, {
      date: '2026-11-30T19:00:00.000Z',
      mutate: 'packages/core/src/a.ts',
      statics: true,
    });
    assert.equal(run.statics, true);
    const text = renderQuality(mergeRuns([run]), { command: 'npm run test:mutation', runs: [run] });
    assert.match(text, /`--mutate packages\/core\/src\/a\.ts`, static mutants too$/m);
  });

  it('survives being written as JSON and read again', () => {
    const again = JSON.parse(JSON.stringify(first));
    const text = (run) => renderQuality(mergeRuns([run]), { command: 'npm run test:mutation', runs: [run] });
    assert.equal(text(again), text(first));
  });
});

describe('quality', () => {
  it('scores detected mutants over every mutant the tests could have detected', () => {
    const t = tally(Object.values(first.files));
    assert.deepEqual(
      { ...t, score: t.score?.toFixed(2) },
      { killed: 3, timeout: 1, survived: 1, noCoverage: 1, ignored: 2, static: 1, errors: 1, score: '66.67' },
    );
  });

  it('has no score for a group with nothing the tests could detect', () => {
    assert.equal(tally([first.files['packages/react/src/query/retry.ts']]).score, undefined);
  });

  it('groups files by package', () => {
    assert.equal(packageOf('packages/core/src/dialects/graphql.ts'), 'packages/core');
    assert.equal(packageOf('scripts/quality.js'), 'scripts');
  });

  it('writes the scores per package and per folder, and lists what was not detected and why', () => {
    const text = renderQuality(mergeRuns([first]), { command: 'npm run test:mutation', runs: [first] });
    assert.match(text, /\| packages\/core \| 66\.7 % \| 3 \| 1 \| 1 \| 1 \| 2 \|/);
    assert.match(text, /\| packages\/react \| – \| 0 \| 0 \| 0 \| 0 \| 0 \|/);
    assert.match(text, /\| packages\/core\/src\/dialects \| 50\.0 % \| 1 \| 0 \| 0 \| 1 \| 2 \|/);
    assert.match(text, /\| packages\/core\/src \| 75\.0 % \| 2 \| 1 \| 1 \| 0 \| 0 \|/);
    assert.match(text, /- `packages\/core\/src\/duration\.ts:4` EqualityOperator → `a <= b` \(Survived\)/);
    assert.match(
      text,
      /- `packages\/core\/src\/dialects\/graphql\.ts:7` EqualityOperator → `a \\\|\\\| b` \(NoCoverage\)/,
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
    const again = recordOf(
      {
        projectRoot: '/elsewhere',
        files: {
          '/elsewhere/packages/core/src/duration.ts': { source: 'x', mutants: [mutant('Killed', 4)] },
        },
      },
      {
        date: '2026-11-30T18:00:00.000Z',
        load: 4,
        mutate: 'packages/core/src/duration.ts',
        tests: 'packages/core/src/duration*.test.ts',
      },
    );
    const merged = mergeRuns([again, first]);
    assert.deepEqual(
      Object.entries(merged)
        .map(([file, { killed, survived, run }]) => [file, killed, survived, run.date])
        .sort(),
      [
        ['packages/core/src/dialects/graphql.ts', 1, 0, '2026-11-30T17:20:00.000Z'],
        ['packages/core/src/duration.ts', 1, 0, '2026-11-30T18:00:00.000Z'],
        ['packages/react/src/query/retry.ts', 0, 0, '2026-11-30T17:20:00.000Z'],
      ],
    );
    const text = renderQuality(merged, {
      command: 'npm run test:mutation',
      runs: [first, again],
      changed: ['packages/core/src/dialects/graphql.ts'],
      unrun: ['packages/core/src/xml/xml.ts'],
    });
    assert.match(text, /from these 2 runs/);
    assert.match(
      text,
      /- 2026-11-30 18:00 UTC, load average 4\.00 on 2 cores: `--mutate packages\/core\/src\/duration\.ts`, against these tests only: `packages\/core\/src\/duration\*\.test\.ts`/,
    );
    assert.match(text, /\*\*Changed since their run\*\*[^\n]*`packages\/core\/src\/dialects\/graphql\.ts`/);
    assert.match(text, /\*\*Not run yet\*\*[^\n]*`packages\/core\/src\/xml\/xml\.ts`/);
    assert.doesNotMatch(text, /duration\.ts:4` EqualityOperator/);
  });
});
