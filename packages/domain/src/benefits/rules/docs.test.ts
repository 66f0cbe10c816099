import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, RULE_YEARS } from './default-rules.ts';
import type { DatedSeries } from './types.ts';

const doc = readFileSync(new URL('../../../../../docs/rules/benefits.md', import.meta.url), 'utf8');

const series = Object.entries(DEFAULT_RULES).flatMap(([section, group]) =>
  Object.entries(group as Record<string, DatedSeries<unknown>>).map(([key, s]) => ({
    id: `${section}.${key}`,
    s,
  })),
);

/** Kroner figures (1 000 and up) in a value, written as the docs write them: 108 550. */
function kronerFigures(value: unknown): string[] {
  if (typeof value === 'number') {
    return value >= 1_000 && Number.isInteger(value)
      ? [String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')]
      : [];
  }
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(kronerFigures);
  return [];
}

describe('docs/rules/benefits.md stays true to the rule data', () => {
  it('names every parameter by its id', () => {
    expect(series.filter(({ id }) => !doc.includes(`\`${id}\``)).map(({ id }) => id)).toEqual([]);
  });

  it('shows every kroner figure used in the supported years', () => {
    const missing: string[] = [];
    for (const { id, s } of series) {
      for (const entry of s) {
        const inUse = RULE_YEARS.some(
          (y) => entry.from <= `${y}-12-31` && (entry.to === undefined || entry.to >= `${y}-01-01`),
        );
        if (!inUse) continue;
        for (const figure of kronerFigures(entry.value))
          if (!doc.includes(figure)) missing.push(`${id}: ${figure}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('states the rounding rule and lists the open items', () => {
    expect(doc).toContain('## Rounding');
    expect(doc).toContain('## Open items');
    expect(doc).toContain(`\`RULE_YEARS\` = **${RULE_YEARS.join(', ')}**`);
  });
});
