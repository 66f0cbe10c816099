import type { CatalogueShape } from '../catalogue.ts';
import { adminEn } from './admin/en.ts';
import { coreEn } from './core/en.ts';
import { moneyEn } from './money/en.ts';
import type { nb } from './nb.ts';
import { personEn } from './person/en.ts';
import { referralEn } from './referral/en.ts';
import { staffEn } from './staff/en.ts';

/** English. The labels here are the stable names end-to-end tests use. */
// The app loads the parts (areas) on demand, with the pages that need them (i18n.ts, routes.tsx); this whole
// catalogue is for the types and the tests.
export const en: CatalogueShape<typeof nb> = {
  ...coreEn,
  ...personEn,
  ...referralEn,
  ...staffEn,
  ...adminEn,
  money: moneyEn,
};
