import type { TextCode, TextItem } from './codes.ts';
import { TEXTS_EN } from './en.ts';
import { explanationTextFrom } from './explanation-from.ts';
import type { BenefitsLocale } from './format.ts';
import { TEXTS_NB } from './nb.ts';
import { TEXTS_NN } from './nn.ts';
import type { Templates } from './templates.ts';

const TEXTS: Readonly<Record<BenefitsLocale, Templates>> = { nb: TEXTS_NB, nn: TEXTS_NN, en: TEXTS_EN };

/**
 * The plain-language text of an explanation step, cliff flag, safety-net item, not-covered item or the
 * disclaimer, in bokmål, nynorsk or English. Pure: the same item and locale always give the same text.
 */
export function explanationText(item: TextItem<TextCode>, locale: BenefitsLocale): string {
  return explanationTextFrom(TEXTS[locale], item, locale);
}
