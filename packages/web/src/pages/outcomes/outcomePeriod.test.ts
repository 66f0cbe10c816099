import { describe, expect, it } from 'vitest';
import { choiceFromSearch, choiceToQuery, defaultChoice, trendPeriod } from './outcomePeriod.ts';

describe('the outcome page’s period', () => {
  it.each([
    ['2026-11-22', 2026, 3],
    ['2026-04-01', 2026, 1],
    ['2026-02-10', 2025, 4],
  ] as const)('on %s defaults to the last whole quarter, %i Q%i', (today, year, part) => {
    expect(defaultChoice(today)).toEqual({ year, part, groupBy: 'team' });
  });

  it('reads the address and falls back on anything it does not know', () => {
    const fallback = defaultChoice('2026-11-22');
    expect(choiceFromSearch(new URLSearchParams('year=2025&part=year&groupBy=region'), fallback)).toEqual({
      year: 2025,
      part: 'year',
      groupBy: 'region',
    });
    expect(choiceFromSearch(new URLSearchParams('year=abc&part=7&groupBy=people'), fallback)).toEqual(
      fallback,
    );
  });

  it.each([
    [{ year: 2026, part: 3, groupBy: 'team' }, '2026-07-01', '2026-09-30'],
    [{ year: 2025, part: 'year', groupBy: 'specialist' }, '2025-01-01', '2025-12-31'],
  ] as const)('%o covers %s to %s', (choice, from, to) => {
    expect(choiceToQuery(choice)).toEqual({ from, to, groupBy: choice.groupBy });
  });

  it.each([
    [{ year: 2026, part: 3, groupBy: 'team' }, '2024-10-01', '2026-09-30'],
    [{ year: 2026, part: 1, groupBy: 'team' }, '2024-04-01', '2026-03-31'],
    [{ year: 2025, part: 'year', groupBy: 'team' }, '2024-01-01', '2025-12-31'],
  ] as const)('the trend for %o runs eight quarters, %s to %s', (choice, from, to) => {
    expect(trendPeriod(choice)).toEqual({ from, to });
  });
});
