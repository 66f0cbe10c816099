/**
 * Every page of the product, with who opens it in the demo and how to tell it has its data: the list the
 * accessibility scan of every page (e2e/every-page.e2e.test.ts) and the screenshot script (e2e/screenshots.ts) use.
 * Paths with ids are filled in from the demo data by `resolvePages`.
 */
import type { Kysely } from 'kysely';

export interface ProductPage {
  name: string;
  /** Demo username, or null for a public page. */
  user: string | null;
  path: string;
}

export const JOBSEEKER = 'deltaker1.tromso';
export const SPECIALIST = 'js1.tromso';
export const SUPERVISOR = 'leder.tromso';
export const NAV = 'nav.tromso';
export const ADMIN = 'admin';

interface DemoIds {
  participantId: string;
  meetingId: string;
  employerId: string;
  reviewId: string;
}

// biome-ignore lint/suspicious/noExplicitAny: the e2e folder reads the demo tables without the app's schema types
async function demoIds(db: Kysely<any>): Promise<DemoIds> {
  const participant = await db
    .selectFrom('participant as p')
    .innerJoin('app_user as u', 'u.id', 'p.user_id')
    .select('p.id')
    .where('u.username', '=', JOBSEEKER)
    .executeTakeFirstOrThrow();
  const meeting = await db
    .selectFrom('meeting')
    .select('id')
    .where('participant_id', '=', participant.id)
    .where('status', '=', 'planned')
    .orderBy('starts_at', 'desc')
    .executeTakeFirstOrThrow();
  const teamOf = (username: string) =>
    db.selectFrom('app_user').select('team_id').where('username', '=', username);
  const employer = await db
    .selectFrom('employer')
    .select('id')
    .where('team_id', '=', teamOf(SPECIALIST))
    .orderBy('name')
    .executeTakeFirstOrThrow();
  const review = await db
    .selectFrom('fidelity_review')
    .select('id')
    .where('team_id', '=', teamOf(SUPERVISOR))
    .orderBy('period_to', 'desc')
    .executeTakeFirstOrThrow();
  return {
    participantId: participant.id,
    meetingId: meeting.id,
    employerId: employer.id,
    reviewId: review.id,
  };
}

/** The jobseeker's own pages. */
export function jobseekerPages(ids: DemoIds): ProductPage[] {
  return [
    { name: 'home', user: JOBSEEKER, path: '/my-page' },
    { name: 'plan', user: JOBSEEKER, path: '/my-page/plan' },
    { name: 'money', user: JOBSEEKER, path: '/my-page/money' },
    { name: 'money-print', user: JOBSEEKER, path: '/my-page/money/print' },
    { name: 'meeting', user: JOBSEEKER, path: `/my-page/meetings/${ids.meetingId}` },
    { name: 'sharing', user: JOBSEEKER, path: '/my-page/sharing' },
    { name: 'access-log', user: JOBSEEKER, path: '/my-page/access-log' },
    { name: 'my-data', user: JOBSEEKER, path: '/my-page/data' },
    { name: 'cv-print', user: JOBSEEKER, path: '/my-page/cv/print' },
    { name: 'notifications', user: JOBSEEKER, path: '/notifications' },
  ];
}

/** Everyone else's pages, and the public ones. */
export function otherPages(ids: DemoIds): ProductPage[] {
  const participant = `/participants/${ids.participantId}`;
  return [
    { name: 'login', user: null, path: '/login' },
    { name: 'self-referral', user: null, path: '/self-referral' },
    { name: 'caseload', user: SPECIALIST, path: '/caseload' },
    { name: 'register participant', user: SPECIALIST, path: '/participants/new' },
    { name: 'participant', user: SPECIALIST, path: participant },
    { name: 'participant meeting', user: SPECIALIST, path: `${participant}/meetings/${ids.meetingId}` },
    { name: 'participant money', user: SPECIALIST, path: `${participant}/money` },
    { name: 'participant money print', user: SPECIALIST, path: `${participant}/money/print` },
    { name: 'participant data', user: SPECIALIST, path: `${participant}/data` },
    { name: 'participant cv print', user: SPECIALIST, path: `${participant}/cv/print` },
    { name: 'work list', user: SPECIALIST, path: '/work-list' },
    { name: 'employers', user: SPECIALIST, path: '/employers' },
    { name: 'employer', user: SPECIALIST, path: `/employers/${ids.employerId}` },
    { name: 'job development', user: SPECIALIST, path: '/job-development' },
    { name: 'job leads', user: SPECIALIST, path: '/job-leads' },
    { name: 'time use', user: SPECIALIST, path: '/time-use' },
    { name: 'teamwork', user: SPECIALIST, path: '/teamwork' },
    { name: 'import', user: SPECIALIST, path: '/import' },
    { name: 'referrals', user: SPECIALIST, path: '/referrals' },
    { name: 'outcomes', user: SUPERVISOR, path: '/reports/outcomes' },
    { name: 'outcomes print', user: SUPERVISOR, path: '/reports/outcomes/print' },
    { name: 'fidelity', user: SUPERVISOR, path: '/fidelity' },
    { name: 'fidelity review', user: SUPERVISOR, path: `/fidelity/${ids.reviewId}` },
    { name: 'workforce', user: SUPERVISOR, path: '/workforce' },
    { name: 'start page', user: NAV, path: '/start' },
    { name: 'refer', user: NAV, path: '/refer' },
    { name: 'administration', user: ADMIN, path: '/admin' },
    { name: 'not found', user: SPECIALIST, path: '/no-such-page' },
  ];
}

// biome-ignore lint/suspicious/noExplicitAny: see demoIds
export async function resolvePages(db: Kysely<any>) {
  const ids = await demoIds(db);
  return { jobseeker: jobseekerPages(ids), others: otherPages(ids) };
}
