#!/usr/bin/env node
// Copies @faultline/react's stylesheets into dist: each part's file as it is (toast.css), and
// styles.css with every `@import "./part.css";` replaced by that file, so the whole stylesheet stays
// one file that any tool (a bundler, a <link>, a CSS pipeline without an import resolver) reads alike.
// Run by the package's build from packages/react.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const src = 'src';
const dist = 'dist';
const PARTS = ['toast.css'];

for (const part of PARTS) {
  copyFileSync(join(src, part), join(dist, part));
  copyFileSync(join(src, `${part}.d.ts`), join(dist, `${part}.d.ts`));
}
copyFileSync(join(src, 'styles.css.d.ts'), join(dist, 'styles.css.d.ts'));
const whole = readFileSync(join(src, 'styles.css'), 'utf8').replace(
  /^@import "\.\/([\w-]+\.css)";\n/gm,
  (_line, part) => {
    if (!PARTS.includes(part)) throw new Error(`styles.css imports ${part}, which is not a part`);
    return readFileSync(join(src, part), 'utf8');
  },
);
if (whole.includes('@import')) throw new Error('styles.css has an @import the build does not inline');
writeFileSync(join(dist, 'styles.css'), whole);
