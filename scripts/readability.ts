/**
 * LIX (läsbarhetsindex, C.-H. Björnsson 1968), the readability measure used for Scandinavian text: the average
 * sentence length in words plus the percentage of long words (more than six letters). Under 30 is very easy,
 * 30–40 easy (plain public information), 40–50 medium, over 50 hard. Words are runs of letters (digits and
 * placeholders such as {{name}} are not words); a sentence ends at . ! ? : or the end of a string, since each UI
 * text stands on its own.
 */
export interface Lix {
  words: number;
  sentences: number;
  longWords: number;
  lix: number;
}

export function lix(texts: readonly string[]): Lix {
  let words = 0;
  let sentences = 0;
  let longWords = 0;
  for (const raw of texts) {
    const text = raw.replace(/\{\{[^}]*\}\}/g, ' ').replace(/<[^>]*>/g, ' ');
    const found = text.match(/\p{L}+(?:[-'’]\p{L}+)*/gu) ?? [];
    if (found.length === 0) continue;
    words += found.length;
    longWords += found.filter((w) => w.replace(/[-'’]/g, '').length > 6).length;
    const ends = text.match(/[.!?:]+(?=\s|$)/g)?.length ?? 0;
    sentences += Math.max(1, ends + (/[.!?:]\s*$/.test(text) ? 0 : 1));
  }
  const value = words === 0 ? 0 : words / sentences + (100 * longWords) / words;
  return { words, sentences, longWords, lix: Math.round(value * 10) / 10 };
}

/** Every string in a nested catalogue section. */
export function catalogueStrings(section: unknown): string[] {
  if (typeof section === 'string') return [section];
  if (section && typeof section === 'object') return Object.values(section).flatMap(catalogueStrings);
  return [];
}
