import type { FidelityScaleData } from '../../api/fidelity.ts';
import type { Language } from '../../i18n/catalogue.ts';

/**
 * The scale data has its texts (item names, anchors, band labels) in bokmål and English only: nynorsk shows the
 * bokmål text (said on the page).
 */
export function anchorLanguage(language: Language): 'nb' | 'en' {
  return language === 'en' ? 'en' : 'nb';
}

export function bandLabel(scale: FidelityScaleData, band: string, language: 'nb' | 'en'): string {
  return scale.bands.find((b) => b.band === band)?.label[language] ?? band;
}
