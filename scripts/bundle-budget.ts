/**
 * The pure part of the bundle-size budget (scripts/check-bundle-budget.ts): which built files a browser must
 * download before a page is usable, read from Vite's build manifest (`build.manifest`, dist/.vite/manifest.json).
 */

/** One chunk in Vite's manifest, keyed by its source (`src/pages/MyPage.tsx`, `index.html`) or `_name-hash.js`. */
export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Chunks this one imports statically: the browser loads them before it runs this one. */
  imports?: string[];
  /** Chunks this one loads with `import()`: only when the code asks for them. */
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/**
 * The manifest keys `roots` load before they run: the roots and everything they import statically, each once,
 * in the order first reached (depth first). A key missing from the manifest is an error, not an empty set: a
 * renamed page must not silently drop out of the budget.
 */
export function staticClosure(manifest: Manifest, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string, from: string | null) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest${from ? ` (imported by ${from})` : ''}`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported, key);
  };
  for (const root of roots) visit(root, null);
  return [...seen];
}

/** The manifest's entry chunk (the one index.html loads); exactly one is expected. */
export function entryKey(manifest: Manifest): string {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length !== 1)
    throw new Error(`expected one entry in the build manifest, found ${entries.length}`);
  return entries[0] as string;
}

export interface PageLoad {
  /** The page's lazily loaded modules (`src/pages/MyPage.tsx`); none for pages in the main bundle. */
  lazy: readonly string[];
  /** Further lazily loaded modules the page cannot render without (the active language's catalogue). */
  alsoNeeds?: readonly string[];
}

/**
 * The JavaScript files a browser downloads before the page is usable: the entry and its static imports, then the
 * page's lazy chunks (and anything else it waits for) with their static imports. Files, in load order.
 */
export function initialFiles(manifest: Manifest, page: PageLoad): string[] {
  const roots = [entryKey(manifest), ...page.lazy, ...(page.alsoNeeds ?? [])];
  return staticClosure(manifest, roots).map((key) => (manifest[key] as ManifestChunk).file);
}

/**
 * The parts of the catalogue each lazily loaded page waits for, read from the routes file's
 * `lazy(withTexts(['person', …], () => import('./pages/MyPage.tsx')…))`: manifest key (`src/pages/MyPage.tsx`) →
 * areas. A page loaded with `import()` but without `withTexts` is an error: it would render before its texts.
 */
export function pageTextAreas(routesSource: string): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  const withTexts = /withTexts\(\s*\[([^\]]*)\]\s*,\s*\(\)\s*=>\s*import\(\s*'\.\/([^']+)'\s*\)/g;
  for (const match of routesSource.matchAll(withTexts)) {
    const areas = [...(match[1] ?? '').matchAll(/'([^']+)'/g)].map((area) => area[1] as string);
    pages.set(`src/${match[2]}`, areas);
  }
  const imported = [...routesSource.matchAll(/import\(\s*'\.\/([^']+)'\s*\)/g)].map(
    (match) => `src/${match[1]}`,
  );
  const without = imported.filter((key) => !pages.has(key));
  if (without.length > 0) throw new Error(`loaded without withTexts(…): ${without.join(', ')}`);
  return pages;
}

/**
 * The catalogue modules (manifest keys) a page in `language` waits for: the core, which for nynorsk and English
 * brings Aksel's texts in the language, and the page's areas; the money area brings the calculator's explanation
 * texts. The paths follow packages/web/src/i18n/i18n.ts; a path that is not in the manifest fails the check.
 */
export function catalogueKeys(language: string, areas: readonly string[]): string[] {
  return [
    `src/i18n/locales/core/${language}.ts`,
    ...(language === 'nb' ? [] : [`src/i18n/aksel/${language}.ts`]),
    ...areas.flatMap((area) => [
      `src/i18n/locales/${area}/${language}.ts`,
      ...(area === 'money' ? [`src/i18n/benefits/${language}.ts`] : []),
    ]),
  ];
}
