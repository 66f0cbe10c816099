/**
 * IPS specialists work mostly out in the community (with jobseekers and employers), not in the office. IPS fidelity
 * target: at least 65 % of the specialist's scheduled time in the community (IPS-25, "community-based services";
 * shared/reference/ips-model.md).
 */
export const COMMUNITY_TIME_TARGET_PERCENT = 65;

/** Whole-per-cent share of the week spent in the community, or null for a week with no hours recorded. */
export function communitySharePercent(communityHours: number, officeHours: number): number | null {
  const total = communityHours + officeHours;
  if (total <= 0) return null;
  return Math.round((communityHours / total) * 100);
}
