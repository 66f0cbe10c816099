import { readFileSync } from 'node:fs';
import {
  createFidelityReviewBody,
  type FidelityScaleData,
  fidelityActionBody,
  fidelityActionUpdateBody,
  fidelityConsensusBody,
  fidelityIndicatorExportSchema,
  fidelityIndicatorsSchema,
  fidelityReviewListSchema,
  fidelityReviewSchema,
  fidelityScaleSchema,
  fidelitySheetBody,
  indicatorExportQuery,
  periodQuery,
  uuid,
} from '@ips-bridge/contracts';
import {
  appendAudit,
  completeFidelityReview,
  type Db,
  type DbOrTrx,
  type FidelityReviewRecord,
  findFidelityAction,
  findFidelityReview,
  findOrganisation,
  findUserById,
  insertFidelityAction,
  insertFidelityReview,
  listConsensus,
  listFidelityActions,
  listFidelityReviews,
  listOpenReviewsForReviewer,
  listOrganisations,
  listSheetScores,
  listTeamMeetingFacts,
  listTeamSpecialists,
  listUsers,
  loadFidelityIndicatorData,
  saveConsensus,
  saveSheetScores,
  submitSheet,
  updateFidelityActionIfVersion,
} from '@ips-bridge/db';
import {
  agreementSummary,
  benefitsPlanningIndicator,
  caseloadIndicator,
  communityTimeIndicator,
  competitiveJobsIndicator,
  completionProblems,
  consensusProblems,
  diversityIndicators,
  employerContactIndicator,
  type FidelityScale,
  fidelityBand,
  fidelityScaleProblems,
  fidelityTotal,
  firstEmployerContactIndicator,
  followAlongIndicator,
  type Indicator,
  IPS25_SCALE,
  isStaffRole,
  maySeeSheet,
  meetingRhythmIndicators,
  osloDate,
  type Period,
  REVIEWER_SLOTS,
  type ReviewerSlot,
  type ReviewFacts,
  type ReviewProblem,
  type Role,
  SMALL_CELL_LIMIT,
  sheetEditProblems,
  sheetSubmitProblems,
  statusAfterSubmit,
  suppressIndicatorForExport,
  weakItems,
} from '@ips-bridge/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../app-types.ts';
import type { AuthContext } from '../auth/sessions.ts';
import { ConfigError } from '../config.ts';
import { requireAuth } from '../http/access.ts';
import { etagOf, requireIfMatch } from '../http/concurrency.ts';
import { AppError } from '../http/errors.ts';
import { problemResponses } from '../http/schemas.ts';

/**
 * Fidelity reviews (issue 7). Who may do what:
 * - the team's IPS supervisors and administrators manage reviews of the team (create, agree consensus, complete,
 *   action plans);
 * - the two reviewers named on a review score their own sheet, take part in the consensus and the action plan, and
 *   see the review — even when they belong to another team (external reviewers, e.g. a specialist from another
 *   site, are how IPS reviews are usually run);
 * - the team's other staff see the team's reviews and indicators.
 * A review holds no participant data; the indicators are aggregates. Writes are audited (without a participant).
 */
const FIDELITY_ROLES: readonly Role[] = [
  'employment_specialist',
  'ips_supervisor',
  'nav_counsellor',
  'therapist',
  'administrator',
];
const MANAGERS: readonly Role[] = ['ips_supervisor', 'administrator'];
const ACCESS = { access: { kind: 'authenticated', roles: FIDELITY_ROLES } } as const;
const MANAGE_ACCESS = { access: { kind: 'authenticated', roles: MANAGERS } } as const;
const reviewParams = z.strictObject({ reviewId: uuid });
const actionParams = z.strictObject({ reviewId: uuid, actionId: uuid });
const teamParams = z.strictObject({ teamId: uuid });

function managesTeam(auth: AuthContext, teamId: string): boolean {
  if (auth.user.role === 'administrator') return true;
  return auth.user.role === 'ips_supervisor' && auth.user.team?.id === teamId;
}

