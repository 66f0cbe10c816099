import { type EstimateInput, estimateBenefits, netIncomeCurve, RULE_YEARS } from '@ips-bridge/domain';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/locales/en.ts';
import { nb } from '../../i18n/locales/nb.ts';
import { nn } from '../../i18n/locales/nn.ts';
import { cliffMarkers, findCliffs, hoursForIncome, MIN_NAMED_SHORTFALL, tablePoints } from './cliffs.ts';
import { cliffTexts, splitSafetyNets } from './moneyText.ts';

const YEAR = Math.max(...RULE_YEARS);
const work = { hoursPerWeek: 10, hourlyWage: 210, weeksPerYear: 46 };

function run(situation: EstimateInput['situation']) {
  const input: EstimateInput = { year: YEAR, situation, scenarios: [work] };
  const result = estimateBenefits(input);
  const curve = netIncomeCurve(input, { maxHoursPerWeek: 40, stepHours: 0.5 });
  return { result, curve, cliffs: findCliffs(result, curve, work) };
}

const i18n = i18next.createInstance();
await i18n.init({
  resources: { nb: { translation: nb }, nn: { translation: nn }, en: { translation: en } },
  lng: 'nb',
  interpolation: { escapeValue: false },
});

describe('findCliffs', () => {
  it('names where AAP stops, with the net just below and just above the limit', () => {
    const { cliffs } = run({ kind: 'aap', basisIncome: 360_000, age: 34, children: 1 });
    const stops = cliffs.find((c) => c.kind === 'aap_stops');
    expect(stops).toMatchObject({ kind: 'aap_stops', hours: 22.5 });
    if (stops?.kind !== 'aap_stops') throw new Error('no AAP cliff');
    expect(stops.before?.hoursPerWeek).toBe(22.5);
    expect(stops.after?.hoursPerWeek).toBe(23);
    expect(stops.after?.netMonthly ?? 0).toBeLessThan(stops.before?.netMonthly ?? 0);
    // Just above the limit the person has less than without work: that stretch is named too.
    const less = cliffs.find((c) => c.kind === 'less_than_without');
    expect(less).toMatchObject({ from: 23 });
  });

  it('converts the uføretrygd income limit and cap to hours at the current wage', () => {
    const { result, cliffs } = run({
      kind: 'uforetrygd',
      uforegrad: 60,
      household: 'single',
      monthsReceivedBeforeYear: 30,
      incomeBeforeDisability: 420_000,
    });
    if (result.keyFigures.kind !== 'uforetrygd') throw new Error('expected uføretrygd');
    const cap = cliffs.find((c) => c.kind === 'ufore_stops');
    expect(cap).toMatchObject({
      income: result.keyFigures.incomeCap,
      hours: hoursForIncome(result.keyFigures.incomeCap, work),
    });
    // The last point before the cap still has uføretrygd; the first after it has none.
    if (cap?.kind !== 'ufore_stops') throw new Error('no cap');
    expect(cap.before?.flags).not.toContain('uforetrygd_stops_above_80_percent_of_ifu');
    expect(cap.after?.flags).toContain('uforetrygd_stops_above_80_percent_of_ifu');
    const markers = cliffMarkers(cliffs, 40);
    expect(markers.map((m) => m.kind)).toEqual(['ufore_reduced', 'ufore_stops']);
  });

  it('cannot convert income to hours when the work pays nothing', () => {
    expect(hoursForIncome(100_000, { hoursPerWeek: 10, hourlyWage: 0, weeksPerYear: 46 })).toBeNull();
  });

  it('finds where sosialhjelp ends, and ignores differences of a few kroner from rounding', () => {
    const { cliffs } = run({ kind: 'sosialhjelp', household: 'single', monthlyHousingCost: 8000 });
    expect(cliffs.find((c) => c.kind === 'sosialhjelp_ends')).toMatchObject({ hours: expect.any(Number) });
    for (const cliff of cliffs) {
      if (cliff.kind === 'less_than_without')
        expect(cliff.shortfall).toBeGreaterThanOrEqual(MIN_NAMED_SHORTFALL);
    }
  });

  it('has no cliffs without a benefit', () => {
    expect(run({ kind: 'none' }).cliffs).toEqual([]);
  });
});

describe('cliffTexts', () => {
  it('says in words where AAP stops, in each language', () => {
    const { cliffs } = run({ kind: 'aap', basisIncome: 360_000, age: 34, children: 1 });
    expect(cliffTexts(i18n.getFixedT('nb'), cliffs, 'nb', 40)[0]).toContain(
      'AAP stopper hvis du jobber mer enn 22,5 timer i uka',
    );
    expect(cliffTexts(i18n.getFixedT('en'), cliffs, 'en', 40)[0]).toContain(
      'AAP stops if you work more than 22.5 hours a week',
    );
    expect(cliffTexts(i18n.getFixedT('nn'), cliffs, 'nn', 40)[0]).toContain(
      'AAP stoppar om du jobbar meir enn 22,5 timar i veka',
    );
  });

  it('says there are no drops when there is no benefit', () => {
    expect(cliffTexts(i18n.getFixedT('nb'), [], 'nb', 40)).toEqual([nb.money.curve.noCliffs]);
  });
});

describe('tablePoints', () => {
  it('lists every whole hour and the half hour where AAP stops', () => {
    const { curve } = run({ kind: 'aap', basisIncome: 360_000, age: 34, children: 0 });
    const hours = tablePoints(curve).map((p) => p.hoursPerWeek);
    expect(hours).toContain(22);
    expect(hours).toContain(23);
    expect(hours).toContain(22.5);
    expect(hours).not.toContain(10.5);
  });
});

describe('splitSafetyNets', () => {
  it('puts reporting duties apart from what happens if the job ends', () => {
    const { result } = run({ kind: 'aap', basisIncome: 360_000, age: 34, children: 0 });
    expect(result.year).toBe(YEAR);
    const items = [
      {
        code: 'safety_aap_meldekort' as const,
        params: {},
        reference: { law: '', source: '', verified: true, parameters: [] },
      },
      {
        code: 'safety_aap_continues' as const,
        params: {},
        reference: { law: '', source: '', verified: true, parameters: [] },
      },
    ];
    const split = splitSafetyNets(items);
    expect(split.report.map((i) => i.code)).toEqual(['safety_aap_meldekort']);
    expect(split.jobEnds.map((i) => i.code)).toEqual(['safety_aap_continues']);
  });
});
