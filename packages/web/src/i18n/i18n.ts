import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Catalogue, isLanguage, type Language } from './catalogue.ts';

const STORAGE_KEY = 'ips-bridge.language';

// Each language's catalogue is a chunk of its own, loaded on demand: a browser downloads only the language it
// shows, not all three (the bundle budget in scripts/check-bundle-budget.ts counts the largest one).
const CATALOGUES: Record<Language, () => Promise<Catalogue>> = {
  nb: () => import('./locales/nb.ts').then((m) => m.nb),
  nn: () => import('./locales/nn.ts').then((m) => m.nn),
  en: () => import('./locales/en.ts').then((m) => m.en),
};

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

// The language this device last used (bokmål if none). Its catalogue is fetched from the moment this module runs,
// while the browser is still evaluating the rest of the app, rather than when main.tsx calls startI18n().
const firstLanguage: Language = storedLanguage() ?? 'nb';
const firstCatalogue = CATALOGUES[firstLanguage]();
// A failure is handled in startI18n(); this only keeps it from being reported as unhandled before then.
firstCatalogue.catch(() => undefined);

/**
 * Sets i18next up with the first language's catalogue. main.tsx waits for this before the first render, so the first
 * paint is already in the user's language.
 */
export async function startI18n(): Promise<void> {
  let language = firstLanguage;
  let catalogue: Catalogue;
  try {
    catalogue = await firstCatalogue;
  } catch (error) {
    // A catalogue that cannot be fetched must not leave a blank page: bokmål is the next best.
    if (language === 'nb') throw error;
    console.warn(`the ${language} catalogue did not load; showing bokmål`, error);
    language = 'nb';
    catalogue = await CATALOGUES.nb();
  }
  await i18n.use(initReactI18next).init({
    resources: { [language]: { translation: catalogue } },
    lng: language,
    fallbackLng: 'nb',
    supportedLngs: ['nb', 'nn', 'en'],
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
}

/** The current UI language, narrowed to the ones IPS Bridge supports. */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'nb';
}

/** Makes a language's texts available (`getFixedT`, `changeLanguage`) without switching the UI to it. */
export async function loadCatalogue(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await CATALOGUES[language]());
  }
}

let latestChoice: Language | null = null;

async function switchTo(language: Language): Promise<void> {
  await loadCatalogue(language);
  // Two quick choices (on the login page, then the user's saved language) load in parallel: the last one wins.
  if (latestChoice === language && currentLanguage() !== language) await i18n.changeLanguage(language);
}

/**
 * Switches the UI language and remembers it on this device (the server copy is saved separately). A language not
 * shown before is fetched first; the page stays in the current language until it is there.
 */
export function applyLanguage(language: Language): void {
  rememberLanguage(language);
  latestChoice = language;
  switchTo(language).catch((error: unknown) => {
    console.warn(`could not switch to ${language}`, error);
  });
}
