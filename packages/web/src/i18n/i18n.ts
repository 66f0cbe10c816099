import { nb as akselNb } from '@navikt/ds-react/locales';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { addBenefitTexts } from './benefitTexts.ts';
import { type Catalogue, isLanguage, type Language } from './catalogue.ts';

const STORAGE_KEY = 'ips-bridge.language';

/**
 * The parts of the catalogue that load with the pages that need them (`withTexts` in routes.tsx), beside the core
 * every page needs: a jobseeker does not download the staff's texts, nor the calculator's before the money page.
 * `textAreas.test.ts` checks that each page asks for every part its code uses.
 */
export const TEXT_AREAS = ['person', 'money', 'referral', 'staff', 'admin'] as const;
export type TextArea = (typeof TEXT_AREAS)[number];

type Load = () => Promise<Catalogue>;

// One chunk per part and language (the bundle budget, scripts/check-bundle-budget.ts, counts the ones a page waits
// for). The core of a language also brings Aksel's own texts in it; bokmål's are Aksel's default and always there.
const CORE: Record<Language, Load> = {
  nb: () => import('./locales/core/nb.ts').then((m) => m.coreNb),
  nn: () =>
    Promise.all([import('./locales/core/nn.ts'), import('./aksel/nn.ts')]).then(([m, aksel]) => {
      akselLocales.nn = aksel.nn;
      return m.coreNn;
    }),
  en: () =>
    Promise.all([import('./locales/core/en.ts'), import('./aksel/en.ts')]).then(([m, aksel]) => {
      akselLocales.en = aksel.en;
      return m.coreEn;
    }),
};

const AREAS: Record<TextArea, Record<Language, Load>> = {
  person: {
    nb: () => import('./locales/person/nb.ts').then((m) => m.personNb),
    nn: () => import('./locales/person/nn.ts').then((m) => m.personNn),
    en: () => import('./locales/person/en.ts').then((m) => m.personEn),
  },
  // With the calculator's explanation texts in the language (benefitTexts.ts).
  money: {
    nb: () =>
      Promise.all([import('./locales/money/nb.ts'), import('./benefits/nb.ts')]).then(([m, benefits]) => {
        addBenefitTexts('nb', benefits.BENEFITS_TEXTS_NB);
        return { money: m.moneyNb };
      }),
    nn: () =>
      Promise.all([import('./locales/money/nn.ts'), import('./benefits/nn.ts')]).then(([m, benefits]) => {
        addBenefitTexts('nn', benefits.BENEFITS_TEXTS_NN);
        return { money: m.moneyNn };
      }),
    en: () =>
      Promise.all([import('./locales/money/en.ts'), import('./benefits/en.ts')]).then(([m, benefits]) => {
        addBenefitTexts('en', benefits.BENEFITS_TEXTS_EN);
        return { money: m.moneyEn };
      }),
  },
  referral: {
    nb: () => import('./locales/referral/nb.ts').then((m) => m.referralNb),
    nn: () => import('./locales/referral/nn.ts').then((m) => m.referralNn),
    en: () => import('./locales/referral/en.ts').then((m) => m.referralEn),
  },
  staff: {
    nb: () => import('./locales/staff/nb.ts').then((m) => m.staffNb),
    nn: () => import('./locales/staff/nn.ts').then((m) => m.staffNn),
    en: () => import('./locales/staff/en.ts').then((m) => m.staffEn),
  },
  admin: {
    nb: () => import('./locales/admin/nb.ts').then((m) => m.adminNb),
    nn: () => import('./locales/admin/nn.ts').then((m) => m.adminNn),
    en: () => import('./locales/admin/en.ts').then((m) => m.adminEn),
  },
};

type AkselLocale = typeof akselNb;
const akselLocales: Partial<Record<Language, AkselLocale>> = { nb: akselNb };

/** Aksel's texts in a language whose catalogue has loaded (bokmål until then). */
export function akselLocale(language: Language): AkselLocale {
  return akselLocales[language] ?? akselNb;
}

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

// Each part of each language is fetched once; a failed fetch is forgotten, so the next page can try again.
const fetched = new Map<string, Promise<Catalogue>>();
function fetchPart(language: Language, part: TextArea | 'core'): Promise<Catalogue> {
  const key = `${language}/${part}`;
  let texts = fetched.get(key);
  if (!texts) {
    texts = part === 'core' ? CORE[language]() : AREAS[part][language]();
    texts.catch(() => fetched.delete(key));
    fetched.set(key, texts);
  }
  return texts;
}

// The parts the pages shown so far needed: a language loaded later (the user picks another, or a printout's) gets
// those parts too, before anything is shown in it.
const areasInUse = new Set<TextArea>();

// The parts already given to i18next, by language.
const added = new Set<string>();

async function addPart(language: Language, part: TextArea | 'core'): Promise<void> {
  const texts = await fetchPart(language, part);
  const key = `${language}/${part}`;
  if (added.has(key)) return;
  added.add(key);
  // Deep: the parts are disjoint sections of one catalogue (`translation`), as the components' keys expect.
  i18n.addResourceBundle(language, 'translation', texts, true, false);
}

// The language this device last used (bokmål if none). Its core texts are fetched from the moment this module
// runs, while the browser is still evaluating the rest of the app, rather than when main.tsx calls startI18n().
const firstLanguage: Language = storedLanguage() ?? 'nb';
// A failure is handled in startI18n(); this only keeps it from being reported as unhandled before then.
fetchPart(firstLanguage, 'core').catch(() => undefined);

/**
 * Sets i18next up with the first language's core texts. main.tsx waits for this before the first render, so the
 * first paint is already in the user's language.
 */
export async function startI18n(): Promise<void> {
  let language = firstLanguage;
  let core: Catalogue;
  try {
    core = await fetchPart(language, 'core');
  } catch (error) {
    // Texts that cannot be fetched must not leave a blank page: bokmål is the next best.
    if (language === 'nb') throw error;
    console.warn(`the ${language} texts did not load; showing bokmål`, error);
    language = 'nb';
    core = await fetchPart(language, 'core');
  }
  added.add(`${language}/core`);
  await i18n.use(initReactI18next).init({
    resources: { [language]: { translation: core } },
    lng: language,
    fallbackLng: 'nb',
    supportedLngs: ['nb', 'nn', 'en'],
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
}

/**
 * The texts of `areas` in the UI language (and in the one the user just picked, if it is still loading). A lazily
 * loaded page waits for this with its code (`withTexts`), so it never shows a key in place of a text.
 */
export async function loadTexts(areas: readonly TextArea[]): Promise<void> {
  for (const area of areas) areasInUse.add(area);
  const languages = new Set([currentLanguage(), ...(latestChoice ? [latestChoice] : [])]);
  await Promise.all([...languages].flatMap((language) => areas.map((area) => addPart(language, area))));
}

/**
 * A lazily loaded page's module that resolves once the texts it needs have loaded too (fetched in parallel with
 * its code): `lazy(withTexts(['person'], () => import('./pages/MyPage.tsx').then(…)))`.
 */
export function withTexts<T>(areas: readonly TextArea[], load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadTexts(areas)]).then(([module]) => module);
}

/** The current UI language, narrowed to the ones IPS Bridge supports. */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'nb';
}

/**
 * Makes a language's texts available (`getFixedT`, `changeLanguage`) without switching the UI to it: its core and
 * every part the pages shown so far needed.
 */
export async function loadCatalogue(language: Language): Promise<void> {
  await Promise.all([addPart(language, 'core'), ...[...areasInUse].map((area) => addPart(language, area))]);
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