function seesTeam(auth: AuthContext, teamId: string): boolean {
  return managesTeam(auth, teamId) || auth.user.team?.id === teamId;
}

function slotOf(auth: AuthContext, review: FidelityReviewRecord): ReviewerSlot | null {
  return REVIEWER_SLOTS.find((s) => review.reviewers[s].id === auth.user.id) ?? null;
}

interface ReviewRole {
  slot: ReviewerSlot | null;
  mayManage: boolean;
}

function roleIn(auth: AuthContext, review: FidelityReviewRecord): ReviewRole {
  const slot = slotOf(auth, review);
  const mayManage = managesTeam(auth, review.team.id);
  if (slot === null && !mayManage && !seesTeam(auth, review.team.id)) throw new AppError('forbidden');
  return { slot, mayManage };
}

/** Reviewers and managers take part in consensus and action plans; the rest of the team only reads. */
function requireParticipant(role: ReviewRole): void {
  if (role.slot === null && !role.mayManage)
    throw new AppError('forbidden', { detail: 'Only the reviewers and the team’s supervisor can do this' });
}

async function loadReview(db: DbOrTrx, reviewId: string, forUpdate = false): Promise<FidelityReviewRecord> {
  const review = await findFidelityReview(db, reviewId, { forUpdate });
  if (!review) throw new AppError('not_found');
  return review;
}

function factsOf(review: FidelityReviewRecord, consensusItems: ReadonlySet<number>): ReviewFacts {
  return {
    status: review.status,
    submitted: { a: review.submittedAt.a !== null, b: review.submittedAt.b !== null },
    consensusItems,
  };
}

function problemError(problems: ReviewProblem[]): AppError {
  const first = problems[0];
  switch (first?.kind) {
    case 'already_completed':
      return new AppError('conflict', { detail: 'The review is completed' });
    case 'sheet_submitted':
      return new AppError('conflict', {
        detail: 'This sheet has been submitted and can no longer be changed',
      });
    case 'not_in_state':
      return new AppError('conflict', { detail: `The review is not in the ${first.expected} state` });
    case 'reviewer_not_submitted':
      return new AppError('fidelity_review_incomplete', {
        detail: 'Both reviewers must submit their own scores first',
        errors: problems.map((p) => ({
          path: `sheets.${p.kind === 'reviewer_not_submitted' ? p.slot : ''}`,
          message: 'Not submitted yet',
          code: 'reviewer_not_submitted',
        })),
      });
    case 'sheet_incomplete':
      return new AppError('fidelity_review_incomplete', {
        detail: `Score every item before submitting; missing: ${first.missing.join(', ')}`,
        errors: first.missing.map((item) => ({
          path: `items.${item}`,
          message: 'No score',
          code: 'missing_score',
        })),
      });
    case 'consensus_missing':
      return new AppError('fidelity_review_incomplete', {
        detail: `Agree a consensus score for every item first; missing: ${first.missing.join(', ')}`,
        errors: first.missing.map((item) => ({
          path: `consensus.${item}`,
          message: 'No consensus score',
          code: 'missing_consensus',
        })),
      });
    default:
      return new AppError('conflict');
  }
}

