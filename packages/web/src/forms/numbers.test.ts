import { describe, expect, it } from 'vitest';
import {
  decimalForInput,
  parseDecimal,
  parseWholeNumber,
  parseYearMonth,
  yearMonthForInput,
} from './numbers.ts';

describe('numbers as people type them', () => {
  it.each([
    ['37,5', 37.5],
    ['37.5', 37.5],
    [' 185 kr ', 185],
    ['1 200,50', 1200.5],
    ['kr 192,50', 192.5],
    ['', null],
    ['   ', null],
  ])('%j is %j', (input, expected) => {
    expect(parseDecimal(input)).toBe(expected);
  });

  it('says when something is not a number', () => {
    expect(parseDecimal('tjue')).toBeNaN();
    expect(parseDecimal('1,2,3')).toBeNaN();
    expect(parseWholeNumber('2019')).toBe(2019);
    expect(parseWholeNumber('')).toBeNull();
    expect(parseWholeNumber('2019,5')).toBeNaN();
  });

  it('writes numbers back with a decimal comma in Norwegian', () => {
    expect(decimalForInput(37.5, 'nb')).toBe('37,5');
    expect(decimalForInput(37.5, 'en')).toBe('37.5');
    expect(decimalForInput(null, 'nb')).toBe('');
  });
});

describe('months', () => {
  it.each([
    ['03.2019', '2019-03'],
    ['3.2019', '2019-03'],
    ['3/2019', '2019-03'],
    ['12-2020', '2020-12'],
    ['2019-03', '2019-03'],
    ['2019-3', '2019-03'],
  ])('%j is %j', (input, expected) => {
    expect(parseYearMonth(input)).toBe(expected);
  });

  it.each(['13.2019', '0.2019', 'mars 2019', '2019', ''])('%j is not a month', (input) => {
    expect(parseYearMonth(input)).toBeNull();
  });

  it('shows a stored month as it is typed', () => {
    expect(yearMonthForInput('2019-03')).toBe('03.2019');
    expect(yearMonthForInput(null)).toBe('');
  });
});
