/**
 * A synthetic national-scale database for the benchmarks: IPS teams of ten specialists with twenty participants each,
 * a supervisor per team, and one NAV office. Everyone has synthetic identity numbers and made-up names; nothing here
 * is a real person. Seeding runs in set-based SQL and batches of 5 000 so a million participants stays practical.
 */
import { performance } from 'node:perf_hooks';
import type { Db } from '@ips-bridge/db';
import { addDays, nextSyntheticNationalId, PHASES } from '@ips-bridge/domain';
import { hashPassword } from '@ips-bridge/server';
import { sql } from 'kysely';

export const SYNTHETIC_PASSWORD = 'benchmark-password';
export const PER_SPECIALIST = 20;
export const SPECIALISTS_PER_TEAM = 10;
export const MIN_PARTICIPANTS = 1000;
export const MAX_PARTICIPANTS = 1_000_000;

export interface SyntheticData {
  participants: number;
  specialists: number;
  teams: number;
  seconds: number;
  /** Log-in names: `spec0` … and `lead1` …; all share SYNTHETIC_PASSWORD. */
  firstSpecialist: string;
  firstSupervisor: string;
  /** A participant in the first specialist's caseload. */
  sampleParticipantId: string;
}

export function parseParticipantCount(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < MIN_PARTICIPANTS || n > MAX_PARTICIPANTS) {
    throw new RangeError(
      `--participants must be a whole number from ${MIN_PARTICIPANTS} to ${MAX_PARTICIPANTS}`,
    );
  }
  return n;
}

