import { AAP_RULES } from './aap.ts';
import { DAGPENGER_RULES } from './dagpenger.ts';
import { GRUNNBELOP_RULES } from './grunnbelop.ts';
import { SOSIALHJELP_RULES } from './sosialhjelp.ts';
import { TAX_RULES } from './tax.ts';
import type { RuleSet } from './types.ts';
import { UFORETRYGD_RULES } from './uforetrygd.ts';
import { ruleYears } from './year-rules.ts';

export const DEFAULT_RULES: RuleSet = {
  grunnbelop: GRUNNBELOP_RULES,
  uforetrygd: UFORETRYGD_RULES,
  aap: AAP_RULES,
  sosialhjelp: SOSIALHJELP_RULES,
  tax: TAX_RULES,
  dagpenger: DAGPENGER_RULES,
};

/** Years with complete rule data in `DEFAULT_RULES` (2025 and 2026). */
export const RULE_YEARS: readonly number[] = ruleYears(DEFAULT_RULES);
