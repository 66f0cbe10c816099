import { CONTACT_PURPOSES } from '@ips-bridge/domain';
import { describe, expect, it } from 'vitest';
import { en } from './locales/en.ts';
import { nb } from './locales/nb.ts';
import { nn } from './locales/nn.ts';

// The purposes are looked up as `jobDevelopment.purposes.${purpose}`, which the general key check cannot see.
describe('employer contact purposes', () => {
  it.each([
    ['nb', nb],
    ['nn', nn],
    ['en', en],
  ])('are all translated in %s', (_language, catalogue) => {
    const purposes: Record<string, string> = catalogue.jobDevelopment.purposes;
    expect(CONTACT_PURPOSES.filter((purpose) => !purposes[purpose])).toEqual([]);
  });
});
