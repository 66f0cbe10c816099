import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, type Language } from './catalogue.ts';
import { en } from './locales/en.ts';
import { nb } from './locales/nb.ts';
import { nn } from './locales/nn.ts';

const STORAGE_KEY = 'ips-bridge.language';

function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private mode, blocked cookies); the choice then lasts for this page only.
  }
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: {
    nb: { translation: nb },
    nn: { translation: nn },
    en: { translation: en },
  },
  lng: storedLanguage() ?? 'nb',
  fallbackLng: 'nb',
  supportedLngs: ['nb', 'nn', 'en'],
  defaultNS: 'translation',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** The current UI language, narrowed to the ones IPS Bridge supports. */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'nb';
}

/** Switches the UI language and remembers it on this device (the server copy is saved separately). */
export function applyLanguage(language: Language): void {
  rememberLanguage(language);
  if (currentLanguage() !== language) void i18n.changeLanguage(language);
}
