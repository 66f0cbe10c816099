import { describe, expect, it } from 'vitest';
import { BenefitsInputError } from './errors.ts';
import { safetyNets } from './safety-nets.ts';

describe('safetyNets', () => {
  it('uføretrygd: hvilende rett for 10 years above 80 %, reporting income and the yearly settlement', () => {
    const items = safetyNets(
      { kind: 'uforetrygd', uforegrad: 100, household: 'single', monthsReceivedBeforeYear: 30 },
      2026,
    );
    expect(items.map((i) => i.code)).toEqual([
      'safety_uforetrygd_dormant_right',
      'safety_uforetrygd_resumes',
      'safety_uforetrygd_report_income',
      'safety_uforetrygd_yearly_settlement',
      'safety_uforetrygd_grade_kept',
      'safety_uforetrygd_do_not_resign',
      'safety_tax_card',
    ]);
    expect(items[0]).toMatchObject({
      params: { years: 10, capPercent: 80 },
      reference: { law: expect.stringContaining('§ 12-10 tredje ledd'), verified: true },
    });
  });

  it('AAP: meldekort every 14 days, the right continues above the limit, dagpenger thresholds in kroner', () => {
    const items = safetyNets(
      { kind: 'aap', basisIncome: 0, age: 30, children: 0, workLimit: 'gradual_return' },
      2025,
    );
    const byCode = new Map(items.map((i) => [i.code, i]));
    expect(byCode.get('safety_aap_meldekort')?.params).toEqual({ days: 14 });
    expect(byCode.get('safety_aap_continues')?.params).toEqual({ limitPercent: 80, maxHours: 30 });
    // 1.5 × 128 116 = 192 174; 3 × 128 116 = 384 348. Secondary source, so not verified.
    expect(byCode.get('safety_dagpenger')).toMatchObject({
      params: { lastYear: 192_174, threeYears: 384_348 },
      reference: { verified: false },
    });
  });

  it('sosialhjelp and no benefit: report income, apply again, dagpenger', () => {
    expect(
      safetyNets({ kind: 'sosialhjelp', household: 'single', monthlyHousingCost: 0 }, 2025).map(
        (i) => i.code,
      ),
    ).toEqual([
      'safety_sosialhjelp_report_income',
      'safety_sosialhjelp_apply_again',
      'safety_dagpenger',
      'safety_tax_card',
    ]);
    expect(safetyNets({ kind: 'none' }, 2026).map((i) => i.code)).toContain('safety_dagpenger');
  });

  it('refuses a year without rule data', () => {
    expect(() => safetyNets({ kind: 'none' }, 2030)).toThrow(BenefitsInputError);
  });
});
