import type { CareTeamRole, ParticipantAccessFacts, Phase, ReferralSource } from '@ips-bridge/domain';
import { sql } from 'kysely';
import type { DbOrTrx } from '../connection.ts';

export interface CareTeamMember {
  userId: string;
  displayName: string;
  role: CareTeamRole;
}

export interface ParticipantRecord {
  id: string;
  givenName: string;
  familyName: string;
  nationalId: string;
  birthDate: string;
  phone: string | null;
  email: string | null;
  referralSource: ReferralSource;
  referralDate: string;
  team: { id: string; name: string };
  careTeam: CareTeamMember[];
  phase: Phase;
  phaseSince: string;
  firstContactDate: string | null;
  createdAt: Date;
  version: number;
}

export interface CaseloadRow {
  id: string;
  givenName: string;
  familyName: string;
  referralDate: string;
  referralSource: ReferralSource;
  teamName: string;
  specialist: { id: string; displayName: string } | null;
  phase: Phase;
  phaseSince: string;
  firstContactDate: string | null;
  /** The latest first, support or employer contact for the person. */
  lastContactDate: string | null;
  /** The earliest due date among their open plan steps. */
  nextDueDate: string | null;
}

export interface NewParticipant {
  teamId: string;
  givenName: string;
  familyName: string;
  nationalId: string;
  birthDate: string;
  phone: string | null;
  email: string | null;
  referralSource: ReferralSource;
  referralDate: string;
  createdBy: string | null;
  userId?: string | null;
}