/** The review as `auth` may see it: the other reviewer's sheet stays hidden until both have submitted. */
async function reviewView(trx: DbOrTrx, auth: AuthContext, review: FidelityReviewRecord) {
  const role = roleIn(auth, review);
  // One connection per transaction: its queries run one after the other.
  const sheets = await listSheetScores(trx, review.id);
  const consensus = await listConsensus(trx, review.id);
  const actions = await listFidelityActions(trx, review.id);
  const consensusScores = new Map(consensus.map((c) => [c.item, c.score]));
  const facts = factsOf(review, new Set(consensusScores.keys()));
  const sheet = (slot: ReviewerSlot) => ({
    reviewer: review.reviewers[slot],
    submittedAt: review.submittedAt[slot]?.toISOString() ?? null,
    scores: maySeeSheet(facts, slot, role.slot) ? sheets[slot] : null,
    scoredCount: sheets[slot].length,
    version: review.sheetVersion[slot],
  });
  const bothVisible = facts.submitted.a && facts.submitted.b;
  const partialTotal = consensus.length === 0 ? null : consensus.reduce((s, c) => s + c.score, 0);
  return {
    id: review.id,
    team: review.team,
    periodFrom: review.periodFrom,
    periodTo: review.periodTo,
    status: review.status,
    reviewers: review.reviewers,
    total: review.total,
    band: review.band,
    completedAt: review.completedAt?.toISOString() ?? null,
    scaleId: review.scaleId,
    scaleVersion: review.scaleVersion,
    viewer: role,
    sheets: { a: sheet('a'), b: sheet('b') },
    agreement: bothVisible
      ? agreementSummary(
          new Map(sheets.a.map((s) => [s.item, s.score])),
          new Map(sheets.b.map((s) => [s.item, s.score])),
        )
      : null,
    consensus: consensus.map((c) => ({ ...c, decidedAt: c.decidedAt.toISOString() })),
    consensusTotal: partialTotal,
    weakItems: weakItems(consensusScores),
    actions: actions.map(({ createdAt: _c, ...a }) => a),
    version: review.version,
  };
}

async function audit(
  trx: DbOrTrx,
  request: FastifyRequest,
  auth: AuthContext,
  action: string,
): Promise<void> {
  await appendAudit(trx, [
    {
      actorUserId: auth.user.id,
      actorRole: auth.user.role,
      action,
      participantId: null,
      outcome: 'allowed',
      reason: null,
      requestId: request.id,
    },
  ]);
}

function summaryOf(r: FidelityReviewRecord) {
  return {
    id: r.id,
    team: r.team,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    status: r.status,
    reviewers: r.reviewers,
    total: r.total,
    band: r.band,
    completedAt: r.completedAt?.toISOString() ?? null,
  };
}

function sendReview<T extends { version: number }>(reply: FastifyReply, view: T): T {
  reply.header('etag', etagOf(view.version));
  return view;
}

/** The IPS team whose indicators `auth` asks for: its staff and managers, or a reviewer named on one of its reviews. */
async function indicatorTeam(trx: DbOrTrx, auth: AuthContext, teamId: string) {
  const team = await findOrganisation(trx, teamId);
  if (team?.kind !== 'ips_team') throw new AppError('not_found');
  if (!seesTeam(auth, teamId)) {
    // An external reviewer sees the indicators of a team whose review they are named on.
    const reviews = await listFidelityReviews(trx, teamId);
    if (!reviews.some((r) => slotOf(auth, r) !== null)) throw new AppError('forbidden');
  }
  return team;
}

