import {
  type BenefitsTemplates,
  explanationTextFrom,
  type TextCode,
  type TextItem,
} from '@ips-bridge/domain';
import type { Language } from './catalogue.ts';

// The calculator's explanation texts (functions of the figures, so not in the i18next catalogue) by language, as
// they load with the money part of the catalogue (i18n.ts): one language per visit instead of all three.
const loaded: Partial<Record<Language, BenefitsTemplates>> = {};

export function addBenefitTexts(language: Language, templates: BenefitsTemplates): void {
  loaded[language] = templates;
}

/**
 * The plain-language text of an explanation step, cliff flag, safety-net item or the disclaimer. The money pages
 * render once the money texts of the language have loaded (`withTexts(['money'], …)` in routes.tsx), so they are
 * there; a language missing is a bug in that list, not a state to show.
 */
export function explanationText(item: TextItem<TextCode>, language: Language): string {
  const templates = loaded[language];
  if (!templates) throw new Error(`the ${language} benefit texts have not loaded`);
  return explanationTextFrom(templates, item, language);
}
