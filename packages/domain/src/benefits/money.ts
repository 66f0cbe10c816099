/**
 * THE ROUNDING RULE (stated once; docs/rules/benefits.md repeats it):
 * every money amount is whole kroner. Each calculation step rounds the amount it produces to the nearest krone,
 * halves away from zero, and later steps use that rounded amount. Rates and shares are not rounded, except the
 * kompensasjonsgrad, which NAV states in per cent with two decimals (`roundPercent2`). A monthly amount is the
 * yearly amount divided by 12 and rounded the same way (sosialhjelp is the exception: it is worked out per month
 * and its yearly amount is 12 × the monthly one). Totals are sums of rounded parts, so they always add up.
 */
export function roundKroner(amount: number): number {
  // The tiny nudge keeps binary fractions such as 0.4 × 130 160 = 52 063.99999… from landing on the wrong side.
  const rounded = amount < 0 ? -Math.round(-amount + 1e-7) : Math.round(amount + 1e-7);
  return rounded === 0 ? 0 : rounded;
}

export function roundPercent2(percent: number): number {
  return Math.round(percent * 100 + 1e-7) / 100;
}

export function monthlyOf(yearly: number): number {
  return roundKroner(yearly / 12);
}

/** A share (0.077) as a per cent figure for display (7.7), without binary noise; not used in calculations. */
export function toPercent(share: number): number {
  return Math.round(share * 1_000_000) / 10_000;
}
