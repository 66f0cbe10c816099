import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { waitedText } from './startText.ts';

// Shows the key and its values, so the test sees which words were chosen with which numbers.
const t = ((key: string, options?: Record<string, unknown>) =>
  options
    ? `${key.replace('teamwork.start.', '')}(${Object.values(options).join(', ')})`
    : key) as unknown as TFunction;

describe('how long a question has waited, in words', () => {
  it.each([
    [0, 'waitedHours(0)'],
    [1, 'waitedHours(1)'],
    [23, 'waitedHours(23)'],
    [24, 'waitedDays(1)'],
    [25, 'waitedDaysAndHours(days(1), 1)'],
    [48, 'waitedDays(2)'],
    [73, 'waitedDaysAndHours(days(3), 1)'],
  ])('%i hours → %s', (hours, expected) => {
    expect(waitedText(t, hours)).toBe(expected);
  });
});
