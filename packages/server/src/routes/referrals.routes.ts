import {
  acceptReferralBody,
  closeReferralBody,
  participantSchema,
  publicTeamsSchema,
  referralSchema,
  selfReferralBody,
  staffReferralBody,
  uuid,
} from '@ips-bridge/contracts';
import {
  appendAudit,
  closeReferralIfVersion,
  countPublicSubmissions,
  type Db,
  findOrganisation,
  findParticipant,
  findReferral,
  findUserById,
  insertReferral,
  listIpsTeams,
  listReferrals,
  type ReferralRecord,
  recordPublicSubmission,
} from '@ips-bridge/db';
import { type CareTeamRole, daysBetween, osloDate, type ReferralSource, type Role } from '@ips-bridge/domain';
import { z } from 'zod';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { requireIfMatch, setEtag } from '../http/concurrency.ts';
import { AppError } from '../http/errors.ts';
import { problemResponses } from '../http/schemas.ts';
import { isUniqueViolation, registerParticipant } from '../services/register-participant.ts';
import { toParticipantResponse } from './participants.routes.ts';

/** Anonymous self-referrals allowed per address per hour before 429: enough for a shared computer, not for spam. */
export const SELF_REFERRALS_PER_HOUR = 5;

const REFERRING_ROLES = ['therapist', 'nav_counsellor', 'employment_specialist', 'ips_supervisor'] as const;
const INBOX_ROLES = ['employment_specialist', 'ips_supervisor'] as const;

const SOURCE_OF_ROLE: Partial<Record<Role, ReferralSource>> = {
  therapist: 'therapist',
  nav_counsellor: 'nav',
  employment_specialist: 'employment_specialist',
  ips_supervisor: 'employment_specialist',
};

/** A referring therapist or NAV counsellor joins the person's care team when the referral is accepted. */
const CARE_TEAM_ROLE_OF: Partial<Record<Role, CareTeamRole>> = {
  therapist: 'therapist',
  nav_counsellor: 'nav_counsellor',
};

function toResponse(record: ReferralRecord, today: string) {
  const { teamId: _team, ...rest } = record;
  return { ...rest, daysWaiting: daysBetween(record.receivedOn, today) };
}

async function requireIpsTeam(db: Db, teamId: string): Promise<void> {
  const team = await findOrganisation(db, teamId);
  if (team?.kind !== 'ips_team') {
    throw new AppError('validation_failed', {
      errors: [{ path: 'teamId', code: 'unknown_team', message: 'No such IPS team' }],
    });
  }
}

