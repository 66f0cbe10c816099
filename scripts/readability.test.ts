import { describe, expect, it } from 'vitest';
import { nb } from '../packages/web/src/i18n/locales/nb.ts';
import { nn } from '../packages/web/src/i18n/locales/nn.ts';
import { catalogueStrings, lix } from './readability.ts';

describe('lix', () => {
  it.each([
    { texts: ['Jeg går hjem.'], words: 3, sentences: 1, longWords: 0, value: 3 },
    // 3 words, 2 of them long (Arbeidsledighet, mennesker; "rammer" has six letters, not more): 3 + 66.7.
    { texts: ['Arbeidsledighet rammer mennesker.'], words: 3, sentences: 1, longWords: 2, value: 69.7 },
    // Each UI text is a sentence of its own even without a full stop; placeholders are not words.
    { texts: ['Lagre', 'Hei, {{name}}!', 'Ja. Nei.'], words: 4, sentences: 4, longWords: 0, value: 1 },
    { texts: ['Tre korte ord: og så to til.'], words: 7, sentences: 2, longWords: 0, value: 3.5 },
    { texts: ['', '{{count}} – 12'], words: 0, sentences: 0, longWords: 0, value: 0 },
  ])('$texts → $value', ({ texts, words, sentences, longWords, value }) => {
    expect(lix(texts)).toEqual({ words, sentences, longWords, lix: value });
  });
});

// The jobseeker's own pages and every message they can meet. LIX is made for Scandinavian text, so bokmål and
// nynorsk are measured; the English catalogue is written to the same sentences.
const JOBSEEKER_SECTIONS = [
  'login',
  'myPage',
  'myPlan',
  'selfReferral',
  'consent',
  'notifications',
  'money',
  'common',
  'problems',
  'fieldErrors',
  'serverFieldErrors',
  'notFound',
  'notAvailable',
] as const;
const MAX_LIX = 40;
const MAX_SENTENCE_WORDS = 25;

describe.each([
  ['nb', nb],
  ['nn', nn],
] as const)('plain language for the jobseeker (%s)', (_language, catalogue) => {
  it.each(JOBSEEKER_SECTIONS)(`%s reads easily (LIX under ${MAX_LIX})`, (section) => {
    const texts = catalogueStrings(catalogue[section]);
    expect(texts.length).toBeGreaterThan(0);
    expect(lix(texts).lix).toBeLessThan(MAX_LIX);
  });

  it(`has no sentence over ${MAX_SENTENCE_WORDS} words`, () => {
    const long = JOBSEEKER_SECTIONS.flatMap((section) =>
      catalogueStrings(catalogue[section])
        .flatMap((text) => text.split(/(?<=[.!?:])\s+/))
        .filter((sentence) => (sentence.match(/\p{L}+/gu) ?? []).length > MAX_SENTENCE_WORDS),
    );
    expect(long).toEqual([]);
  });
});
