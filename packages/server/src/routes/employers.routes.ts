import {
  careerProfileContentSchema,
  employerBody,
  employerContactBody,
  employerContactSchema,
  employerDetailSchema,
  employerSchema,
  isoDate,
  jobDevelopmentWeekSchema,
  jobLeadBody,
  jobLeadSchema,
  jobLeadStatusBody,
  uuid,
} from '@ips-bridge/contracts';
import {
  appendAudit,
  appendChange,
  type Db,
  type DbOrTrx,
  type EmployerContactRecord,
  findEmployer,
  findJobLead,
  firstEmployerContactDates,
  insertEmployer,
  insertEmployerContact,
  insertJobLead,
  latestCareerProfileContents,
  listCaseloadCandidates,
  listEmployerContacts,
  listEmployers,
  listJobLeads,
  setJobLeadStatusIfVersion,
  updateEmployerIfVersion,
} from '@ips-bridge/db';
import {
  ACTIVE_PHASES,
  type Actor,
  addDays,
  daysBetween,
  FIRST_EMPLOYER_CONTACT_TARGET_DAYS,
  matchJobLead,
  osloDate,
  summariseWeek,
  WEEKLY_FACE_TO_FACE_TARGET,
  weekStart,
} from '@ips-bridge/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../app-types.ts';
import type { AuthContext } from '../auth/sessions.ts';
import { requireAuth } from '../http/access.ts';
import { requireIfMatch, setEtag } from '../http/concurrency.ts';
import { AppError } from '../http/errors.ts';
import { permittedParticipants } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';

/** Employers belong to an IPS team; specialists and supervisors of that team work with them. */
const JOB_DEVELOPERS = ['employment_specialist', 'ips_supervisor'] as const;
const ACCESS = { access: { kind: 'authenticated', roles: JOB_DEVELOPERS } } as const;
const employerParams = z.strictObject({ employerId: uuid });

function teamOf(auth: AuthContext): string {
  if (!auth.user.team) throw new AppError('forbidden', { detail: 'You are not a member of an IPS team' });
  return auth.user.team.id;
}

function actorOf(auth: AuthContext): Actor {
  return { userId: auth.user.id, role: auth.user.role, teamId: auth.user.team?.id ?? null };
}

/** Contact log entries as the caller may see them: participants they may not read are left out, the rest audited. */
async function visibleContacts(
  trx: DbOrTrx,
  request: FastifyRequest,
  auth: AuthContext,
  contacts: EmployerContactRecord[],
): Promise<EmployerContactRecord[]> {
  const ids = [...new Set(contacts.flatMap((c) => c.participants.map((p) => p.id)))];
  const readable = await permittedParticipants(
    trx,
    actorOf(auth),
    ids,
    'read',
    'contact_and_plan',
    request.server.clock(),
  );
  await appendAudit(
    trx,
    [...readable].map((participantId) => ({
      actorUserId: auth.user.id,
      actorRole: auth.user.role,
      action: 'employer_contact.read',
      participantId,
      outcome: 'allowed' as const,
      reason: null,
      requestId: request.id,
    })),
  );
  return contacts.map((c) => ({ ...c, participants: c.participants.filter((p) => readable.has(p.id)) }));
}

