import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Scans a rendered tree with axe and fails with the list of violations. Colour contrast is left to
 * the browser tests (jsdom has no layout or canvas); everything else runs.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(', ')})`,
  );
  expect(violations).toEqual([]);
}
