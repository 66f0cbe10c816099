import type { CatalogueShape } from '../catalogue.ts';
import { adminNn } from './admin/nn.ts';
import { coreNn } from './core/nn.ts';
import { moneyNn } from './money/nn.ts';
import type { nb } from './nb.ts';
import { personNn } from './person/nn.ts';
import { referralNn } from './referral/nn.ts';
import { staffNn } from './staff/nn.ts';

/** Norsk nynorsk. A first version: have it reviewed by a nynorsk writer before wider use. */
// The app loads the parts (areas) on demand, with the pages that need them (i18n.ts, routes.tsx); this whole
// catalogue is for the types and the tests.
export const nn: CatalogueShape<typeof nb> = {
  ...coreNn,
  ...personNn,
  ...referralNn,
  ...staffNn,
  ...adminNn,
  money: moneyNn,
};