export async function insertParticipant(db: DbOrTrx, input: NewParticipant): Promise<string> {
  const row = await db
    .insertInto('participant')
    .values({
      team_id: input.teamId,
      user_id: input.userId ?? null,
      given_name: input.givenName,
      family_name: input.familyName,
      national_id: input.nationalId,
      birth_date: input.birthDate,
      phone: input.phone,
      email: input.email,
      referral_source: input.referralSource,
      referral_date: input.referralDate,
      phase_since: input.referralDate,
      created_by: input.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('participant_phase')
    .values({
      participant_id: row.id,
      phase: 'referred',
      started_on: input.referralDate,
      recorded_by: input.createdBy,
    })
    .execute();
  return row.id;
}

/**
 * Inserts many participants at once (imports), each with its first phase row and, when given, its specialist.
 * Returns the new ids in input order.
 */
export async function insertParticipantsBulk(
  db: DbOrTrx,
  rows: ReadonlyArray<NewParticipant & { phase: Phase; phaseSince: string; specialistId: string | null }>,
): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('participant')
    .values(
      rows.map((r) => ({
        team_id: r.teamId,
        user_id: r.userId ?? null,
        given_name: r.givenName,
        family_name: r.familyName,
        national_id: r.nationalId,
        birth_date: r.birthDate,
        phone: r.phone,
        email: r.email,
        referral_source: r.referralSource,
        referral_date: r.referralDate,
        phase: r.phase,
        phase_since: r.phaseSince,
        created_by: r.createdBy,
      })),
    )
    .returning(['id', 'national_id'])
    .execute();
  const idOf = new Map(inserted.map((r) => [r.national_id, r.id]));
  const ids = rows.map((r) => idOf.get(r.nationalId) ?? '');
  await db
    .insertInto('participant_phase')
    .values(
      rows.map((r, i) => ({
        participant_id: ids[i] ?? '',
        phase: r.phase,
        started_on: r.phaseSince,
        recorded_by: r.createdBy,
      })),
    )
    .execute();
  const withSpecialist = rows.flatMap((r, i) =>
    r.specialistId
      ? [{ participant_id: ids[i] ?? '', user_id: r.specialistId, role: 'employment_specialist' as const }]
      : [],
  );
  if (withSpecialist.length > 0) await db.insertInto('care_team_member').values(withSpecialist).execute();
  return ids;
}

/** Which of these identity numbers are already registered. */
export async function existingNationalIds(db: DbOrTrx, nationalIds: readonly string[]): Promise<Set<string>> {
  if (nationalIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('participant')
    .select('national_id')
    .where('national_id', 'in', nationalIds)
    .execute();
  return new Set(rows.map((r) => r.national_id));
}

/** Participants of a team by identity number (for linking imported jobs). */
export async function participantIdsByNationalId(
  db: DbOrTrx,
  teamId: string,
  nationalIds: readonly string[],
): Promise<Map<string, string>> {
  if (nationalIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('participant')
    .select(['id', 'national_id'])
    .where('team_id', '=', teamId)
    .where('national_id', 'in', nationalIds)
    .execute();
  return new Map(rows.map((r) => [r.national_id, r.id]));
}

export async function addCareTeamMember(
  db: DbOrTrx,
  input: { participantId: string; userId: string; role: CareTeamRole },
): Promise<void> {
  await db
    .insertInto('care_team_member')
    .values({ participant_id: input.participantId, user_id: input.userId, role: input.role })
    .onConflict((oc) => oc.columns(['participant_id', 'user_id']).doNothing())
    .execute();
}

export async function nationalIdExists(db: DbOrTrx, nationalId: string): Promise<boolean> {
  const row = await db
    .selectFrom('participant')
    .select('id')
    .where('national_id', '=', nationalId)
    .executeTakeFirst();
  return row !== undefined;
}

async function careTeamsOf(
  db: DbOrTrx,
  participantIds: readonly string[],
): Promise<Map<string, CareTeamMember[]>> {
  const teams = new Map<string, CareTeamMember[]>();
  if (participantIds.length === 0) return teams;
  const rows = await db
    .selectFrom('care_team_member as c')
    .innerJoin('app_user as u', 'u.id', 'c.user_id')
    .select(['c.participant_id', 'c.user_id', 'c.role', 'u.display_name'])
    .where('c.participant_id', 'in', participantIds)
    .orderBy('c.since')
    .execute();
  for (const r of rows) {
    const list = teams.get(r.participant_id) ?? [];
    list.push({ userId: r.user_id, displayName: r.display_name, role: r.role });
    teams.set(r.participant_id, list);
  }
  return teams;
}

/** The facts the access policy needs, for one participant; undefined when no such participant exists. */
export async function findAccessFacts(
  db: DbOrTrx,
  participantId: string,
): Promise<ParticipantAccessFacts | undefined> {
  const all = await findAccessFactsMany(db, [participantId]);
  return all.get(participantId);
}

export async function findAccessFactsMany(
  db: DbOrTrx,
  participantIds: readonly string[],
): Promise<Map<string, ParticipantAccessFacts>> {
  const facts = new Map<string, ParticipantAccessFacts>();
  if (participantIds.length === 0) return facts;
  const rows = await db
    .selectFrom('participant')
    .select(['id', 'user_id', 'team_id'])
    .where('id', 'in', participantIds)
    // An erased (anonymised) record is no one's to read or change: to the access policy it does not exist.
    .where('erased_at', 'is', null)
    .execute();
  const teams = await careTeamsOf(db, participantIds);
  for (const r of rows) {
    facts.set(r.id, {
      participantId: r.id,
      participantUserId: r.user_id,
      teamId: r.team_id,
      careTeam: (teams.get(r.id) ?? []).map((m) => ({ userId: m.userId, role: m.role })),
    });
  }
  return facts;
}

export async function findParticipant(
  db: DbOrTrx,
  participantId: string,
): Promise<ParticipantRecord | undefined> {
  const row = await db
    .selectFrom('participant as p')
    .innerJoin('organisation as t', 't.id', 'p.team_id')
    .select([
      'p.id',
      'p.given_name',
      'p.family_name',
      'p.national_id',
      'p.birth_date',
      'p.phone',
      'p.email',
      'p.referral_source',
      'p.referral_date',
      'p.created_at',
      'p.version',
      'p.phase',
      'p.phase_since',
      'p.first_contact_date',
      't.id as team_id',
      't.name as team_name',
    ])
    .where('p.id', '=', participantId)
    .executeTakeFirst();
  if (!row) return undefined;
  const teams = await careTeamsOf(db, [row.id]);
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    nationalId: row.national_id,
    birthDate: row.birth_date,
    phone: row.phone,
    email: row.email,
    referralSource: row.referral_source,
    referralDate: row.referral_date,
    team: { id: row.team_id, name: row.team_name },
    careTeam: teams.get(row.id) ?? [],
    phase: row.phase,
    phaseSince: row.phase_since,
    firstContactDate: row.first_contact_date,
    createdAt: row.created_at,
    version: row.version,
  };
}

export interface CaseloadViewer {
  userId: string;
  /** Set for a supervisor: every participant of this team is in view too. */
  supervisedTeamId: string | null;
}

export interface CaseloadFilter {
  /** Name (any part) or a full national identity number. */
  search?: string | null;
  phases?: readonly Phase[] | null;
  limit?: number;
  offset?: number;
}

function caseloadBase(db: DbOrTrx, viewer: CaseloadViewer, filter: CaseloadFilter) {
  const search = filter.search?.trim().toLowerCase() ?? '';
  return (
    db
      .selectFrom('participant as p')
      .where('p.erased_at', 'is', null)
      // The ids in view come from two indexed lookups (care team by user, participants by team), so the planner
      // never has to scan the whole participant table for an OR.
      .where('p.id', 'in', (eb) => {
        const careTeam = eb
          .selectFrom('care_team_member as c')
          .select('c.participant_id as id')
          .where('c.user_id', '=', viewer.userId);
        return viewer.supervisedTeamId
          ? careTeam.union(
              eb
                .selectFrom('participant as tp')
                .select('tp.id')
                .where('tp.team_id', '=', viewer.supervisedTeamId),
            )
          : careTeam;
      })
      .$if(Boolean(filter.phases && filter.phases.length > 0), (qb) =>
        qb.where('p.phase', 'in', filter.phases ?? []),
      )
      .$if(search !== '', (qb) =>
        qb.where((eb) =>
          /^\d{11}$/.test(search)
            ? eb('p.national_id', '=', search)
            : eb(
                sql`lower(p.given_name || ' ' || p.family_name)`,
                'like',
                `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
              ),
        ),
      )
  );
}

/**
 * One page of a staff member's caseload: participants whose care team includes them, and for a supervisor every
 * participant of their team, with the first specialist of each. The caller still runs each row through the access
 * policy. Sorted by family name, given name, id.
 */
export async function pageCaseload(
  db: DbOrTrx,
  viewer: CaseloadViewer,
  filter: CaseloadFilter = {},
): Promise<{ rows: CaseloadRow[]; total: number }> {
  const rows = await caseloadBase(db, viewer, filter)
    .innerJoin('organisation as t', 't.id', 'p.team_id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('care_team_member as c')
          .innerJoin('app_user as u', 'u.id', 'c.user_id')
          .select(['u.id as specialist_id', 'u.display_name as specialist_name'])
          .whereRef('c.participant_id', '=', 'p.id')
          .where('c.role', '=', 'employment_specialist')
          .orderBy('c.since')
          .limit(1)
          .as('spec'),
      (join) => join.onTrue(),
    )
    .select([
      'p.id',
      'p.given_name',
      'p.family_name',
      'p.referral_date',
      'p.referral_source',
      'p.phase',
      'p.phase_since',
      'p.first_contact_date',
      't.name as team_name',
      'spec.specialist_id',
      'spec.specialist_name',
      // The latest contact of any kind: first contact, follow-along support, or an employer contact for them.
      sql<string | null>`greatest(
        p.first_contact_date,
        (SELECT max(sc.contact_date) FROM support_contact sc WHERE sc.participant_id = p.id),
        (SELECT max(ec.contact_date) FROM employer_contact ec
           JOIN employer_contact_participant ecp ON ecp.contact_id = ec.id WHERE ecp.participant_id = p.id)
      )::text`.as('last_contact_date'),
      // The next open plan step with a due date (overdue ones included).
      sql<string | null>`(SELECT min(ps.due_date)::text FROM plan_step ps
        WHERE ps.participant_id = p.id AND ps.status = 'open' AND ps.due_date IS NOT NULL)`.as(
        'next_due_date',
      ),
    ])
    .orderBy('p.family_name')
    .orderBy('p.given_name')
    .orderBy('p.id')
    .$if(filter.limit !== undefined, (qb) => qb.limit(filter.limit ?? 0))
    .$if(filter.offset !== undefined, (qb) => qb.offset(filter.offset ?? 0))
    .execute();
  const count =
    filter.limit === undefined
      ? rows.length
      : (
          await caseloadBase(db, viewer, filter)
            .select(sql<number>`count(*)`.as('n'))
            .executeTakeFirstOrThrow()
        ).n;
  return {
    total: count,
    rows: rows.map((r) => ({
      id: r.id,
      givenName: r.given_name,
      familyName: r.family_name,
      referralDate: r.referral_date,
      referralSource: r.referral_source,
      teamName: r.team_name,
      specialist:
        r.specialist_id && r.specialist_name ? { id: r.specialist_id, displayName: r.specialist_name } : null,
      phase: r.phase,
      phaseSince: r.phase_since,
      firstContactDate: r.first_contact_date,
      lastContactDate: r.last_contact_date,
      nextDueDate: r.next_due_date,
    })),
  };
}

/** Every participant in a staff member's view (for work lists and weekly figures), unpaged. */
export async function listCaseloadCandidates(db: DbOrTrx, viewer: CaseloadViewer): Promise<CaseloadRow[]> {
  return (await pageCaseload(db, viewer)).rows;
}

/** Participants in active phases whose care team includes the user (the IPS caseload size; target ≤ 20). */
export async function countActiveCaseload(
  db: DbOrTrx,
  userId: string,
  activePhases: readonly Phase[],
): Promise<number> {
  const row = await db
    .selectFrom('care_team_member as c')
    .innerJoin('participant as p', 'p.id', 'c.participant_id')
    .select(sql<number>`count(*)`.as('n'))
    .where('c.user_id', '=', userId)
    .where('p.phase', 'in', activePhases)
    .executeTakeFirstOrThrow();
  return row.n;
}
