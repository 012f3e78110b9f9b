// Field maps built to reach the caps every field-map walk has: depth and nodes.

/** A map `levels` keys deep (`{ l3: { l2: { l1: leaf } } }`), its leaf at path `l<levels>.….l1`. */
export function nested(levels: number, leaf: unknown): unknown {
  return levels === 0 ? leaf : { [`l${levels}`]: nested(levels - 1, leaf) };
}

/**
 * A map of 10 groups of members without errors: 9 of 100, then `before` more, then `email` with one
 * message. Counting the map itself, `email` is member 1,000 when `before` is 88, and 1,001 when it is 89.
 */
export function wideMap(before: number): Record<string, unknown> {
  const groups: Record<string, unknown> = {};
  for (let g = 0; g < 9; g++)
    groups[`g${g}`] = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`f${i}`, []]));
  const last: Record<string, unknown> = {};
  for (let i = 0; i < before; i++) last[`f${i}`] = [];
  last.email = ['Enter a valid email address.'];
  groups.g9 = last;
  return groups;
}