export function registerReferralRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;

  app.get(
    '/api/public/ips-teams',
    {
      config: { access: { kind: 'public', why: 'the self-referral form lists the teams one can apply to' } },
      schema: {
        tags: ['referrals'],
        summary: 'IPS teams that take referrals (names and regions)',
        security: [],
        response: { 200: publicTeamsSchema },
      },
    },
    async () => ({ items: await listIpsTeams(db) }),
  );

  app.post(
    '/api/public/self-referrals',
    {
      config: {
        access: { kind: 'public', why: 'zero exclusion: anyone may refer themself, without an account' },
      },
      schema: {
        tags: ['referrals'],
        summary: 'Refer yourself to an IPS team; the team gets in touch. Nothing is shown back.',
        security: [],
        body: selfReferralBody,
        response: {
          202: z.object({ received: z.literal(true) }),
          400: problemResponses[400],
          429: problemResponses[429],
        },
      },
    },
    async (request, reply) => {
      const now = deps.now();
      const recent = await countPublicSubmissions(db, {
        kind: 'self_referral',
        clientIp: request.ip,
        since: new Date(now.getTime() - 3_600_000),
      });
      if (recent >= SELF_REFERRALS_PER_HOUR)
        throw new AppError('too_many_attempts', { headers: { 'retry-after': '3600' } });
      await requireIpsTeam(db, request.body.teamId);
      await db.transaction().execute(async (trx) => {
        await recordPublicSubmission(trx, { kind: 'self_referral', clientIp: request.ip, at: now });
        await insertReferral(trx, {
          ...request.body,
          source: 'self',
          referredBy: null,
          nationalId: null,
          receivedOn: osloDate(now),
          at: now,
        });
      });
      return reply.code(202).send({ received: true as const });
    },
  );

  app.post(
    '/api/referrals',
    {
      config: { access: { kind: 'authenticated', roles: REFERRING_ROLES } },
      schema: {
        tags: ['referrals'],
        summary: "Refer someone to an IPS team's inbox (therapists, NAV counsellors and IPS staff)",
        body: staffReferralBody,
        response: { 201: referralSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      await requireIpsTeam(db, request.body.teamId);
      const id = await db.transaction().execute(async (trx) => {
        const referralId = await insertReferral(trx, {
          ...request.body,
          nationalId: request.body.nationalId ?? null,
          source: SOURCE_OF_ROLE[user.role] ?? 'other',
          referredBy: user.id,
          receivedOn: osloDate(now),
          at: now,
        });
        await appendAudit(trx, [
          {
            actorUserId: user.id,
            actorRole: user.role,
            action: 'referral.create',
            participantId: null,
            outcome: 'allowed',
            reason: referralId,
            requestId: request.id,
          },
        ]);
        return referralId;
      });
      const created = await findReferral(db, id);
      if (!created) throw new Error('created referral not found');
      return reply.code(201).send(toResponse(created, osloDate(now)));
    },
  );

  app.get(
    '/api/referrals',
    {
      config: { access: { kind: 'authenticated', roles: INBOX_ROLES } },
      schema: {
        tags: ['referrals'],
        summary: "The team's referral inbox (new ones by default)",
        querystring: z.strictObject({
          status: z.enum(['new', 'accepted', 'duplicate', 'withdrawn', 'all']).default('new'),
        }),
        response: { 200: z.object({ items: z.array(referralSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      if (!user.team) throw new AppError('forbidden', { detail: 'You are not a member of an IPS team' });
      const status = request.query.status === 'all' ? null : request.query.status;
      const items = await db.transaction().execute(async (trx) => {
        const list = await listReferrals(trx, user.team?.id ?? '', status);
        await appendAudit(trx, [
          {
            actorUserId: user.id,
            actorRole: user.role,
            action: 'referral.list',
            participantId: null,
            outcome: 'allowed',
            reason: `${list.length} referrals`,
            requestId: request.id,
          },
        ]);
        return list;
      });
      const today = osloDate(deps.now());
      return { items: items.map((r) => toResponse(r, today)) };
    },
  );

  const referralParams = z.strictObject({ referralId: uuid });

  app.post(
    '/api/referrals/:referralId/accept',
    {
      config: { access: { kind: 'authenticated', roles: INBOX_ROLES } },
      schema: {
        tags: ['referrals'],
        summary: 'Accept a referral: the person becomes a participant (If-Match: the referral version)',
        params: referralParams,
        body: acceptReferralBody,
        response: { 201: participantSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const expectedVersion = requireIfMatch(request);
      const { user } = requireAuth(request);
      const now = deps.now();
      const referral = await findReferral(db, request.params.referralId);
      if (!referral || referral.teamId !== user.team?.id) throw new AppError('not_found');
      if (referral.version !== expectedVersion || referral.status !== 'new')
        throw new AppError('precondition_failed');

      const specialistId =
        request.body.specialistId ?? (user.role === 'employment_specialist' ? user.id : null);
      if (specialistId) {
        const specialist = await findUserById(db, specialistId);
        if (specialist?.role !== 'employment_specialist' || specialist.team?.id !== referral.teamId) {
          throw new AppError('validation_failed', {
            errors: [
              { path: 'specialistId', code: 'unknown_specialist', message: 'Not a specialist in this team' },
            ],
          });
        }
      }
      const referrerRole = referral.referredBy
        ? CARE_TEAM_ROLE_OF[referral.referredBy.role as Role]
        : undefined;
      const careTeam = [
        ...(specialistId ? [{ userId: specialistId, role: 'employment_specialist' as const }] : []),
        ...(referral.referredBy && referrerRole
          ? [{ userId: referral.referredBy.id, role: referrerRole }]
          : []),
      ];

      const participant = await db
        .transaction()
        .execute(async (trx) => {
          const id = await registerParticipant(trx, {
            teamId: referral.teamId,
            givenName: referral.givenName,
            familyName: referral.familyName,
            nationalId: request.body.nationalId,
            phone: referral.phone,
            email: referral.email,
            referralSource: referral.source,
            referralDate: referral.receivedOn,
            careTeam,
            actor: { id: user.id, role: user.role },
            requestId: request.id,
          });
          const closed = await closeReferralIfVersion(trx, {
            referralId: referral.id,
            expectedVersion,
            status: 'accepted',
            participantId: id,
            handledBy: user.id,
            at: now,
          });
          if (!closed) throw new AppError('precondition_failed');
          return findParticipant(trx, id);
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw new AppError('national_id_taken');
          throw error;
        });
      if (!participant) throw new Error('accepted participant not found');
      setEtag(reply, participant.version);
      return reply.code(201).send(toParticipantResponse(participant, osloDate(now)));
    },
  );

  app.post(
    '/api/referrals/:referralId/close',
    {
      config: { access: { kind: 'authenticated', roles: INBOX_ROLES } },
      schema: {
        tags: ['referrals'],
        summary: 'Close a referral as a duplicate or withdrawn (If-Match: the referral version)',
        params: referralParams,
        body: closeReferralBody,
        response: { 200: referralSchema, ...problemResponses },
      },
    },
    async (request) => {
      const expectedVersion = requireIfMatch(request);
      const { user } = requireAuth(request);
      const now = deps.now();
      const referral = await findReferral(db, request.params.referralId);
      if (!referral || referral.teamId !== user.team?.id) throw new AppError('not_found');
      const closed = await closeReferralIfVersion(db, {
        referralId: referral.id,
        expectedVersion,
        status: request.body.status,
        participantId: null,
        handledBy: user.id,
        at: now,
      });
      if (!closed) throw new AppError('precondition_failed');
      const updated = await findReferral(db, referral.id);
      if (!updated) throw new AppError('not_found');
      return toResponse(updated, osloDate(now));
    },
  );
}
