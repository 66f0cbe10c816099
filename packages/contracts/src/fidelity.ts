import {
  ANCHOR_STATUSES,
  FIDELITY_BANDS,
  FIDELITY_INDICATORS,
  FIDELITY_SECTIONS,
  REVIEW_STATUSES,
  REVIEWER_SLOTS,
} from '@ips-bridge/domain';
import { z } from 'zod';
import { isoDate, issueCode, uuid } from './common.ts';

// Fidelity reviews against the IPS-25 scale (issue 7 item 1) and the indicators beside them (item 2).

const text = z.object({ nb: z.string(), en: z.string() });

export const fidelityScaleSchema = z
  .object({
    id: z.string(),
    version: z.string(),
    title: text,
    edition: z.string(),
    items: z.array(
      z.object({
        number: z.number().int(),
        section: z.enum(FIDELITY_SECTIONS),
        name: text,
        nameNbStatus: z.enum(['verified', 'translated']),
        anchors: z.array(
          z.object({
            score: z.number().int(),
            text,
            status: z.enum(ANCHOR_STATUSES),
            source: z.string().nullable(),
          }),
        ),
        indicators: z.array(z.enum(FIDELITY_INDICATORS)),
      }),
    ),
    bands: z.array(
      z.object({
        band: z.enum(FIDELITY_BANDS),
        min: z.number().int(),
        label: text,
        status: z.enum(ANCHOR_STATUSES),
        source: z.string().nullable(),
      }),
    ),
  })
  .meta({
    id: 'FidelityScale',
    description: 'The IPS-25 scale as data, each anchor with its verification status',
  });

export type FidelityScaleData = z.output<typeof fidelityScaleSchema>;

/** A score on the scale: a whole number 1–5. */
export const fidelityScore = z.number().int().min(1).max(5);
const itemNumber = z.number().int().min(1).max(25);

/** A period from → to, the end not before the start (refused on `to`). */
export const periodQuery = z.strictObject({ from: isoDate, to: isoDate }).superRefine((p, ctx) => {
  if (p.to < p.from)
    ctx.addIssue({ ...issueCode('end_before_start', 'The end cannot be before the start'), path: ['to'] });
});

/** The indicators as a file for sharing: counts of jobseekers under 5 withheld (issue 7 item 5). */
export const indicatorExportQuery = z
  .strictObject({ from: isoDate, to: isoDate, format: z.enum(['csv', 'json']).default('csv') })
  .superRefine((p, ctx) => {
    if (p.to < p.from)
      ctx.addIssue({ ...issueCode('end_before_start', 'The end cannot be before the start'), path: ['to'] });
  });

export const createFidelityReviewBody = z
  .strictObject({
    /** The IPS team reviewed; defaults to the caller's own team. */
    teamId: uuid.optional(),
    periodFrom: isoDate,
    periodTo: isoDate,
    reviewerAId: uuid,
    reviewerBId: uuid,
  })
  .superRefine((b, ctx) => {
    if (b.periodTo < b.periodFrom)
      ctx.addIssue({
        ...issueCode('end_before_start', 'The end of the period cannot be before its start'),
        path: ['periodTo'],
      });
    if (b.reviewerAId === b.reviewerBId)
      ctx.addIssue({
        ...issueCode('same_reviewer', 'A review needs two different reviewers'),
        path: ['reviewerBId'],
      });
  });

function uniqueItems<T extends { item: number }>(rows: T[], ctx: z.RefinementCtx) {
  const seen = new Set<number>();
  rows.forEach((row, i) => {
    if (seen.has(row.item))
      ctx.addIssue({ ...issueCode('duplicate_item', 'Each item once'), path: ['items', i, 'item'] });
    seen.add(row.item);
  });
}

export const fidelitySheetBody = z
  .strictObject({
    items: z
      .array(
        z.strictObject({
          item: itemNumber,
          score: fidelityScore,
          note: z.string().trim().max(2000).default(''),
        }),
      )
      .max(25),
  })
  .superRefine((b, ctx) => uniqueItems(b.items, ctx));

export const fidelityConsensusBody = z
  .strictObject({
    items: z
      .array(
        z.strictObject({
          item: itemNumber,
          score: fidelityScore,
          evidence: z.string().trim().max(4000).default(''),
        }),
      )
      .min(1)
      .max(25),
  })
  .superRefine((b, ctx) => uniqueItems(b.items, ctx));

export const fidelityActionBody = z.strictObject({
  item: itemNumber,
  what: z.string().trim().min(1).max(2000),
  owner: z.string().trim().min(1).max(200),
  dueDate: isoDate,
});

export const fidelityActionUpdateBody = z.strictObject({
  what: z.string().trim().min(1).max(2000),
  owner: z.string().trim().min(1).max(200),
  dueDate: isoDate,
  status: z.enum(['open', 'done']),
});

const person = z.object({ id: uuid, displayName: z.string() });

