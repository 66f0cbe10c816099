import { describe, expect, it } from 'vitest';
import { COMMUNITY_TIME_TARGET_PERCENT, communitySharePercent } from './time-use.ts';

describe('community share of time (IPS target ≥ 65 %)', () => {
  it.each([
    { community: 26, office: 14, share: 65, meets: true },
    { community: 25, office: 15, share: 63, meets: false },
    { community: 37.5, office: 0, share: 100, meets: true },
    { community: 0, office: 0, share: null, meets: false },
  ])('$community h out, $office h in → $share %', ({ community, office, share, meets }) => {
    const result = communitySharePercent(community, office);
    expect(result).toBe(share);
    expect(result !== null && result >= COMMUNITY_TIME_TARGET_PERCENT).toBe(meets);
  });
});
