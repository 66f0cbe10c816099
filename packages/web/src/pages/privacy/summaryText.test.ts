import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { nb } from '../../i18n/locales/nb.ts';
import { columnLabel, tableTitle, valueText } from './summaryText.ts';

// A tiny t() over the bokmål catalogue, enough for the summary's lookups and their fallbacks.
const t = ((key: string, options?: { defaultValue?: string }) => {
  const found = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], nb);
  return typeof found === 'string' ? found : (options?.defaultValue ?? key);
}) as unknown as TFunction;

describe('the readable summary’s words', () => {
  it.each([
    [null, '–'],
    ['', '–'],
    [true, 'Ja'],
    [false, 'Nei'],
    [12.5, '12.5'],
    [['a', 'b'], 'a, b'],
    [{ strengths: 'Punktlig', wishes: null }, 'strengths: Punktlig\nwishes: –'],
  ])('shows %j as %j', (value, expected) => {
    expect(valueText(t, value)).toBe(expected);
  });

  it('names known tables and columns in plain words, and falls back to a readable name', () => {
    expect(tableTitle(t, 'participant')).toBe('Om deg');
    expect(tableTitle(t, 'some_new_table')).toBe('some new table');
    expect(columnLabel(t, 'national_id')).toBe('Fødselsnummer');
    expect(columnLabel(t, 'shoe_size')).toBe('Shoe size');
  });
});
