import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from './catalogue.ts';
import { loadCatalogue } from './i18n.ts';

/**
 * The language of a document on the page (a printout) chosen apart from the UI language. `chosen` follows the
 * user's pick at once, for the control; `language` and `t` follow once that language's catalogue has loaded (they
 * load on demand), so the document never shows a text missing.
 */
export function useDocumentLanguage(initial: Language): {
  chosen: Language;
  choose: (language: Language) => void;
  language: Language;
  t: TFunction;
} {
  const { i18n } = useTranslation();
  const [chosen, choose] = useState(initial);
  const [language, setLanguage] = useState(initial);
  useEffect(() => {
    let current = true;
    loadCatalogue(chosen).then(
      () => {
        if (current) setLanguage(chosen);
      },
      (error: unknown) => console.warn(`could not load the ${chosen} texts`, error),
    );
    return () => {
      current = false;
    };
  }, [chosen]);
  const t = useMemo(() => i18n.getFixedT(language), [i18n, language]);
  return { chosen, choose, language, t };
}
