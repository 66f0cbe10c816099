import { describe, expect, it } from 'vitest';
import { decimal, isoDate, yesNo } from './cells.ts';

describe('import cell conversions', () => {
  it.each([
    ['22.11.2026', '2026-11-22'],
    ['1.2.2026', '2026-02-01'],
    ['01.02.26', '2026-02-01'],
    ['2026-11-22', '2026-11-22'],
    ['22/11/2026', '22/11/2026'],
  ])('date %s → %s', (cell, expected) => expect(isoDate(cell)).toBe(expected));

  it.each([
    ['12,5', 12.5],
    ['212.75', 212.75],
    ['1 250', 1250],
    ['', undefined],
    ['tolv', Number.NaN],
  ])('decimal %s → %s', (cell, expected) => expect(decimal(cell)).toEqual(expected));

  it.each([
    ['Ja', true],
    ['nei', false],
    ['x', true],
    ['', false],
    ['kanskje', undefined],
  ])('yes/no %s → %s', (cell, expected) => expect(yesNo(cell)).toBe(expected));
});
