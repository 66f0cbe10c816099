import { describe, expect, it } from 'vitest';
import {
  catalogueKeys,
  entryKey,
  initialFiles,
  type Manifest,
  pageTextAreas,
  staticClosure,
} from './bundle-budget.ts';

// The shape Vite writes: a lazy page imports the entry back (for shared code) and a shared chunk; the chart is
// behind a second import() inside the page; each language's catalogue is its own dynamic entry.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a1.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_react-b2.js', '_shared-c3.js'],
    dynamicImports: ['src/pages/MyPage.tsx', 'src/pages/Money.tsx', 'src/i18n/locales/en.ts'],
    css: ['assets/index-d4.css'],
  },
  '_react-b2.js': { file: 'assets/react-b2.js', name: 'react' },
  '_shared-c3.js': { file: 'assets/shared-c3.js', name: 'shared', imports: ['_react-b2.js'] },
  '_format-e5.js': { file: 'assets/format-e5.js', name: 'format', imports: ['_shared-c3.js'] },
  'src/pages/MyPage.tsx': {
    file: 'assets/MyPage-f6.js',
    src: 'src/pages/MyPage.tsx',
    isDynamicEntry: true,
    imports: ['index.html', '_format-e5.js', '_react-b2.js'],
  },
  'src/pages/Money.tsx': {
    file: 'assets/Money-g7.js',
    src: 'src/pages/Money.tsx',
    isDynamicEntry: true,
    imports: ['index.html', '_format-e5.js'],
    dynamicImports: ['src/pages/Chart.tsx'],
  },
  'src/pages/Chart.tsx': {
    file: 'assets/Chart-h8.js',
    src: 'src/pages/Chart.tsx',
    isDynamicEntry: true,
    imports: ['_recharts-i9.js', 'index.html'],
  },
  '_recharts-i9.js': { file: 'assets/recharts-i9.js', name: 'recharts' },
  'src/i18n/locales/en.ts': { file: 'assets/en-j0.js', src: 'src/i18n/locales/en.ts', isDynamicEntry: true },
};

describe('staticClosure', () => {
  it('follows static imports once each, depth first, and never dynamic ones', () => {
    expect(staticClosure(manifest, ['index.html'])).toEqual(['index.html', '_react-b2.js', '_shared-c3.js']);
    expect(staticClosure(manifest, ['src/pages/Money.tsx'])).toEqual([
      'src/pages/Money.tsx',
      'index.html',
      '_react-b2.js',
      '_shared-c3.js',
      '_format-e5.js',
    ]);
  });

  it('refuses a key the manifest does not have, naming who imported it', () => {
    expect(() => staticClosure(manifest, ['src/pages/Gone.tsx'])).toThrow(/src\/pages\/Gone.tsx/);
    const broken: Manifest = { ...manifest, '_shared-c3.js': { file: 'x.js', imports: ['_lost.js'] } };
    expect(() => staticClosure(broken, ['index.html'])).toThrow(/_lost\.js .*imported by _shared-c3\.js/);
  });
});

describe('entryKey', () => {
  it('finds the one entry, and refuses none or two', () => {
    expect(entryKey(manifest)).toBe('index.html');
    expect(() => entryKey({ a: { file: 'a.js' } })).toThrow(/found 0/);
    expect(() =>
      entryKey({ a: { file: 'a.js', isEntry: true }, b: { file: 'b.js', isEntry: true } }),
    ).toThrow(/found 2/);
  });
});

describe('initialFiles', () => {
  it('is the entry with its imports for a page in the main bundle', () => {
    expect(initialFiles(manifest, { lazy: [] })).toEqual([
      'assets/index-a1.js',
      'assets/react-b2.js',
      'assets/shared-c3.js',
    ]);
  });

  it('adds the lazy page, what it imports and the language catalogue it waits for', () => {
    expect(
      initialFiles(manifest, { lazy: ['src/pages/MyPage.tsx'], alsoNeeds: ['src/i18n/locales/en.ts'] }),
    ).toEqual([
      'assets/index-a1.js',
      'assets/react-b2.js',
      'assets/shared-c3.js',
      'assets/MyPage-f6.js',
      'assets/format-e5.js',
      'assets/en-j0.js',
    ]);
  });

  it('leaves out what the page only loads later (the chart)', () => {
    const files = initialFiles(manifest, { lazy: ['src/pages/Money.tsx'] });
    expect(files).toContain('assets/Money-g7.js');
    expect(files).not.toContain('assets/Chart-h8.js');
    expect(files).not.toContain('assets/recharts-i9.js');
  });
});

describe('pageTextAreas', () => {
  it('reads the areas each lazy page waits for from the routes file', () => {
    const routes = [
      "const MyPage = lazy(withTexts(['person'], () => import('./pages/MyPage.tsx').then((m) => m)));",
      'const Money = lazy(',
      "  withTexts(['money', 'person'], () =>",
      "    import('./pages/money/MoneyPage.tsx').then((m) => ({ default: m.MyMoneyPage })),",
      '  ),',
      ');',
      "const Public = lazy(withTexts([], () => import('./pages/Public.tsx')));",
    ].join('\n');
    expect(pageTextAreas(routes)).toEqual(
      new Map([
        ['src/pages/MyPage.tsx', ['person']],
        ['src/pages/money/MoneyPage.tsx', ['money', 'person']],
        ['src/pages/Public.tsx', []],
      ]),
    );
  });

  it('refuses a page loaded without its texts', () => {
    const routes = "const Admin = lazy(() => import('./pages/AdminPage.tsx').then((m) => m));";
    expect(() => pageTextAreas(routes)).toThrow(/src\/pages\/AdminPage\.tsx/);
  });
});

describe('catalogueKeys', () => {
  it("is the language's core, Aksel's texts unless bokmål, and the page's areas", () => {
    expect(catalogueKeys('nn', ['money'])).toEqual([
      'src/i18n/locales/core/nn.ts',
      'src/i18n/aksel/nn.ts',
      'src/i18n/locales/money/nn.ts',
      'src/i18n/benefits/nn.ts',
    ]);
    expect(catalogueKeys('nb', ['person'])).toEqual([
      'src/i18n/locales/core/nb.ts',
      'src/i18n/locales/person/nb.ts',
    ]);
    expect(catalogueKeys('en', [])).toEqual(['src/i18n/locales/core/en.ts', 'src/i18n/aksel/en.ts']);
  });
});
