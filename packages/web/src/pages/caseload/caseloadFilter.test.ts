import { describe, expect, it } from 'vitest';
import { pageCount, parseCaseloadFilter, writeCaseloadFilter } from './caseloadFilter.ts';

describe('parseCaseloadFilter', () => {
  it.each([
    ['', { phases: [], page: 1 }],
    ['phase=working', { phases: ['working'], page: 1 }],
    ['phase=working,referred&page=3', { phases: ['referred', 'working'], page: 3 }],
    ['phase=working,nonsense,,&page=2', { phases: ['working'], page: 2 }],
    ['page=0', { phases: [], page: 1 }],
    ['page=-2', { phases: [], page: 1 }],
    ['page=1.5', { phases: [], page: 1 }],
    ['page=abc', { phases: [], page: 1 }],
  ])('reads %j', (query, expected) => {
    expect(parseCaseloadFilter(new URLSearchParams(query))).toEqual(expected);
  });
});

describe('writeCaseloadFilter', () => {
  it.each([
    [{ phases: [], page: 1 }, ''],
    [{ phases: ['working' as const], page: 1 }, 'phase=working'],
    [{ phases: ['working' as const, 'referred' as const], page: 2 }, 'phase=referred%2Cworking&page=2'],
  ])('writes %j', (filter, expected) => {
    expect(writeCaseloadFilter(new URLSearchParams(), filter).toString()).toBe(expected);
  });

  it('keeps other parameters and round-trips', () => {
    const written = writeCaseloadFilter(new URLSearchParams('tab=x&page=4'), { phases: ['paused'], page: 1 });
    expect(written.get('tab')).toBe('x');
    expect(written.has('page')).toBe(false);
    expect(parseCaseloadFilter(written)).toEqual({ phases: ['paused'], page: 1 });
  });
});

describe('pageCount', () => {
  it.each([
    [0, 25, 1],
    [1, 25, 1],
    [25, 25, 1],
    [26, 25, 2],
    [50_000, 25, 2000],
  ])('%i rows of %i per page: %i pages', (total, size, pages) => {
    expect(pageCount(total, size)).toBe(pages);
  });
});
