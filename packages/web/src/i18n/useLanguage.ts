import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './catalogue.ts';

/** The current UI language; re-renders the caller when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'nb';
}
