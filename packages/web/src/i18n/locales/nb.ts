import { adminNb } from './admin/nb.ts';
import { coreNb } from './core/nb.ts';
import { moneyNb } from './money/nb.ts';
import { personNb } from './person/nb.ts';
import { referralNb } from './referral/nb.ts';
import { staffNb } from './staff/nb.ts';

/** Norsk bokmål: the reference catalogue. Every other language has exactly these keys. */
// The app loads the parts (areas) on demand, with the pages that need them (i18n.ts, routes.tsx); this whole
// catalogue is for the types and the tests.
export const nb = {
  ...coreNb,
  ...personNb,
  ...referralNb,
  ...staffNb,
  ...adminNb,
  money: moneyNb,
};