export const fidelityReviewSummarySchema = z
  .object({
    id: uuid,
    team: z.object({ id: uuid, name: z.string() }),
    periodFrom: z.string(),
    periodTo: z.string(),
    status: z.enum(REVIEW_STATUSES),
    reviewers: z.object({ a: person, b: person }),
    total: z.number().int().nullable(),
    band: z.enum(FIDELITY_BANDS).nullable(),
    completedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'FidelityReviewSummary' });

export const fidelityReviewListSchema = z
  .object({
    /** The team shown; null for a caller outside any IPS team (an external reviewer). */
    team: z.object({ id: uuid, name: z.string() }).nullable(),
    items: z.array(fidelityReviewSummarySchema),
    /** Open reviews of any team that name the caller as a reviewer. */
    assignedToMe: z.array(fidelityReviewSummarySchema),
  })
  .meta({ id: 'FidelityReviewList' });

const sheetSchema = z.object({
  reviewer: person,
  submittedAt: z.iso.datetime().nullable(),
  /** Null while hidden: until both reviewers have submitted, only a reviewer sees their own sheet. */
  scores: z.array(z.object({ item: z.number().int(), score: z.number().int(), note: z.string() })).nullable(),
  /** How many items are scored (shown even when the scores are hidden). */
  scoredCount: z.number().int(),
  version: z.number().int(),
});

const indicatorSchema = z.object({
  key: z.enum(FIDELITY_INDICATORS),
  status: z.enum(['meets_target', 'below_target', 'no_data', 'not_recorded']),
  value: z.number().nullable(),
  target: z.object({ comparison: z.enum(['at_most', 'at_least']), value: z.number() }).nullable(),
  basis: z.record(z.string(), z.number().nullable()),
});

export const fidelityIndicatorsSchema = z
  .object({
    team: z.object({ id: uuid, name: z.string() }),
    from: z.string(),
    to: z.string(),
    items: z.array(indicatorSchema),
  })
  .meta({
    id: 'FidelityIndicators',
    description: 'Indicators from the data for a team and period (aggregates only)',
  });

const exportedFigure = z.union([z.number(), z.literal('withheld'), z.null()]);

export const fidelityIndicatorExportSchema = z
  .object({
    team: z.object({ id: uuid, name: z.string() }),
    from: z.string(),
    to: z.string(),
    /** Counts of jobseekers (and their jobs) below this are withheld, and so is a figure derived from one. */
    suppressedBelow: z.number().int(),
    items: z.array(
      z.object({
        key: z.enum(FIDELITY_INDICATORS),
        status: z.enum(['meets_target', 'below_target', 'no_data', 'not_recorded']),
        value: exportedFigure,
        target: z.object({ comparison: z.enum(['at_most', 'at_least']), value: z.number() }).nullable(),
        basis: z.record(z.string(), exportedFigure),
      }),
    ),
  })
  .meta({ id: 'FidelityIndicatorExport' });

export const fidelityReviewSchema = fidelityReviewSummarySchema
  .extend({
    scaleId: z.string(),
    scaleVersion: z.string(),
    /** The caller's part: which sheet is theirs (null if not a reviewer), and whether they may manage the review. */
    viewer: z.object({ slot: z.enum(REVIEWER_SLOTS).nullable(), mayManage: z.boolean() }),
    sheets: z.object({ a: sheetSchema, b: sheetSchema }),
    /** Agreement between the sheets, once both are visible. */
    agreement: z
      .object({
        compared: z.number().int(),
        exact: z.number().int(),
        withinOne: z.number().int(),
        farApart: z.array(z.number().int()),
        meanDifference: z.number().nullable(),
      })
      .nullable(),
    consensus: z.array(
      z.object({
        item: z.number().int(),
        score: z.number().int(),
        evidence: z.string(),
        decidedBy: person.nullable(),
        decidedAt: z.iso.datetime(),
      }),
    ),
    /** Sum of the consensus scores so far, and the band it would give once all 25 are in. */
    consensusTotal: z.number().int().nullable(),
    weakItems: z.array(z.number().int()),
    actions: z.array(
      z.object({
        id: uuid,
        item: z.number().int(),
        what: z.string(),
        owner: z.string(),
        dueDate: z.string(),
        status: z.enum(['open', 'done']),
        version: z.number().int(),
      }),
    ),
    version: z.number().int(),
  })
  .meta({ id: 'FidelityReview' });

export type FidelityReview = z.output<typeof fidelityReviewSchema>;
export type FidelityReviewSummary = z.output<typeof fidelityReviewSummarySchema>;
export type FidelityReviewList = z.output<typeof fidelityReviewListSchema>;
export type FidelityIndicators = z.output<typeof fidelityIndicatorsSchema>;
export type CreateFidelityReviewInput = z.input<typeof createFidelityReviewBody>;
export type FidelitySheetInput = z.input<typeof fidelitySheetBody>;
export type FidelityConsensusInput = z.input<typeof fidelityConsensusBody>;
export type FidelityActionInput = z.input<typeof fidelityActionBody>;
export type FidelityActionUpdateInput = z.input<typeof fidelityActionUpdateBody>;