/** Job leads with, for each, the caller's active participants whose stated preferences fit (audited per person). */
async function jobLeadsWithMatches(
  db: Db,
  request: FastifyRequest,
  auth: AuthContext,
  team: string,
  openOnly: boolean,
) {
  return db.transaction().execute(async (trx) => {
    const leads = await listJobLeads(trx, team, openOnly);
    const caseload = (
      await listCaseloadCandidates(trx, {
        userId: auth.user.id,
        supervisedTeamId: auth.user.role === 'ips_supervisor' ? team : null,
      })
    ).filter((c) => ACTIVE_PHASES.includes(c.phase));
    // Matching reads the people's preferences: their career profile must be shared with the caller.
    const readable = await permittedParticipants(
      trx,
      actorOf(auth),
      caseload.map((c) => c.id),
      'read',
      'career_profile',
      request.server.clock(),
    );
    const people = caseload.filter((c) => readable.has(c.id));
    const profiles = await latestCareerProfileContents(
      trx,
      people.map((p) => p.id),
    );
    const matched = new Set<string>();
    const items = leads.map(({ teamId: _team, ...lead }) => {
      const matches = people
        .flatMap((p) => {
          const parsed = careerProfileContentSchema.safeParse(profiles.get(p.id));
          if (!parsed.success) return [];
          const prefs = parsed.data.preferences;
          const match = matchJobLead(lead, {
            jobTypes: prefs.jobTypes,
            places: prefs.places,
            hoursPerWeekMin: prefs.hoursPerWeekMin ?? null,
            hoursPerWeekMax: prefs.hoursPerWeekMax ?? null,
          });
          if (match.score === 0) return [];
          matched.add(p.id);
          return [{ participantId: p.id, name: `${p.givenName} ${p.familyName}`, ...match }];
        })
        .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'nb'));
      return { ...lead, matches };
    });
    await appendAudit(
      trx,
      [...matched].map((participantId) => ({
        actorUserId: auth.user.id,
        actorRole: auth.user.role,
        action: 'job_lead.match',
        participantId,
        outcome: 'allowed' as const,
        reason: null,
        requestId: request.id,
      })),
    );
    return items;
  });
}

