import { INFORMATION_CATEGORIES, RECIPIENT_ROLES } from '@ips-bridge/domain';
import { describe, expect, it } from 'vitest';
import { en } from './locales/en.ts';
import { nb } from './locales/nb.ts';
import { nn } from './locales/nn.ts';

// Categories and roles are looked up as `consent.categories.${category}.name` and so on, which the general key check
// cannot see.
describe('consent categories and roles', () => {
  it.each([
    ['nb', nb],
    ['nn', nn],
    ['en', en],
  ])('are all worded in %s', (_language, catalogue) => {
    const categories: Record<string, { name: string; description: string }> = catalogue.consent.categories;
    const roleHelp: Record<string, string> = catalogue.consent.roleHelp;
    expect(INFORMATION_CATEGORIES.filter((c) => !categories[c]?.name || !categories[c]?.description)).toEqual(
      [],
    );
    expect(RECIPIENT_ROLES.filter((role) => !roleHelp[role])).toEqual([]);
  });

  it('says in every language that diagnosis and treatment is never shared without a yes', () => {
    expect(nb.consent.categories.diagnosis_treatment.description).toContain('aldri uten at du sier ja');
    expect(nn.consent.categories.diagnosis_treatment.description).toContain('aldri delt utan at du seier ja');
    expect(en.consent.categories.diagnosis_treatment.description).toContain(
      'Never shared unless you say yes',
    );
  });
});
