import { Select } from '@navikt/ds-react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from '../i18n/catalogue.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

/** Picks the UI language. Each language is named in itself, so people can find their own. */
export function LanguageSelect({ onChange }: { onChange: (language: Language) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const handleChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const value = event.target.value;
    if (isLanguage(value)) onChange(value);
  };
  return (
    <Select
      className="language-select"
      label={t('language.label')}
      size="small"
      value={language}
      onChange={handleChange}
      data-testid="language-select"
    >
      {LANGUAGES.map((option) => (
        <option key={option} value={option} lang={option}>
          {t(`language.names.${option}`)}
        </option>
      ))}
    </Select>
  );
}