export async function seedSyntheticData(db: Db, participants: number): Promise<SyntheticData> {
  const seedStart = performance.now();
  const specialistsNeeded = Math.ceil(participants / PER_SPECIALIST);
  const teams = Math.ceil(specialistsNeeded / SPECIALISTS_PER_TEAM);
  const passwordHash = await hashPassword(SYNTHETIC_PASSWORD);
  const nav = await db
    .insertInto('organisation')
    .values({ name: 'NAV Bench', kind: 'nav_office', region: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`
    INSERT INTO organisation (name, kind, region)
    SELECT 'IPS Bench ' || lpad(g::text, 6, '0'), 'ips_team', 'Bench' FROM generate_series(1, ${teams}) g
  `.execute(db);
  await sql`
    INSERT INTO app_user (username, display_name, role, organisation_id, team_id, password_hash)
    SELECT 'spec' || g, 'Specialist ' || g, 'employment_specialist', ${nav.id}, t.id, ${passwordHash}
    FROM generate_series(0, ${specialistsNeeded - 1}) g
    JOIN (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM organisation WHERE kind = 'ips_team') t
      ON t.n = g / ${SPECIALISTS_PER_TEAM}
  `.execute(db);
  await sql`
    INSERT INTO app_user (username, display_name, role, organisation_id, team_id, password_hash)
    SELECT 'lead' || (row_number() OVER (ORDER BY name)), 'Supervisor', 'ips_supervisor', ${nav.id}, id, ${passwordHash}
    FROM organisation WHERE kind = 'ips_team'
  `.execute(db);
  const specialists = await db
    .selectFrom('app_user')
    .select(['id', 'team_id'])
    .where('role', '=', 'employment_specialist')
    .orderBy(sql`substring(username from 5)::int`)
    .execute();

  // Unique synthetic identity numbers: the k-th valid number of each birth date, taken in order.
  const nextIndividual = new Map<string, number>();
  const uniqueId = (birth: string): string => {
    const from = nextIndividual.get(birth) ?? 0;
    const id = nextSyntheticNationalId(birth, from);
    const individual = Number(id.slice(6, 9));
    nextIndividual.set(birth, individual - (Number(birth.slice(0, 4)) >= 2000 ? 500 : 0) + 1);
    return id;
  };

  const BATCH = 5000;
  let sampleParticipantId = '';
  for (let start = 0; start < participants; start += BATCH) {
    const rows = [];
    for (let n = start; n < Math.min(participants, start + BATCH); n++) {
      const specialist = specialists[Math.floor(n / PER_SPECIALIST)];
      if (!specialist?.team_id) throw new Error('no specialist');
      const birth = `${1960 + (n % 45)}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
      rows.push({
        team_id: specialist.team_id,
        given_name: `Given${n}`,
        family_name: `Family${n % 997}`,
        national_id: uniqueId(birth),
        birth_date: birth,
        phone: null,
        email: null,
        referral_source: 'nav' as const,
        // Referrals spread over three years, so quarterly reports have a history to count.
        referral_date: addDays('2024-01-01', (n * 7919) % 1000),
        phase_since: addDays('2024-01-01', (n * 7919) % 1000),
        phase: PHASES[n % PHASES.length] ?? 'referred',
        created_by: specialist.id,
      });
    }
    const inserted = await db
      .insertInto('participant')
      .values(rows)
      .returning(['id', 'created_by'])
      .execute();
    if (!sampleParticipantId) sampleParticipantId = inserted[0]?.id ?? '';
    await db
      .insertInto('care_team_member')
      .values(
        inserted.flatMap((r) =>
          r.created_by
            ? [{ participant_id: r.id, user_id: r.created_by, role: 'employment_specialist' as const }]
            : [],
        ),
      )
      .execute();
  }
  await sql`ANALYZE`.execute(db);
  return {
    participants,
    specialists: specialists.length,
    teams,
    seconds: (performance.now() - seedStart) / 1000,
    firstSpecialist: 'spec0',
    firstSupervisor: 'lead1',
    sampleParticipantId,
  };
}

export interface SyntheticEvents {
  phases: number;
  jobs: number;
  education: number;
  supportContacts: number;
  total: number;
  seconds: number;
}

/**
 * The journey's events for every synthetic participant, about `perParticipant` in all: four phase changes, jobs
 * (six in ten people get one, two in ten a second; a third of jobs have ended, with a reason; one in five is not
 * in the ordinary labour market), education for one in ten, and follow-along support contacts for the rest. Set-based
 * SQL with a hash of the participant's id for the spread (ids are random, so figures vary a little between runs).
 */
export async function seedSyntheticEvents(db: Db, perParticipant: number): Promise<SyntheticEvents> {
  const started = performance.now();
  const count = async (table: 'participant_phase' | 'job' | 'education' | 'support_contact') =>
    Number((await db.selectFrom(table).select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  await sql`
    INSERT INTO participant_phase (participant_id, phase, started_on, recorded_by)
    SELECT p.id, (ARRAY['engagement','career_profile','job_search','working'])[g], p.referral_date + g * 20, p.created_by
      FROM participant p CROSS JOIN generate_series(1, 4) g
  `.execute(db);
  for (const [share, offset] of [
    [6, 30],
    [2, 260],
  ] as const) {
    await sql`
      INSERT INTO job (participant_id, employer_name, title, competitive, hours_per_week, hourly_wage, start_date,
                       found_with_ips, end_date, end_reason, created_by)
      SELECT p.id, 'Bench employer ' || (p.h % 500), 'Bench job ' || (p.h % 40), p.h % 5 <> 0, 10 + p.h % 25,
             200 + p.h % 80, p.referral_date + ${offset}::int + p.h % 200, true,
             CASE WHEN p.h % 3 = 0 THEN p.referral_date + ${offset}::int + p.h % 200 + 20 + p.h % 300 END,
             CASE WHEN p.h % 3 = 0 THEN (ARRAY['quit_own_wish','quit_health','dismissed','temporary_ended',
                                              'better_job','conflict','moved','other'])[1 + p.h % 8] END,
             p.created_by
        FROM (SELECT id, referral_date, created_by, abs(hashtext(id::text)) AS h FROM participant) p
       WHERE p.h % 10 < ${share}::int
    `.execute(db);
  }
  await sql`
    INSERT INTO education (participant_id, institution, programme, start_date, created_by)
    SELECT p.id, 'Bench school', 'Bench programme', p.referral_date + 90, p.created_by
      FROM (SELECT id, referral_date, created_by, abs(hashtext(id::text)) AS h FROM participant) p
     WHERE p.h % 10 = 9
  `.execute(db);
  const phases = await count('participant_phase');
  const jobs = await count('job');
  const education = await count('education');
  const participants = Number(
    (await db.selectFrom('participant').select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow()).n,
  );
  const perPerson = Math.max(
    0,
    Math.round((perParticipant * participants - phases - jobs - education) / participants),
  );
  if (perPerson > 0) {
    await sql`
      INSERT INTO support_contact (participant_id, contact_date, with_whom, face_to_face, setting, recorded_by)
      SELECT p.id, p.referral_date + g * 7, (ARRAY['jobseeker','employer','team'])[1 + g % 3], g % 2 = 0,
             (ARRAY['community','office','phone','video'])[1 + g % 4], p.created_by
        FROM participant p CROSS JOIN generate_series(1, ${perPerson}::int) g
    `.execute(db);
  }
  const supportContacts = await count('support_contact');
  await sql`ANALYZE`.execute(db);
  return {
    phases,
    jobs,
    education,
    supportContacts,
    total: phases + jobs + education + supportContacts,
    seconds: (performance.now() - started) / 1000,
  };
}
