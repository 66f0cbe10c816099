import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  END_REASONS,
  ORGANISATION_KINDS,
  PAUSE_REASONS,
  PHASES,
  REFERRAL_SOURCES,
  ROLES,
} from '@ips-bridge/domain';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from './catalogue.ts';
import { en } from './locales/en.ts';
import { nb } from './locales/nb.ts';
import { nn } from './locales/nn.ts';

const catalogues: Record<string, Catalogue> = { nb, nn, en };

/** Every leaf of a catalogue as [dotted key, value]. */
function leaves(catalogue: Catalogue, prefix = ''): Array<[string, string]> {
  return Object.entries(catalogue).flatMap(([key, value]): Array<[string, string]> => {
    const dotted = prefix === '' ? key : `${prefix}.${key}`;
    return typeof value === 'string' ? [[dotted, value]] : leaves(value, dotted);
  });
}

function keysOf(catalogue: Catalogue): string[] {
  return leaves(catalogue)
    .map(([key]) => key)
    .sort();
}

const srcDir = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'locales' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Plural keys (`days_one`, `days_other`) are used in code as `days` with a count. */
const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'];

function exists(keys: ReadonlySet<string>, key: string): boolean {
  return keys.has(key) || PLURAL_SUFFIXES.some((suffix) => keys.has(`${key}_${suffix}`));
}

describe('translation catalogues', () => {
  const reference = keysOf(nb);

  it.each(['nn', 'en'])('%s has exactly the same keys as nb', (language) => {
    const catalogue = catalogues[language];
    expect(catalogue).toBeDefined();
    if (catalogue) expect(keysOf(catalogue)).toEqual(reference);
  });

  it.each(Object.keys(catalogues))('%s has no empty strings', (language) => {
    const catalogue = catalogues[language];
    if (!catalogue) throw new Error(`missing catalogue ${language}`);
    const empty = leaves(catalogue)
      .filter(([, value]) => value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(Object.keys(catalogues))('%s uses the same {{placeholders}} as nb', (language) => {
    const catalogue = catalogues[language];
    if (!catalogue) throw new Error(`missing catalogue ${language}`);
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const expected = new Map(leaves(nb).map(([key, value]) => [key, placeholders(value)]));
    for (const [key, value] of leaves(catalogue)) {
      expect(placeholders(value), `${language}: ${key}`).toEqual(expected.get(key));
    }
  });

  it('translates every role, referral source, organisation kind, phase and reason', () => {
    const keys = new Set(reference);
    const needed = [
      ...ROLES.map((role) => `roles.${role}`),
      ...REFERRAL_SOURCES.map((source) => `referralSources.${source}`),
      ...ORGANISATION_KINDS.map((kind) => `organisationKinds.${kind}`),
      ...PHASES.map((phase) => `phases.${phase}`),
      ...PAUSE_REASONS.map((reason) => `pauseReasons.${reason}`),
      ...END_REASONS.map((reason) => `endReasons.${reason}`),
    ];
    expect(needed.filter((key) => !keys.has(key))).toEqual([]);
  });

  it("every t('…') key used in the source exists in the catalogues", () => {
    const keys = new Set(reference);
    const files = sourceFiles(srcDir);
    expect(files.some((file) => file.endsWith('.tsx'))).toBe(true);

    const missing: string[] = [];
    let used = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\(\s*(['"])([^'"`]+)\1/g)) {
        const key = match[2] ?? '';
        used += 1;
        if (!exists(keys, key)) missing.push(`${path.relative(srcDir, file)}: ${key}`);
      }
    }
    expect(used).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
