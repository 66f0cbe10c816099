import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adminNb } from '../packages/web/src/i18n/locales/admin/nb.ts';
import { coreNb } from '../packages/web/src/i18n/locales/core/nb.ts';
import { moneyNb } from '../packages/web/src/i18n/locales/money/nb.ts';
import { nb } from '../packages/web/src/i18n/locales/nb.ts';
import { personNb } from '../packages/web/src/i18n/locales/person/nb.ts';
import { referralNb } from '../packages/web/src/i18n/locales/referral/nb.ts';
import { staffNb } from '../packages/web/src/i18n/locales/staff/nb.ts';
import { pageTextAreas } from './bundle-budget.ts';

/**
 * The catalogue loads in parts (packages/web/src/i18n/i18n.ts): the core before the first render, the other areas
 * with the lazily loaded pages that ask for them (`withTexts` in routes.tsx). A component that uses a key of an
 * area its page did not ask for would show the key instead of the text. This follows each page's imports (static
 * and lazy) from the source and finds every key it names ('money.result.heading', `roles.${role}`), and checks
 * that each one's top-level section is in the core or in an area the page waits for.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WEB = path.join(ROOT, 'packages/web/src');

const AREAS: Record<string, object> = {
  core: coreNb,
  person: personNb,
  money: { money: moneyNb },
  referral: referralNb,
  staff: staffNb,
  admin: adminNb,
};
const areaOf = new Map<string, string>();
for (const [area, texts] of Object.entries(AREAS))
  for (const section of Object.keys(texts)) areaOf.set(section, area);

const SECTIONS = Object.keys(nb);
const KEY = new RegExp(`['"\`](${SECTIONS.join('|')})\\.[A-Za-z_$]`, 'g');
const STATIC_IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*'(\.[^']+)'/g;
const DYNAMIC_IMPORT = /import\(\s*'(\.[^']+)'\s*\)/g;

/** The source modules `file` brings, following relative imports (and lazy ones if asked), catalogues excluded. */
function moduleGraph(file: string, { lazy }: { lazy: boolean }, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(STATIC_IMPORT), ...(lazy ? source.matchAll(DYNAMIC_IMPORT) : [])];
  for (const [, specifier] of specifiers) {
    const target = path.resolve(path.dirname(file), specifier as string);
    if (/\.tsx?$/.test(target) && existsSync(target) && !target.includes(`${path.sep}i18n${path.sep}locales`))
      moduleGraph(target, { lazy }, seen);
  }
  return seen;
}

/** The catalogue sections the modules name keys of, each with the first module that does. */
function sectionsUsed(modules: Iterable<string>): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of modules) {
    for (const [, section] of readFileSync(file, 'utf8').matchAll(KEY)) {
      if (!used.has(section as string)) used.set(section as string, path.relative(WEB, file));
    }
  }
  return used;
}

/** "section (area) in file" for each section used whose area the page does not load. */
function missing(used: Map<string, string>, areas: readonly string[]): string[] {
  return [...used]
    .filter(([section]) => !['core', ...areas].includes(areaOf.get(section) ?? ''))
    .map(([section, file]) => `${section} (${areaOf.get(section)}) in ${file}`);
}

const pages = pageTextAreas(readFileSync(path.join(WEB, 'routes.tsx'), 'utf8'));

describe('catalogue areas', () => {
  it('are disjoint and together the whole catalogue', () => {
    const sections = Object.values(AREAS).flatMap((texts) => Object.keys(texts));
    expect(new Set(sections).size).toBe(sections.length);
    expect([...sections].sort()).toEqual([...SECTIONS].sort());
  });

  it('finds the keys a page names, through its imports (the check can see what it looks for)', () => {
    const myPage = sectionsUsed(moduleGraph(path.join(WEB, 'pages/MyPage.tsx'), { lazy: true }));
    expect([...myPage.keys()]).toEqual(expect.arrayContaining(['myPage', 'cv', 'meetings', 'common']));
    // The money page's keys are not a jobseeker's Min side: without the money area they would be missing.
    const money = sectionsUsed(moduleGraph(path.join(WEB, 'pages/money/MoneyPage.tsx'), { lazy: true }));
    expect(missing(money, [])).toEqual(
      expect.arrayContaining([expect.stringMatching(/^money \(money\) in /)]),
    );
  });

  it('the main bundle (shell, login, not-found) uses only the core', () => {
    const entry = sectionsUsed(moduleGraph(path.join(WEB, 'main.tsx'), { lazy: false }));
    expect(missing(entry, [])).toEqual([]);
  });

  it('every lazily loaded page waits for the areas its code uses', () => {
    expect(pages.size).toBeGreaterThan(20);
    const problems = [...pages].flatMap(([key, areas]) => {
      for (const area of areas) if (!(area in AREAS)) return [`${key}: no area ${area}`];
      const used = sectionsUsed(moduleGraph(path.join(WEB, key.replace(/^src\//, '')), { lazy: true }));
      return missing(used, areas).map((problem) => `${key} needs ${problem}`);
    });
    expect(problems).toEqual([]);
  });
});
