import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../packages/server/src/http/errors.ts';
import { nb } from '../packages/web/src/i18n/locales/nb.ts';

// The server's stable codes are shown to people through the web catalogues; a code the catalogue lacks reaches the
// user as the server's English title. The catalogue test keeps nb, nn and en in step, so bokmål is checked here.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const codesIn = (files: readonly string[], pattern: RegExp) =>
  files.flatMap((file) =>
    [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(pattern)].map((m) => m[1] ?? ''),
  );
const contractFiles = readdirSync(path.join(ROOT, 'packages/contracts/src'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => `packages/contracts/src/${f}`);

describe('every code the server sends has words in the web catalogue', () => {
  it('problem codes (the error mapping)', () => {
    const missing = Object.keys(ERROR_STATUS).filter((code) => !Object.hasOwn(nb.problems, code));
    expect(missing).toEqual([]);
  });

  it.each([
    ['the contracts', contractFiles, /issueCode\('([a-z_]+)'/g],
    ['the input guard', ['packages/server/src/http/input-guard.ts'], /code: '([a-z_]+)'/g],
  ] as const)('field codes made in %s', (_where, files, pattern) => {
    const codes = codesIn(files, pattern);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => !Object.hasOwn(nb.serverFieldErrors, code))).toEqual([]);
  });
});
