import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { catalogueKeys, initialFiles, type Manifest, type PageLoad, pageTextAreas } from './bundle-budget.ts';

/**
 * The web performance budget (issue 9): the JavaScript a jobseeker's browser downloads before each of their pages
 * is usable must stay under 200 kB gzip, and the charts (recharts) must never be part of it. Run after
 * `npm run build:web`; reads Vite's manifest, so chunk names are never guessed. `npm run check:bundle [-- dist]`.
 */
const BUDGET_GZIP_BYTES = 200_000;
const DIST = process.argv[2] ?? 'packages/web/dist';
const LANGUAGES = ['nb', 'nn', 'en'] as const;
const LAZY_LIBRARIES = ['recharts'];

// The jobseeker's pages and the lazy page module each one renders (routes.tsx). The login page is in the main
// bundle: people arrive there first.
const PAGES: (PageLoad & { path: string })[] = [
  { path: '/login', lazy: [] },
  { path: '/self-referral', lazy: ['src/pages/SelfReferralPage.tsx'] },
  { path: '/my-page', lazy: ['src/pages/MyPage.tsx'] },
  { path: '/my-page/sharing', lazy: ['src/pages/consent/SharingPage.tsx'] },
  { path: '/my-page/access-log', lazy: ['src/pages/consent/AccessLogPage.tsx'] },
  { path: '/my-page/money', lazy: ['src/pages/money/MoneyPage.tsx'] },
  { path: '/my-page/money/print', lazy: ['src/pages/money/MoneyPrintPage.tsx'] },
  { path: '/my-page/cv/print', lazy: ['src/pages/cv/CvPrintPage.tsx'] },
  { path: '/my-page/plan', lazy: ['src/pages/myPlan/MyPlanPage.tsx'] },
  { path: '/my-page/meetings/:meetingId', lazy: ['src/pages/meetings/MeetingPage.tsx'] },
  { path: '/my-page/data', lazy: ['src/pages/privacy/DataSummaryPage.tsx'] },
  { path: '/notifications', lazy: ['src/pages/notifications/NotificationsPage.tsx'] },
];

const manifestFile = path.join(DIST, '.vite/manifest.json');
const modulesFile = path.join(DIST, '.vite/chunk-modules.json');
if (!existsSync(manifestFile) || !existsSync(modulesFile)) {
  console.error(`${manifestFile} or ${modulesFile} is missing: run 'npm run build:web' first`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
const chunkModules = JSON.parse(readFileSync(modulesFile, 'utf8')) as Record<string, string[]>;

const sizes = new Map<string, { raw: number; gzip: number }>();
function sizeOf(file: string) {
  let size = sizes.get(file);
  if (!size) {
    const content = readFileSync(path.join(DIST, file));
    size = { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
    sizes.set(file, size);
  }
  return size;
}

// A page cannot render before its texts are there: the core of its language and the parts of the catalogue its
// lazy module waits for (`withTexts` in routes.tsx). Each is a chunk per language; the table shows the language
// that costs most.
const textAreas = pageTextAreas(
  readFileSync(new URL('../packages/web/src/routes.tsx', import.meta.url), 'utf8'),
);
const catalogueLoads = (page: PageLoad) => {
  const areas = [...new Set(page.lazy.flatMap((key) => textAreas.get(key) ?? []))];
  return LANGUAGES.map((language) => ({ language, alsoNeeds: catalogueKeys(language, areas) }));
};

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const problems: string[] = [];
const rows: string[][] = [];
for (const page of PAGES) {
  const loads = catalogueLoads(page).map(({ language, alsoNeeds }) => {
    const files = initialFiles(manifest, { lazy: page.lazy, alsoNeeds });
    const total = files.reduce(
      (sum, file) => {
        const size = sizeOf(file);
        return { raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip };
      },
      { raw: 0, gzip: 0 },
    );
    return { language, alsoNeeds, files, ...total };
  });
  const worst = loads.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const over = worst.gzip > BUDGET_GZIP_BYTES;
  if (over)
    problems.push(`${page.path}: ${kB(worst.gzip)} kB gzip is over the ${kB(BUDGET_GZIP_BYTES)} kB budget`);
  for (const library of LAZY_LIBRARIES) {
    const carriers = [...new Set(loads.flatMap((load) => load.files))].filter((file) =>
      (chunkModules[file] ?? []).some((id) => id.startsWith(`node_modules/${library}/`)),
    );
    if (carriers.length > 0)
      problems.push(`${page.path}: ${library} is loaded up front (${carriers.join(', ')})`);
  }
  rows.push([
    page.path,
    worst.language,
    String(worst.files.length),
    kB(worst.raw),
    kB(worst.gzip),
    kB(BUDGET_GZIP_BYTES),
    over ? 'OVER' : 'ok',
  ]);
}

const header = ['page', 'language', 'files', 'raw kB', 'gzip kB', 'budget', 'status'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
const line = (cells: string[]) =>
  cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
console.log(
  'Initial JavaScript per jobseeker page (entry + static imports + lazy page + its texts; gzip -9 each)',
);
console.log(line(header));
for (const row of rows) console.log(line(row));

for (const library of LAZY_LIBRARIES) {
  const lazyCarriers = Object.entries(chunkModules)
    .filter(([, ids]) => ids.some((id) => id.startsWith(`node_modules/${library}/`)))
    .map(([file]) => file);
  console.log(`${library} is in: ${lazyCarriers.length > 0 ? lazyCarriers.join(', ') : 'no chunk'}`);
}

// A module in two chunks would run twice (two Reacts, two query clients): the chunking in vite.config.ts must never
// copy one.
const chunkOf = new Map<string, string>();
for (const [file, ids] of Object.entries(chunkModules)) {
  for (const id of ids) {
    const other = chunkOf.get(id);
    if (other) problems.push(`${id} is in two chunks: ${other} and ${file}`);
    chunkOf.set(id, file);
  }
}

if (problems.length > 0) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('bundle budget ok');
