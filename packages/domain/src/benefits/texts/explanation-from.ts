import type { TextCode, TextItem } from './codes.ts';
import { type BenefitsLocale, paramReader } from './format.ts';
import type { Templates } from './templates.ts';

/**
 * The plain-language text of an item (see `explanationText`), from one language's templates (`BENEFITS_TEXTS_NB` …) passed in: a caller that loads the languages
 * separately (the web app, one per visit) does not carry all three.
 */
export function explanationTextFrom(
  templates: Templates,
  item: TextItem<TextCode>,
  locale: BenefitsLocale,
): string {
  const template = templates[item.code];
  return template(paramReader(item.params, locale, item.code));
}
