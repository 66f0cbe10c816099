import { meetingQualityQuery, meetingQualitySchema, participantParams } from '@ips-bridge/contracts';
import {
  type Db,
  type DbOrTrx,
  listQualityMeetings,
  listQualityNavQuestions,
  type QualityScope,
} from '@ips-bridge/db';
import {
  addDays,
  defaultQualityPeriod,
  meetingQuality,
  osloDate,
  type Period,
  TEAM_QUALITY_MINIMUM,
} from '@ips-bridge/domain';
import type { App } from '../app-types.ts';
import { requireAuth } from '../http/access.ts';
import { withParticipant } from '../http/participant-access.ts';
import { problemResponses } from '../http/schemas.ts';

/**
 * Meeting quality over time (issue 5 item 6): per team, aggregates only, with every figure resting on fewer than
 * five meetings, actions, questions or answers withheld; per participant, through the access layer and audited.
 * The rule is `meetingQuality` in the domain package; docs/teamwork.md, "Meeting quality", says what each figure is.
 */

function periodOf(query: { from?: string; to?: string }, now: Date): Period {
  return query.from && query.to ? { from: query.from, to: query.to } : defaultQualityPeriod(osloDate(now));
}

/** Instants wide enough to hold every Oslo day of the period; the rule narrows to the days themselves. */
function instants(period: Period): { from: Date; to: Date } {
  return {
    from: new Date(`${addDays(period.from, -1)}T00:00:00Z`),
    to: new Date(`${addDays(period.to, 2)}T00:00:00Z`),
  };
}

async function figures(
  trx: DbOrTrx,
  scope: QualityScope,
  period: Period,
  now: Date,
  options: { minimumBase: number; navQuestions: boolean },
) {
  const range = instants(period);
  const meetings = await listQualityMeetings(trx, scope, range.from, range.to);
  const navQuestions = options.navQuestions
    ? await listQualityNavQuestions(trx, scope, range.from, range.to)
    : [];
  const result = meetingQuality({ period, now, meetings, navQuestions, minimumBase: options.minimumBase });
  return { ...result, navWait: options.navQuestions ? result.navWait : null };
}

export function registerMeetingQualityRoutes(app: App, deps: { db: Db; now: () => Date }): void {
  const { db } = deps;

  app.get(
    '/api/team/meeting-quality',
    {
      config: { access: { kind: 'authenticated', roles: ['ips_supervisor', 'employment_specialist'] } },
      schema: {
        tags: ['meetings'],
        summary:
          "Meeting quality for the caller's team over a period (default: the 91 days that end today): expectations " +
          'stated beforehand, the financial item resolved, actions done on time, how long questions for NAV waited, ' +
          `and "did you get what you needed?". Aggregates only; a figure resting on fewer than ${TEAM_QUALITY_MINIMUM} ` +
          'meetings, actions, questions or answers is withheld as too_few.',
        querystring: meetingQualityQuery,
        response: { 200: meetingQualitySchema, ...problemResponses },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const now = deps.now();
      const period = periodOf(request.query, now);
      const teamId = user.team?.id;
      // Without a team there is nothing to count: an empty answer, not someone else's figures.
      if (!teamId)
        return meetingQuality({
          period,
          now,
          meetings: [],
          navQuestions: [],
          minimumBase: TEAM_QUALITY_MINIMUM,
        });
      return db
        .transaction()
        .execute((trx) =>
          figures(trx, { teamId }, period, now, { minimumBase: TEAM_QUALITY_MINIMUM, navQuestions: true }),
        );
    },
  );

  app.get(
    '/api/participants/:participantId/meeting-quality',
    {
      config: {
        access: {
          kind: 'participant',
          category: 'meeting_minutes',
          action: 'read',
          audit: 'meeting.quality',
          roles: 'all',
        },
      },
      schema: {
        tags: ['meetings'],
        summary:
          "Meeting quality for one participant's meetings over a period (default: the 91 days that end today). The " +
          "wait of questions for NAV only for callers who may see the participant's benefit information.",
        params: participantParams,
        querystring: meetingQualityQuery,
        response: { 200: meetingQualitySchema, ...problemResponses },
      },
    },
    async (request) => {
      const now = deps.now();
      const period = periodOf(request.query, now);
      const { participantId } = request.params;
      return withParticipant(db, request, participantId, (trx, scope) =>
        figures(trx, { participantId }, period, now, {
          minimumBase: 1,
          navQuestions: scope.readable.has('benefits'),
        }),
      );
    },
  );
}