/** A withheld figure is written `<5`, no figure is left empty; the basis as `name=value` pairs. */
function indicatorCsv(items: ReadonlyArray<ReturnType<typeof suppressIndicatorForExport>>): string {
  const shown = (v: number | 'withheld' | null) => (v === 'withheld' ? `<${SMALL_CELL_LIMIT}` : (v ?? ''));
  const cell = (value: string | number) => {
    const text = String(value);
    return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = items.map((i) =>
    [
      i.key,
      shown(i.value),
      i.target ? `${i.target.comparison === 'at_most' ? '<=' : '>='}${i.target.value}` : '',
      i.status,
      Object.entries(i.basis)
        .map(([k, v]) => `${k}=${shown(v)}`)
        .join(' '),
    ]
      .map(cell)
      .join(','),
  );
  return `${['indicator,value,target,status,basis', ...lines].join('\r\n')}\r\n`;
}

/** Indicators for a team and period, each an aggregate (domain/fidelity/indicators.ts). */
async function indicatorsFor(
  trx: DbOrTrx,
  teamId: string,
  period: Period,
  today: string,
): Promise<Indicator[]> {
  const data = await loadFidelityIndicatorData(trx, teamId, period);
  const [jobTypes, employers] = diversityIndicators(data.jobs, period);
  // Items 5 and 6 from the specialists' treatment-team and NAV meeting records (docs/teamwork.md).
  const specialists = await listTeamSpecialists(trx, teamId);
  const meetings = await listTeamMeetingFacts(
    trx,
    specialists.map((s) => s.id),
    period,
  );
  const [weeklyMeetings, monthlyMeetings] = meetingRhythmIndicators(
    specialists.map((s) => meetings.filter((m) => m.specialistId === s.id)),
    period,
  );
  return [
    caseloadIndicator(data.caseloads),
    communityTimeIndicator(data.timeUse, period),
    employerContactIndicator(data.employerContacts, data.specialistCount, period),
    firstEmployerContactIndicator(data.referrals, period, today < period.to ? today : period.to),
    weeklyMeetings,
    monthlyMeetings,
    followAlongIndicator(data.jobs, period),
    jobTypes,
    employers,
    competitiveJobsIndicator(data.jobs, period),
    benefitsPlanningIndicator(data.jobs, period),
  ];
}

/**
 * The scale in use: the shipped IPS-25 data, or an organisation's own definition from a JSON file of the same shape
 * (FIDELITY_SCALE_FILE, e.g. with the official wording they have a licence for), checked by the domain's loader.
 * A file that cannot be read or does not pass stops the app at start with the problems named.
 */
export function loadFidelityScaleFile(file: string | null): FidelityScale {
  if (file === null) return IPS25_SCALE;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError([`FIDELITY_SCALE_FILE: cannot read ${file} as JSON (${(error as Error).message})`]);
  }
  const problems = fidelityScaleProblems(data);
  if (problems.length > 0) throw new ConfigError(problems.map((p) => `FIDELITY_SCALE_FILE: ${p}`));
  return data as FidelityScale;
}