export function registerEmployerRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;

  app.get(
    '/api/employers',
    {
      config: ACCESS,
      schema: {
        tags: ['employers'],
        summary: "The team's employer register, searchable by name, organisation number or sector",
        querystring: z.strictObject({ q: z.string().trim().max(100).optional() }),
        response: { 200: z.object({ items: z.array(employerSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const team = teamOf(requireAuth(request));
      const items = await listEmployers(db, team, request.query.q || null);
      return { items: items.map(({ teamId: _team, ...e }) => e) };
    },
  );

  app.post(
    '/api/employers',
    {
      config: ACCESS,
      schema: {
        tags: ['employers'],
        summary: 'Add an employer to the team’s register',
        body: employerBody,
        response: { 201: employerSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const team = teamOf(auth);
      const id = await insertEmployer(db, {
        ...request.body,
        teamId: team,
        createdBy: auth.user.id,
        at: deps.now(),
      }).catch((error: unknown) => {
        if ((error as { code?: string }).code === '23505') {
          throw new AppError('conflict', {
            detail: 'This employer is already in the register',
            errors: [
              { path: 'organisationNumber', code: 'employer_exists', message: 'Already in the register' },
            ],
          });
        }
        throw error;
      });
      const created = await findEmployer(db, id);
      if (!created) throw new Error('created employer not found');
      setEtag(reply, created.version);
      const { teamId: _team, ...employer } = created;
      return reply.code(201).send(employer);
    },
  );

  app.get(
    '/api/employers/:employerId',
    {
      config: ACCESS,
      schema: {
        tags: ['employers'],
        summary: 'An employer with its contact log',
        params: employerParams,
        response: { 200: employerDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const team = teamOf(auth);
      return db.transaction().execute(async (trx) => {
        const employer = await findEmployer(trx, request.params.employerId);
        if (!employer || employer.teamId !== team) throw new AppError('not_found');
        const log = await visibleContacts(
          trx,
          request,
          auth,
          await listEmployerContacts(trx, { employerId: employer.id }),
        );
        setEtag(reply, employer.version);
        const { teamId: _team, ...rest } = employer;
        return { ...rest, contactLog: log };
      });
    },
  );

  app.put(
    '/api/employers/:employerId',
    {
      config: ACCESS,
      schema: {
        tags: ['employers'],
        summary: 'Change an employer (If-Match: the version you read)',
        params: employerParams,
        body: employerBody,
        response: { 200: employerSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const expectedVersion = requireIfMatch(request);
      const team = teamOf(requireAuth(request));
      const existing = await findEmployer(db, request.params.employerId);
      if (!existing || existing.teamId !== team) throw new AppError('not_found');
      const saved = await updateEmployerIfVersion(db, {
        ...request.body,
        employerId: existing.id,
        expectedVersion,
        at: deps.now(),
      }).catch((error: unknown) => {
        if ((error as { code?: string }).code === '23505') {
          throw new AppError('conflict', {
            errors: [
              {
                path: 'organisationNumber',
                code: 'employer_exists',
                message: 'Another employer has this number',
              },
            ],
          });
        }
        throw error;
      });
      if (!saved) throw new AppError('precondition_failed');
      const updated = await findEmployer(db, existing.id);
      if (!updated) throw new AppError('not_found');
      setEtag(reply, updated.version);
      const { teamId: _team, ...employer } = updated;
      return employer;
    },
  );

  app.post(
    '/api/employers/:employerId/contacts',
    {
      config: ACCESS,
      schema: {
        tags: ['employers'],
        summary:
          'Log an employer contact: date, face to face or not, purpose, outcome, and the participants it was for',
        params: employerParams,
        body: employerContactBody,
        response: { 201: employerContactSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const team = teamOf(auth);
      const now = deps.now();
      const body = request.body;
      if (daysBetween(osloDate(now), body.date) > 0) {
        throw new AppError('validation_failed', {
          errors: [{ path: 'date', code: 'date_in_future', message: 'The date cannot be in the future' }],
        });
      }
      const participantIds = [...new Set(body.participantIds)];
      const contact = await db.transaction().execute(async (trx) => {
        const employer = await findEmployer(trx, request.params.employerId);
        if (!employer || employer.teamId !== team) throw new AppError('not_found');
        const writable = await permittedParticipants(
          trx,
          actorOf(auth),
          participantIds,
          'write',
          'contact_and_plan',
          now,
        );
        const refused = participantIds.findIndex((id) => !writable.has(id));
        if (refused >= 0) {
          throw new AppError('validation_failed', {
            errors: [
              {
                path: `participantIds.${refused}`,
                code: 'unknown_participant',
                message: 'Not one of your participants',
              },
            ],
          });
        }
        const id = await insertEmployerContact(trx, {
          employerId: employer.id,
          specialistId: auth.user.id,
          date: body.date,
          faceToFace: body.faceToFace,
          purpose: body.purpose,
          outcome: body.outcome,
          participantIds,
          at: now,
        });
        for (const participantId of participantIds) {
          await appendChange(trx, {
            participantId,
            entity: 'employer_contact',
            action: 'create',
            before: null,
            after: {
              id,
              employer: employer.name,
              date: body.date,
              faceToFace: body.faceToFace,
              purpose: body.purpose,
            },
            changedBy: auth.user.id,
            at: now,
          });
        }
        await appendAudit(
          trx,
          participantIds.map((participantId) => ({
            actorUserId: auth.user.id,
            actorRole: auth.user.role,
            action: 'employer_contact.create',
            participantId,
            outcome: 'allowed' as const,
            reason: null,
            requestId: request.id,
          })),
        );
        const [created] = await listEmployerContacts(trx, {
          employerId: employer.id,
          from: body.date,
          toExclusive: addDays(body.date, 1),
        }).then((list) => list.filter((c) => c.id === id));
        if (!created) throw new Error('created contact not found');
        return created;
      });
      return reply.code(201).send(contact);
    },
  );

  app.get(
    '/api/job-leads',
    {
      config: ACCESS,
      schema: {
        tags: ['employers'],
        summary: "The team's job leads, each with the caller's participants whose preferences fit it",
        querystring: z.strictObject({ status: z.enum(['open', 'all']).default('open') }),
        response: { 200: z.object({ items: z.array(jobLeadSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const team = teamOf(auth);
      return { items: await jobLeadsWithMatches(db, request, auth, team, request.query.status === 'open') };
    },
  );

  app.post(
    '/api/job-leads',
    {
      config: ACCESS,
      schema: {
        tags: ['employers'],
        summary: 'Record a job lead at an employer in the register',
        body: jobLeadBody,
        response: { 201: jobLeadSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const team = teamOf(auth);
      const employer = await findEmployer(db, request.body.employerId);
      if (!employer || employer.teamId !== team) {
        throw new AppError('validation_failed', {
          errors: [
            { path: 'employerId', code: 'unknown_employer', message: 'No such employer in the register' },
          ],
        });
      }
      const id = await insertJobLead(db, {
        ...request.body,
        hoursPerWeek: request.body.hoursPerWeek ?? null,
        teamId: team,
        createdBy: auth.user.id,
        at: deps.now(),
      });
      const lead = (await jobLeadsWithMatches(db, request, auth, team, false)).find((l) => l.id === id);
      if (!lead) throw new Error('created job lead not found');
      return reply.code(201).send(lead);
    },
  );

  app.put(
    '/api/job-leads/:leadId/status',
    {
      config: ACCESS,
      schema: {
        tags: ['employers'],
        summary: 'Mark a job lead open, filled or closed (If-Match: its version)',
        params: z.strictObject({ leadId: uuid }),
        body: jobLeadStatusBody,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const expectedVersion = requireIfMatch(request);
      const team = teamOf(requireAuth(request));
      const lead = await findJobLead(db, request.params.leadId);
      if (!lead || lead.teamId !== team) throw new AppError('not_found');
      if (
        !(await setJobLeadStatusIfVersion(db, {
          leadId: lead.id,
          expectedVersion,
          status: request.body.status,
        }))
      ) {
        throw new AppError('precondition_failed');
      }
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/job-development/week',
    {
      config: ACCESS,
      schema: {
        tags: ['employers'],
        summary:
          "The caller's job-development week: face-to-face employer contacts against the target of 6, and days to first employer contact per participant (target 30)",
        querystring: z.strictObject({ date: isoDate.optional() }),
        response: { 200: jobDevelopmentWeekSchema, ...problemResponses },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const today = osloDate(deps.now());
      const start = weekStart(request.query.date ?? today);
      return db.transaction().execute(async (trx) => {
        const contacts = await listEmployerContacts(trx, {
          specialistId: auth.user.id,
          from: start,
          toExclusive: addDays(start, 7),
        });
        const summary = summariseWeek(start, contacts);
        const caseload = (
          await listCaseloadCandidates(trx, { userId: auth.user.id, supervisedTeamId: null })
        ).filter((c) => ACTIVE_PHASES.includes(c.phase));
        const readable = await permittedParticipants(
          trx,
          actorOf(auth),
          caseload.map((c) => c.id),
          'read',
          'contact_and_plan',
          request.server.clock(),
        );
        const mine = caseload.filter((c) => readable.has(c.id));
        const firsts = await firstEmployerContactDates(
          trx,
          mine.map((c) => c.id),
        );
        return {
          weekStart: start,
          faceToFace: summary.faceToFace,
          other: summary.other,
          target: WEEKLY_FACE_TO_FACE_TARGET,
          meetsTarget: summary.meetsTarget,
          contacts: await visibleContacts(trx, request, auth, contacts),
          participants: mine.map((c) => {
            const first = firsts.get(c.id) ?? null;
            const days = first === null ? null : daysBetween(c.referralDate, first);
            const waiting = first === null ? daysBetween(c.referralDate, today) : null;
            return {
              participantId: c.id,
              name: `${c.givenName} ${c.familyName}`,
              referralDate: c.referralDate,
              firstEmployerContact: first,
              daysToFirstEmployerContact: days,
              daysWaiting: waiting,
              overTarget: (days ?? waiting ?? 0) > FIRST_EMPLOYER_CONTACT_TARGET_DAYS,
            };
          }),
        };
      });
    },
  );
}
