/**
 * The IPS fidelity scale as data (IPS-25, "Supported Employment Fidelity Scale", 2008 revision; Bond, Peterson,
 * Becker & Drake, Psychiatr Serv 2012;63(8):758–63). The definition — items, anchors, bands and their labels in each
 * language — is data an organisation can load or replace (loader.ts validates it), because the official wording is
 * under a reproduction restriction (Fidelity Review Manual, 4th ed. 2019: no part reproduced without written
 * permission). The default data (ips25.ts) therefore ships item names, the anchors verified against a public source
 * and short summaries in our own words, and marks each anchor's status. See docs/fidelity.md and
 * shared/reference/fidelity-verification.md.
 */

export const FIDELITY_SECTIONS = ['staffing', 'organisation', 'services'] as const;
export type FidelitySection = (typeof FIDELITY_SECTIONS)[number];

/** 3 + 8 + 14 = 25 items (fidelity-verification.md §1). */
export const SECTION_ITEM_COUNTS: Record<FidelitySection, number> = {
  staffing: 3,
  organisation: 8,
  services: 14,
};

export const FIDELITY_SCORES = [1, 2, 3, 4, 5] as const;
export type FidelityScore = (typeof FIDELITY_SCORES)[number];

/**
 * How far an anchor can be trusted:
 * - `verified`: its content (the thresholds or elements) was read in the cited public source of the IPS-25;
 * - `paraphrased`: its content is corroborated in part by the cited source (a secondary page or an adaptation);
 * - `unverified`: a summary from recollection of the scale, not yet checked against the manual.
 * In every case the text is a summary in our own words, not the scale's wording.
 */
export const ANCHOR_STATUSES = ['verified', 'paraphrased', 'unverified'] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];

export interface LocalisedText {
  nb: string;
  en: string;
}

export interface FidelityAnchor {
  score: FidelityScore;
  text: LocalisedText;
  status: AnchorStatus;
  /** Where the content was checked (a URL), or null for an unverified anchor. */
  source: string | null;
}

/** Data in IPS Bridge that informs an item (shown beside it on the review). */
export const FIDELITY_INDICATORS = [
  'caseload',
  'community_time',
  'employer_contacts',
  'days_to_first_employer_contact',
  'treatment_team_meetings',
  'nav_meetings',
  'follow_along',
  'job_type_diversity',
  'employer_diversity',
  'competitive_jobs',
  'benefits_planning',
] as const;
export type FidelityIndicatorKey = (typeof FIDELITY_INDICATORS)[number];

export interface FidelityItem {
  /** 1–25 in scale order. */
  number: number;
  section: FidelitySection;
  name: LocalisedText;
  /** Whether the Norwegian name was read in the Norwegian form of the scale, or is our translation. */
  nameNbStatus: 'verified' | 'translated';
  anchors: readonly FidelityAnchor[];
  indicators: readonly FidelityIndicatorKey[];
}

export const FIDELITY_BANDS = ['exemplary', 'good', 'fair', 'not_ips'] as const;
export type FidelityBand = (typeof FIDELITY_BANDS)[number];

export interface FidelityBandDefinition {
  band: FidelityBand;
  /** Lowest total in the band (inclusive); the band runs up to the next band's minimum − 1, the top one to 125. */
  min: number;
  label: LocalisedText;
  status: AnchorStatus;
  source: string | null;
}

export interface FidelityScale {
  id: string;
  /** Version of this data file: bump it when any anchor, band or label changes; a review keeps the version it used. */
  version: string;
  title: LocalisedText;
  /** Which edition of the scale the data follows. */
  edition: string;
  items: readonly FidelityItem[];
  /** Highest band first. */
  bands: readonly FidelityBandDefinition[];
}
