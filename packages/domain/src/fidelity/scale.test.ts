import { describe, expect, it } from 'vitest';
import { IPS25_SCALE } from './ips25.ts';
import { fidelityScaleProblems, loadFidelityScale } from './loader.ts';

// The shipped data against the facts in shared/reference/fidelity-verification.md §1–3.
describe('the IPS-25 data we ship', () => {
  it('is a valid scale: 25 items, 3 + 8 + 14, anchors 1–5 in nb and en, four bands', () => {
    expect(fidelityScaleProblems(IPS25_SCALE)).toEqual([]);
    expect(loadFidelityScale(structuredClone(IPS25_SCALE)).items).toHaveLength(25);
  });

  it.each([
    { section: 'staffing', count: 3 },
    { section: 'organisation', count: 8 },
    { section: 'services', count: 14 },
  ])('$section has $count items (verification §1)', ({ section, count }) => {
    expect(IPS25_SCALE.items.filter((i) => i.section === section)).toHaveLength(count);
  });

  it('marks items 1 and 2 verified and cites a source (verification §3: V)', () => {
    for (const number of [1, 2]) {
      const item = IPS25_SCALE.items[number - 1];
      expect(item?.anchors.every((a) => a.status === 'verified' && a.source?.startsWith('http'))).toBe(true);
    }
    expect(IPS25_SCALE.items[0]?.anchors[4]?.text.en).toContain('20');
    expect(IPS25_SCALE.items[1]?.anchors[4]?.text.en).toContain('96');
  });

  it('claims no verification for the organisation items (verification §3: all U or P)', () => {
    const organisation = IPS25_SCALE.items.filter((i) => i.section === 'organisation');
    expect(organisation.flatMap((i) => i.anchors).some((a) => a.status === 'verified')).toBe(false);
  });

  it.each([
    { band: 'exemplary', min: 115 },
    { band: 'good', min: 100 },
    { band: 'fair', min: 74 },
    { band: 'not_ips', min: 25 },
  ])('band $band starts at $min (verification §2)', ({ band, min }) => {
    expect(IPS25_SCALE.bands.find((b) => b.band === band)?.min).toBe(min);
  });
});

describe('loading a scale an organisation supplies', () => {
  const broken = (change: (s: ReturnType<typeof structuredClone<typeof IPS25_SCALE>>) => void) => {
    const copy = structuredClone(IPS25_SCALE);
    change(copy);
    return fidelityScaleProblems(copy);
  };

  it.each([
    {
      name: '24 items',
      change: (s) => (s.items as unknown[]).pop(),
      expected: 'expected 25 items, found 24',
    },
    {
      name: 'an anchor missing',
      change: (s) => (s.items[4]?.anchors as unknown[] | undefined)?.pop(),
      expected: 'items[4]: anchors must be scores 1–5 in order',
    },
    {
      name: 'no English text',
      change: (s) => Object.assign(s.items[0]?.anchors[0]?.text ?? {}, { en: ' ' }),
      expected: 'items[0].anchors[0]: text needs nb and en',
    },
    {
      name: 'a verified anchor without source',
      change: (s) => Object.assign(s.items[0]?.anchors[0] ?? {}, { source: null }),
      expected: 'items[0].anchors[0]: a verified anchor needs its source',
    },
    {
      name: 'bands out of order',
      change: (s) => Object.assign(s.bands[1] ?? {}, { min: 120 }),
      expected: 'bands[0]: cut-offs must fall from band to band',
    },
  ] satisfies Array<{ name: string; change: (s: typeof IPS25_SCALE) => unknown; expected: string }>)(
    'refuses $name',
    ({ change, expected }) => {
      expect(broken((s) => void change(s))).toContain(expected);
    },
  );

  it('throws with the problems for unusable data', () => {
    expect(() => loadFidelityScale({})).toThrow(/expected 25 items/);
  });
});
