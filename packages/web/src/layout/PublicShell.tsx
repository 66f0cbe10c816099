import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Language } from '../i18n/catalogue.ts';
import { applyLanguage } from '../i18n/i18n.ts';
import { rememberChoiceBeforeLogin } from '../i18n/languageChoice.ts';
import { LanguageSelect } from './LanguageSelect.tsx';
import { MainContent } from './MainContent.tsx';
import { SkipLink } from './SkipLink.tsx';

/** The frame for pages that do not need a login: product name and language choice only. */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const changeLanguage = (language: Language) => {
    applyLanguage(language);
    rememberChoiceBeforeLogin(language);
  };
  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <div className="app-header__inner">
          <RouterLink className="app-header__brand" to="/login">
            {t('app.name')}
          </RouterLink>
          <div className="app-header__tools">
            <LanguageSelect onChange={changeLanguage} />
          </div>
        </div>
      </header>
      <MainContent>{children}</MainContent>
    </div>
  );
}
