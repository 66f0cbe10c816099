import { describe, expect, it, vi } from 'vitest';

// i18n.ts sets the page's lang attribute when the language changes; the unit tests run without a browser.
vi.stubGlobal('document', { documentElement: { lang: '' } });

const { applyLanguage, i18n, loadCatalogue, loadTexts, startI18n, withTexts } = await import('./i18n.ts');
const { explanationText } = await import('./benefitTexts.ts');

const disclaimer = { code: 'disclaimer', params: {} } as const;

describe('the catalogue, loaded in parts', () => {
  it('starts with the core only; a page gets its areas, in every language shown later too', async () => {
    await startI18n();
    expect(i18n.language).toBe('nb');
    expect(i18n.t('common.loading')).toBe('Laster …');
    expect(i18n.exists('myPage.heading')).toBe(false);
    expect(i18n.exists('money.myPageTitle')).toBe(false);

    const page = await withTexts(['person'], async () => 'the page module')();
    expect(page).toBe('the page module');
    expect(i18n.t('myPage.heading')).toBe('Min side');
    expect(i18n.exists('money.myPageTitle')).toBe(false);
    // Nothing of the staff's: a jobseeker's pages never ask for it.
    expect(i18n.exists('caseload.heading')).toBe(false);

    // A printout in English (useDocumentLanguage) gets the core and the parts in use, and only those.
    await loadCatalogue('en');
    expect(i18n.getFixedT('en')('myPage.heading')).toBe('My page');
    expect(i18n.exists('money.myPageTitle', { lng: 'en' })).toBe(false);
    expect(i18n.language).toBe('nb');
  });

  it("loads the calculator's explanation texts with the money area, one language at a time", async () => {
    expect(() => explanationText(disclaimer, 'nb')).toThrow(/nb benefit texts/);
    await loadTexts(['money']);
    expect(explanationText(disclaimer, 'nb')).toMatch(/\p{L}{3,}/u);
    expect(i18n.exists('money.myPageTitle')).toBe(true);
    expect(() => explanationText(disclaimer, 'nn')).toThrow(/nn benefit texts/);
  });

  it('switches language only once the texts of the pages in use are there', async () => {
    applyLanguage('nn');
    await vi.waitFor(() => expect(i18n.language).toBe('nn'));
    expect(i18n.t('myPage.heading')).toBe('Mi side');
    expect(i18n.exists('money.myPageTitle', { lng: 'nn' })).toBe(true);
    expect(explanationText(disclaimer, 'nn')).toMatch(/\p{L}{3,}/u);
  });
});