export function registerFidelityRoutes(
  app: App,
  deps: { db: Db; now: () => Date; scale?: FidelityScale },
): void {
  const { db } = deps;
  const scale = deps.scale ?? IPS25_SCALE;

  app.get(
    '/api/fidelity/scale',
    {
      config: ACCESS,
      schema: {
        tags: ['fidelity'],
        summary:
          'The IPS-25 scale as data: 25 items in three sections, anchors 1–5 (nb, en) each marked verified, ' +
          'paraphrased or unverified with its source, and the score bands',
        response: { 200: fidelityScaleSchema, ...problemResponses },
      },
    },
    async () => structuredClone(scale) as FidelityScaleData,
  );

  app.get(
    '/api/fidelity/reviewer-candidates',
    {
      config: MANAGE_ACCESS,
      schema: {
        tags: ['fidelity'],
        summary: 'Staff who can be named reviewers (from any team: reviewers may come from another site)',
        response: {
          200: z.object({
            items: z.array(
              z.object({ id: uuid, displayName: z.string(), role: z.string(), team: z.string().nullable() }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async () => {
      const users = await listUsers(db);
      const organisations = new Map((await listOrganisations(db)).map((o) => [o.id, o.name]));
      return {
        items: users
          .filter((u) => u.active && isStaffRole(u.role))
          .map((u) => ({
            id: u.id,
            displayName: u.displayName,
            role: u.role,
            team: u.teamId ? (organisations.get(u.teamId) ?? null) : null,
          })),
      };
    },
  );

  app.get(
    '/api/fidelity/reviews',
    {
      config: ACCESS,
      schema: {
        tags: ['fidelity'],
        summary:
          "A team's fidelity reviews, newest first, with total and band (the caller's own team unless teamId is given)",
        querystring: z.strictObject({ teamId: uuid.optional() }),
        response: { 200: fidelityReviewListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const assignedToMe = (await listOpenReviewsForReviewer(db, auth.user.id)).map(summaryOf);
      const teamId = request.query.teamId ?? auth.user.team?.id;
      if (!teamId) return { team: null, items: [], assignedToMe };
      const team = await findOrganisation(db, teamId);
      if (team?.kind !== 'ips_team') throw new AppError('not_found');
      const reviews = await listFidelityReviews(db, teamId);
      // Outside the team, a reviewer sees only the reviews they are named on.
      const visible = seesTeam(auth, teamId) ? reviews : reviews.filter((r) => slotOf(auth, r) !== null);
      if (!seesTeam(auth, teamId) && visible.length === 0) throw new AppError('forbidden');
      return { team: { id: team.id, name: team.name }, items: visible.map(summaryOf), assignedToMe };
    },
  );

  app.post(
    '/api/fidelity/reviews',
    {
      config: MANAGE_ACCESS,
      schema: {
        tags: ['fidelity'],
        summary: 'Start a fidelity review of a team for a period, naming two different reviewers',
        body: createFidelityReviewBody,
        response: { 201: fidelityReviewSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const body = request.body;
      const teamId = body.teamId ?? auth.user.team?.id;
      if (!teamId)
        throw new AppError('validation_failed', {
          errors: [{ path: 'teamId', message: 'Name the team to review', code: 'required' }],
        });
      const now = deps.now();
      const view = await db.transaction().execute(async (trx) => {
        const team = await findOrganisation(trx, teamId);
        if (team?.kind !== 'ips_team')
          throw new AppError('validation_failed', {
            errors: [{ path: 'teamId', message: 'Not an IPS team', code: 'not_an_ips_team' }],
          });
        if (!managesTeam(auth, teamId)) throw new AppError('forbidden');
        for (const field of ['reviewerAId', 'reviewerBId'] as const) {
          const user = await findUserById(trx, body[field]);
          if (!user?.active || !isStaffRole(user.role))
            throw new AppError('validation_failed', {
              errors: [{ path: field, message: 'Choose an active staff member', code: 'unknown_reviewer' }],
            });
        }
        const id = await insertFidelityReview(trx, {
          teamId,
          periodFrom: body.periodFrom,
          periodTo: body.periodTo,
          scaleId: scale.id,
          scaleVersion: scale.version,
          reviewerAId: body.reviewerAId,
          reviewerBId: body.reviewerBId,
          createdBy: auth.user.id,
          at: now,
        });
        await audit(trx, request, auth, 'fidelity_review.create');
        return reviewView(trx, auth, await loadReview(trx, id));
      });
      reply.code(201);
      return sendReview(reply, view);
    },
  );

  app.get(
    '/api/fidelity/reviews/:reviewId',
    {
      config: ACCESS,
      schema: {
        tags: ['fidelity'],
        summary:
          "A review as the caller may see it: the other reviewer's scores stay hidden until both have submitted",
        params: reviewParams,
        response: { 200: fidelityReviewSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const view = await db
        .transaction()
        .execute(async (trx) => reviewView(trx, auth, await loadReview(trx, request.params.reviewId)));
      return sendReview(reply, view);
    },
  );

  app.put(
    '/api/fidelity/reviews/:reviewId/sheet',
    {
      config: ACCESS,
      schema: {
        tags: ['fidelity'],
        summary:
          "Save scores on the caller's own reviewer sheet (If-Match: the sheet's version from the review); " +
          'only while scoring and before the sheet is submitted',
        params: reviewParams,
        body: fidelitySheetBody,
        response: { 200: fidelityReviewSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const expected = requireIfMatch(request);
      const view = await db.transaction().execute(async (trx) => {
        const review = await loadReview(trx, request.params.reviewId, true);
        const slot = slotOf(auth, review);
        if (!slot) throw new AppError('forbidden', { detail: 'Only the two reviewers score' });
        const problems = sheetEditProblems(factsOf(review, new Set()), slot);
        if (problems.length > 0) throw problemError(problems);
        if (review.sheetVersion[slot] !== expected) throw new AppError('precondition_failed');
        await saveSheetScores(trx, review.id, slot, request.body.items);
        await audit(trx, request, auth, 'fidelity_review.score');
        return reviewView(trx, auth, await loadReview(trx, review.id));
      });
      return sendReview(reply, view);
    },
  );

  app.post(
    '/api/fidelity/reviews/:reviewId/sheet/submit',
    {
      config: ACCESS,
      schema: {
        tags: ['fidelity'],
        summary:
          "Submit the caller's own sheet once all 25 items are scored; when both are in, the review moves to " +
          'consensus and both sheets are shown side by side',
        params: reviewParams,
        response: { 200: fidelityReviewSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const view = await db.transaction().execute(async (trx) => {
        const review = await loadReview(trx, request.params.reviewId, true);
        const slot = slotOf(auth, review);
        if (!slot) throw new AppError('forbidden', { detail: 'Only the two reviewers score' });
        const sheets = await listSheetScores(trx, review.id);
        const facts = factsOf(review, new Set());
        const problems = sheetSubmitProblems(facts, slot, new Set(sheets[slot].map((s) => s.item)));
        if (problems.length > 0) throw problemError(problems);
        const submitted = { ...facts.submitted, [slot]: true };
        await submitSheet(trx, review.id, slot, statusAfterSubmit(submitted), deps.now());
        await audit(trx, request, auth, 'fidelity_review.submit');
        return reviewView(trx, auth, await loadReview(trx, review.id));
      });
      return sendReview(reply, view);
    },
  );

  app.put(
    '/api/fidelity/reviews/:reviewId/consensus',
    {
      config: ACCESS,
      schema: {
        tags: ['fidelity'],
        summary:
          'Record agreed consensus scores with their evidence (reviewers or the team supervisor; If-Match: the ' +
          "review's ETag); possible once both sheets are submitted, until the review is completed",
        params: reviewParams,
        body: fidelityConsensusBody,
        response: { 200: fidelityReviewSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const expected = requireIfMatch(request);
      const view = await db.transaction().execute(async (trx) => {
        const review = await loadReview(trx, request.params.reviewId, true);
        requireParticipant(roleIn(auth, review));
        const problems = consensusProblems(factsOf(review, new Set()));
        if (problems.length > 0) throw problemError(problems);
        if (review.version !== expected) throw new AppError('precondition_failed');
        await saveConsensus(trx, review.id, request.body.items, auth.user.id, deps.now());
        await audit(trx, request, auth, 'fidelity_review.consensus');
        return reviewView(trx, auth, await loadReview(trx, review.id));
      });
      return sendReview(reply, view);
    },
  );

  app.post(
    '/api/fidelity/reviews/:reviewId/complete',
    {
      config: ACCESS,
      schema: {
        tags: ['fidelity'],
        summary:
          'Complete the review: needs both sheets submitted and a consensus score on all 25 items; fixes the total ' +
          "and band (If-Match: the review's ETag)",
        params: reviewParams,
        response: { 200: fidelityReviewSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const expected = requireIfMatch(request);
      const view = await db.transaction().execute(async (trx) => {
        const review = await loadReview(trx, request.params.reviewId, true);
        requireParticipant(roleIn(auth, review));
        const consensus = await listConsensus(trx, review.id);
        const scores = new Map(consensus.map((c) => [c.item, c.score]));
        const problems = completionProblems(factsOf(review, new Set(scores.keys())));
        if (problems.length > 0) throw problemError(problems);
        if (review.version !== expected) throw new AppError('precondition_failed');
        const total = fidelityTotal(scores);
        if (total === null) throw problemError([{ kind: 'consensus_missing', missing: [] }]);
        await completeFidelityReview(trx, review.id, {
          total,
          band: fidelityBand(scale, total),
          by: auth.user.id,
          at: deps.now(),
        });
        await audit(trx, request, auth, 'fidelity_review.complete');
        return reviewView(trx, auth, await loadReview(trx, review.id));
      });
      return sendReview(reply, view);
    },
  );

  app.post(
    '/api/fidelity/reviews/:reviewId/actions',
    {
      config: ACCESS,
      schema: {
        tags: ['fidelity'],
        summary: 'Add an action plan step for a weak item (consensus score 3 or lower): what, who, by when',
        params: reviewParams,
        body: fidelityActionBody,
        response: { 201: fidelityReviewSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const view = await db.transaction().execute(async (trx) => {
        const review = await loadReview(trx, request.params.reviewId, true);
        requireParticipant(roleIn(auth, review));
        const consensus = await listConsensus(trx, review.id);
        const weak = weakItems(new Map(consensus.map((c) => [c.item, c.score])));
        if (!weak.includes(request.body.item))
          throw new AppError('validation_failed', {
            errors: [
              {
                path: 'item',
                message: 'Action plans are for items with an agreed score of 3 or lower',
                code: 'not_a_weak_item',
              },
            ],
          });
        await insertFidelityAction(trx, {
          reviewId: review.id,
          item: request.body.item,
          what: request.body.what,
          owner: request.body.owner,
          dueDate: request.body.dueDate,
          by: auth.user.id,
          at: deps.now(),
        });
        await audit(trx, request, auth, 'fidelity_review.action');
        return reviewView(trx, auth, review);
      });
      reply.code(201);
      return sendReview(reply, view);
    },
  );

  app.put(
    '/api/fidelity/reviews/:reviewId/actions/:actionId',
    {
      config: ACCESS,
      schema: {
        tags: ['fidelity'],
        summary: "Change an action plan step or mark it done (If-Match: the step's version)",
        params: actionParams,
        body: fidelityActionUpdateBody,
        response: { 200: fidelityReviewSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const expected = requireIfMatch(request);
      const view = await db.transaction().execute(async (trx) => {
        const review = await loadReview(trx, request.params.reviewId);
        requireParticipant(roleIn(auth, review));
        const existing = await findFidelityAction(trx, review.id, request.params.actionId);
        if (!existing) throw new AppError('not_found');
        const updated = await updateFidelityActionIfVersion(
          trx,
          review.id,
          existing.id,
          expected,
          request.body,
        );
        if (!updated) throw new AppError('precondition_failed');
        await audit(trx, request, auth, 'fidelity_review.action');
        return reviewView(trx, auth, review);
      });
      return sendReview(reply, view);
    },
  );

  app.get(
    '/api/fidelity/teams/:teamId/indicators',
    {
      config: ACCESS,
      schema: {
        tags: ['fidelity'],
        summary:
          'Fidelity indicators from the data for a team and period (aggregates only: caseload, community time, ' +
          'employer contacts, days to first employer contact, follow-along, job diversity, competitive jobs, ' +
          'benefits planning, treatment-team meetings weekly and NAV meetings monthly)',
        params: teamParams,
        querystring: periodQuery,
        response: { 200: fidelityIndicatorsSchema, ...problemResponses },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { teamId } = request.params;
      const period = { from: request.query.from, to: request.query.to };
      return db.transaction().execute(async (trx) => {
        const team = await indicatorTeam(trx, auth, teamId);
        const items = await indicatorsFor(trx, teamId, period, osloDate(deps.now()));
        await audit(trx, request, auth, 'fidelity_indicators.read');
        return { team: { id: team.id, name: team.name }, from: period.from, to: period.to, items };
      });
    },
  );

  app.get(
    '/api/fidelity/teams/:teamId/indicators/export',
    {
      config: ACCESS,
      schema: {
        tags: ['fidelity'],
        summary:
          `The indicators as CSV or JSON for sharing: every count of jobseekers or their jobs under ${SMALL_CELL_LIMIT} ` +
          'is withheld, and so is a figure derived from one (the same rule as the outcome export)',
        params: teamParams,
        querystring: indicatorExportQuery,
        // format=json answers with this schema; csv sends the same rows as a file.
        response: { 200: fidelityIndicatorExportSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const { teamId } = request.params;
      const { from, to, format } = request.query;
      const period = { from, to };
      const report = await db.transaction().execute(async (trx) => {
        const team = await indicatorTeam(trx, auth, teamId);
        const items = await indicatorsFor(trx, teamId, period, osloDate(deps.now()));
        await audit(trx, request, auth, 'fidelity_indicators.export');
        return {
          team: { id: team.id, name: team.name },
          from,
          to,
          suppressedBelow: SMALL_CELL_LIMIT,
          items: items.map(suppressIndicatorForExport),
        };
      });
      if (format === 'json') return report;
      reply.header('content-disposition', `attachment; filename="ips-bridge-indicators-${from}-${to}.csv"`);
      return reply.type('text/csv; charset=utf-8').send(indicatorCsv(report.items) as never);
    },
  );
}
