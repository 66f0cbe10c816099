import {
  addCareTeamMember,
  appendAudit,
  type Db,
  type DbOrTrx,
  insertCareerProfileVersion,
  insertEmployer,
  insertJobLead,
  insertNavQuestion,
  insertOrganisation,
  insertParticipant,
  insertScenario,
  insertUser,
  setJobLeadStatusIfVersion,
} from '@ips-bridge/db';
import {
  addDays,
  daysBetween,
  type EstimateInput,
  estimateBenefits,
  type InformationCategory,
  nextSyntheticNationalId,
  PHASES,
  type Phase,
  REFERRAL_SOURCES,
  type Role,
  RULE_YEARS,
} from '@ips-bridge/domain';
import { hashPassword } from '../auth/password.ts';

/**
 * A realistic demo: three IPS teams in Northern Norway with their NAV offices and health units, staff in every role
 * and about 40 participants. Every identity number is synthetic (month + 80), so no demo person can be a real one.
 * All demo users share one password, printed in the README.
 */
export const DEMO_PASSWORD = 'ips-demo-2026';

interface DemoSite {
  key: string;
  town: string;
  region: string;
  navOffice: string;
  healthUnit: string;
}

const SITES: DemoSite[] = [
  { key: 'tromso', town: 'Tromsø', region: 'Troms', navOffice: 'NAV Tromsø', healthUnit: 'UNN DPS Tromsø' },
  {
    key: 'bodo',
    town: 'Bodø',
    region: 'Nordland',
    navOffice: 'NAV Bodø',
    healthUnit: 'Nordlandssykehuset DPS Bodø',
  },
  {
    key: 'alta',
    town: 'Alta',
    region: 'Finnmark',
    navOffice: 'NAV Alta',
    healthUnit: 'Finnmarkssykehuset DPS Alta',
  },
];

const GIVEN_NAMES = [
  'Ingrid',
  'Ola',
  'Kari',
  'Mats',
  'Sofie',
  'Jonas',
  'Nora',
  'Emil',
  'Sara',
  'Henrik',
  'Ida',
  'Magnus',
  'Thea',
  'Sander',
  'Maja',
  'Elias',
  'Hanna',
  'Tobias',
  'Julie',
  'Aksel',
  'Ane',
  'Mathias',
  'Silje',
  'Kristian',
  'Marte',
  'Eirik',
  'Tuva',
  'Andreas',
  'Live',
  'Sindre',
  'Åse',
  'Bjørn',
  'Randi',
  'Per',
  'Lene',
  'Øyvind',
  'Hege',
  'Nils',
  'Berit',
  'Jon',
];
const FAMILY_NAMES = [
  'Johansen',
  'Olsen',
  'Hansen',
  'Nilsen',
  'Pedersen',
  'Berg',
  'Eriksen',
  'Larsen',
  'Andersen',
  'Karlsen',
  'Pettersen',
  'Jakobsen',
  'Mikkelsen',
  'Sara',
  'Hætta',
  'Somby',
  'Isaksen',
  'Lund',
  'Strand',
  'Hagen',
];

export interface DemoLogin {
  username: string;
  role: Role;
  displayName: string;
  site: string | null;
}

export interface DemoSeedResult {
  logins: DemoLogin[];
  participants: number;
}

/** True when the database has no users yet, i.e. a fresh install that should get the demo. */
export async function databaseIsEmpty(db: DbOrTrx): Promise<boolean> {
  const row = await db.selectFrom('app_user').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

export async function seedDemo(db: Db, options: { today: string }): Promise<DemoSeedResult> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    const logins: DemoLogin[] = [];
    const addUser = async (
      username: string,
      displayName: string,
      role: Role,
      organisationId: string,
      teamId: string | null,
      site: string | null,
    ) => {
      const id = await insertUser(trx, { username, displayName, role, organisationId, teamId, passwordHash });
      logins.push({ username, role, displayName, site });
      return id;
    };

    const directorate = await insertOrganisation(trx, {
      name: 'IPS Bridge forvaltning',
      kind: 'health_unit',
      region: null,
    });
    await addUser('admin', 'Astrid Administrator', 'administrator', directorate.id, null, null);

    let participantNumber = 0;
    for (const [siteIndex, site] of SITES.entries()) {
      const nav = await insertOrganisation(trx, {
        name: site.navOffice,
        kind: 'nav_office',
        region: site.region,
      });
      const health = await insertOrganisation(trx, {
        name: site.healthUnit,
        kind: 'health_unit',
        region: site.region,
      });
      const team = await insertOrganisation(trx, {
        name: `IPS ${site.town}`,
        kind: 'ips_team',
        region: site.region,
      });

      const supervisor = await addUser(
        `leder.${site.key}`,
        `Liv Leder (${site.town})`,
        'ips_supervisor',
        nav.id,
        team.id,
        site.town,
      );
      // Specialists are employed by NAV in Tromsø and Alta and by the health service in Bodø: both models exist.
      const specialistEmployer = site.key === 'bodo' ? health.id : nav.id;
      const specialists = [
        await addUser(
          `js1.${site.key}`,
          `Jonas Jobbspesialist (${site.town})`,
          'employment_specialist',
          specialistEmployer,
          team.id,
          site.town,
        ),
        await addUser(
          `js2.${site.key}`,
          `Julie Jobbspesialist (${site.town})`,
          'employment_specialist',
          specialistEmployer,
          team.id,
          site.town,
        ),
      ];
      const navCounsellor = await addUser(
        `nav.${site.key}`,
        `Nina NAV-veileder (${site.town})`,
        'nav_counsellor',
        nav.id,
        null,
        site.town,
      );
      const therapist = await addUser(
        `beh.${site.key}`,
        `Bente Behandler (${site.town})`,
        'therapist',
        health.id,
        null,
        site.town,
      );

      const perSite = siteIndex === 0 ? 14 : 13;
      const siteParticipants: DemoParticipant[] = [];
      for (let i = 0; i < perSite; i++) {
        const n = participantNumber++;
        const givenName = GIVEN_NAMES[n % GIVEN_NAMES.length] ?? 'Kari';
        const familyName = FAMILY_NAMES[(n * 7) % FAMILY_NAMES.length] ?? 'Nordmann';
        const birthDate = `${1970 + ((n * 3) % 35)}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;
        const nationalId = nextSyntheticNationalId(birthDate, 100 + n * 3);
        const referralDate = addDays(options.today, -(3 + ((n * 37) % 400)));
        const specialist = specialists[i % 2] ?? specialists[0];
        let userId: string | null = null;
        // The first two participants of each site can log in, to show the jobseeker's own view.
        if (i < 2) {
          const username = `deltaker${i + 1}.${site.key}`;
          userId = await addUser(
            username,
            `${givenName} ${familyName}`,
            'jobseeker',
            nav.id,
            null,
            site.town,
          );
        }
        const participantId = await insertParticipant(trx, {
          teamId: team.id,
          userId,
          givenName,
          familyName,
          nationalId,
          birthDate,
          phone: `+47 9${String(1000000 + n * 7919).slice(0, 7)}`,
          email: `${givenName.toLowerCase().replace(/[^a-z]/g, '')}.${n}@eksempel.no`,
          referralSource: REFERRAL_SOURCES[n % REFERRAL_SOURCES.length] ?? 'other',
          referralDate,
          createdBy: specialist ?? null,
        });
        if (specialist)
          await addCareTeamMember(trx, { participantId, userId: specialist, role: 'employment_specialist' });
        if (i % 3 !== 2)
          await addCareTeamMember(trx, { participantId, userId: navCounsellor, role: 'nav_counsellor' });
        if (i % 2 === 0)
          await addCareTeamMember(trx, { participantId, userId: therapist, role: 'therapist' });
        const phase = PHASES[n % PHASES.length] ?? 'referred';
        await walkDemoJourney(trx, {
          participantId,
          referralDate,
          today: options.today,
          target: phase,
          recordedBy: specialist ?? null,
          seed: n,
        });
        siteParticipants.push({ id: participantId, index: i, phase, specialist: specialist ?? null });
        if (userId && specialist) {
          await seedDemoMoney(trx, { participantId, specialist, today: options.today, uforetrygd: i === 1 });
          await seedDemoConsent(trx, {
            participantId,
            jobseeker: userId,
            specialist,
            navCounsellor,
            therapist: i % 2 === 0 ? therapist : null,
            supervisor,
            first: i === 0,
            referralDate,
            today: options.today,
          });
        }
        await appendAudit(trx, [
          {
            actorUserId: null,
            actorRole: null,
            action: 'participant.create',
            participantId,
            outcome: 'allowed',
            reason: 'demo seed',
            requestId: null,
          },
        ]);
      }
      await seedDemoJobLeads(trx, {
        teamId: team.id,
        town: site.town,
        specialist: specialists[0] ?? null,
        participants: siteParticipants,
        today: options.today,
      });
    }
    return { logins, participants: participantNumber };
  });
}

/**
 * The demo jobseekers get a benefit situation to start from: a saved scenario (AAP for the first, uføretrygd for the
 * second at each site) and an open question for NAV, so "my money" has something to show at once.
 */
async function seedDemoMoney(
  trx: DbOrTrx,
  input: { participantId: string; specialist: string; today: string; uforetrygd: boolean },
): Promise<void> {
  const year = RULE_YEARS.includes(Number(input.today.slice(0, 4)))
    ? Number(input.today.slice(0, 4))
    : Math.max(...RULE_YEARS);
  const estimateInput: EstimateInput = {
    year,
    situation: input.uforetrygd
      ? {
          kind: 'uforetrygd',
          uforegrad: 60,
          household: 'single',
          monthsReceivedBeforeYear: 30,
          incomeBeforeDisability: 420_000,
        }
      : { kind: 'aap', basisIncome: 360_000, age: 34, children: 1 },
    scenarios: [
      { label: 'Deltid', hoursPerWeek: 10, hourlyWage: 210, weeksPerYear: 46 },
      { label: 'Mer deltid', hoursPerWeek: 20, hourlyWage: 210, weeksPerYear: 46 },
    ],
  };
  const result = estimateBenefits(estimateInput);
  const scenarioId = await insertScenario(trx, {
    participantId: input.participantId,
    name: input.uforetrygd ? 'Uføretrygd og deltid' : 'AAP og deltid',
    input: estimateInput,
    summary: {
      year: result.year,
      baselineNetMonthly: result.baseline.net.monthly,
      scenarioNetMonthly: result.scenarios.map((s) => s.net.monthly),
    },
    createdBy: input.specialist,
    at: new Date(`${input.today}T09:00:00Z`),
  });
  await insertNavQuestion(trx, {
    participantId: input.participantId,
    scenarioId,
    question: input.uforetrygd
      ? 'Hvor mye kan jeg tjene før uføretrygden blir redusert i år?'
      : 'Hva skjer med AAP hvis jeg jobber 20 timer i uka?',
    askedBy: input.specialist,
    at: new Date(`${input.today}T09:05:00Z`),
  });
}

/**
 * The demo jobseekers' consent, so "who sees what" has a history to show. The first at each site signed a consent form
 * at the start (recorded on paper by the specialist) letting NAV see what helps and hinders at work, for a year, and
 * has since let the therapist see diagnosis and treatment in the app; the second lets NAV see the same for two months
 * before a work trial and has said no to the team leader seeing the career profile. Benefits and early warning signs
 * are left as standard, so the end-to-end tests start from the defaults there.
 */
async function seedDemoConsent(
  trx: DbOrTrx,
  input: {
    participantId: string;
    jobseeker: string;
    specialist: string;
    navCounsellor: string;
    therapist: string | null;
    supervisor: string;
    first: boolean;
    referralDate: string;
    today: string;
  },
): Promise<void> {
  // Nobody signs anything before they are referred: a decision "n days ago" is on the referral day at the earliest.
  const record = (fields: {
    recipient: string;
    category: InformationCategory;
    decision: 'grant' | 'withdraw';
    purpose: string;
    daysAgo: number;
    validTo: string | null;
    paper: boolean;
  }) => {
    const day = addDays(input.today, -fields.daysAgo);
    const validFrom = day < input.referralDate ? input.referralDate : day;
    return trx
      .insertInto('consent_record')
      .values({
        participant_id: input.participantId,
        recipient_user_id: fields.recipient,
        recipient_role: null,
        category: fields.category,
        decision: fields.decision,
        purpose: fields.purpose,
        valid_from: validFrom,
        valid_to: fields.validTo,
        recorded_by: fields.paper ? input.specialist : input.jobseeker,
        recorded_via: fields.paper ? 'paper' : 'jobseeker',
        recorded_at: new Date(`${validFrom}T${fields.paper ? '09:30' : '19:15'}:00Z`),
      })
      .execute();
  };
  if (input.first) {
    await record({
      recipient: input.navCounsellor,
      category: 'work_functioning',
      decision: 'grant',
      purpose: 'Samtykkeskjema ved oppstart: Nav skal kunne vurdere tilrettelegging.',
      daysAgo: 21,
      validTo: addDays(input.today, 344),
      paper: true,
    });
    if (input.therapist) {
      await record({
        recipient: input.therapist,
        category: 'diagnosis_treatment',
        decision: 'grant',
        purpose: 'Behandleren min skal se hele bildet når vi planlegger jobb.',
        daysAgo: 6,
        validTo: null,
        paper: false,
      });
    }
    return;
  }
  await record({
    recipient: input.navCounsellor,
    category: 'work_functioning',
    decision: 'grant',
    purpose: 'Før arbeidsutprøvingen.',
    daysAgo: 10,
    validTo: addDays(input.today, 60),
    paper: false,
  });
  await record({
    recipient: input.supervisor,
    category: 'career_profile',
    decision: 'withdraw',
    purpose: '',
    daysAgo: 4,
    validTo: null,
    paper: false,
  });
}

interface DemoParticipant {
  id: string;
  /** The participant's place among the site's participants (0 and 1 can log in). */
  index: number;
  phase: Phase;
  specialist: string | null;
}

/** Preferences for a demo career profile: what kind of work, where, and how many hours a week. */
interface DemoPreferences {
  jobTypes: string[];
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  strengths: string;
}

const DEMO_PREFERENCES: DemoPreferences[] = [
  {
    jobTypes: ['lager', 'butikk'],
    hoursPerWeekMin: 15,
    hoursPerWeekMax: 25,
    strengths: 'Nøyaktig og stødig.',
  },
  {
    jobTypes: ['kafé', 'kjøkken'],
    hoursPerWeekMin: 10,
    hoursPerWeekMax: 20,
    strengths: 'Blid og god med folk.',
  },
  {
    jobTypes: ['lager'],
    hoursPerWeekMin: 20,
    hoursPerWeekMax: 37.5,
    strengths: 'Liker å jobbe med hendene.',
  },
];

/**
 * Job development for the demo: two employers in the team's register, career profiles with job preferences for
 * three participants (two of the first specialist's, one of the second's), and job leads that fit them, one of
 * them already filled. The participants picked are past the start and not looking for work yet, and none of them
 * can log in, so the journeys the end-to-end tests walk (a job seeker's first career profile) start from scratch.
 */
async function seedDemoJobLeads(
  trx: DbOrTrx,
  input: {
    teamId: string;
    town: string;
    specialist: string | null;
    participants: DemoParticipant[];
    today: string;
  },
): Promise<void> {
  const createdBy = input.specialist;
  if (createdBy === null) return;
  const at = new Date(`${addDays(input.today, -7)}T10:00:00Z`);
  const withProfile = ['engagement', 'career_profile', 'working', 'education', 'follow_along'];
  const candidates = input.participants.filter(
    (p) => p.index >= 2 && withProfile.includes(p.phase) && p.specialist !== null,
  );
  const chosen = [
    ...candidates.filter((p) => p.specialist === createdBy).slice(0, 2),
    ...candidates.filter((p) => p.specialist !== createdBy).slice(0, 1),
  ];
  for (const [index, participant] of chosen.entries()) {
    const preferences = DEMO_PREFERENCES[index] ?? DEMO_PREFERENCES[0];
    if (!preferences || !participant.specialist) continue;
    await insertCareerProfileVersion(trx, {
      participantId: participant.id,
      expectedVersion: 0,
      content: {
        workHistory: [],
        education: [],
        preferences: {
          jobTypes: preferences.jobTypes,
          hoursPerWeekMin: preferences.hoursPerWeekMin,
          hoursPerWeekMax: preferences.hoursPerWeekMax,
          places: [input.town],
          conditions: '',
        },
        strengths: preferences.strengths,
        whatHelps: '',
        whatGetsInTheWay: '',
      },
      healthContent: { earlyWarningSigns: '', copingStrategies: '' },
      reason: 'first_version',
      createdBy: participant.specialist,
      at,
    });
  }

  const employer = (name: string, sector: string, notes: string) =>
    insertEmployer(trx, {
      name,
      organisationNumber: null,
      sector,
      address: input.town,
      notes,
      contacts: [],
      teamId: input.teamId,
      createdBy,
      at,
    });
  const warehouse = await employer(
    `${input.town} Lager og Logistikk AS`,
    'Lager og logistikk',
    'Positive til å prøve ut kandidater i deltid.',
  );
  const cafe = await employer('Kafé Nordlys', 'Servering', '');
  const lead = (
    employerId: string,
    fields: { title: string; jobType: string; hours: number; text: string },
  ) =>
    insertJobLead(trx, {
      teamId: input.teamId,
      employerId,
      title: fields.title,
      jobType: fields.jobType,
      place: input.town,
      hoursPerWeek: fields.hours,
      description: fields.text,
      createdBy,
      at,
    });
  await lead(warehouse, {
    title: 'Lagermedarbeider',
    jobType: 'lager',
    hours: 20,
    text: 'Plukk og pakking på dagtid. Opplæring på stedet.',
  });
  await lead(cafe, {
    title: 'Kafémedarbeider',
    jobType: 'kafé',
    hours: 15,
    text: 'Servering og oppvask, helst formiddag.',
  });
  const filled = await lead(warehouse, {
    title: 'Sjåfør varelevering',
    jobType: 'sjåfør',
    hours: 37.5,
    text: 'Krever førerkort klasse B.',
  });
  // A new lead starts at version 1.
  await setJobLeadStatusIfVersion(trx, { leadId: filled, expectedVersion: 1, status: 'filled' });
}

const DEMO_PATHS: Record<Phase, Phase[]> = {
  referred: [],
  engagement: ['engagement'],
  career_profile: ['engagement', 'career_profile'],
  job_search: ['engagement', 'career_profile', 'job_search'],
  working: ['engagement', 'career_profile', 'job_search', 'working'],
  education: ['engagement', 'career_profile', 'education'],
  follow_along: ['engagement', 'career_profile', 'job_search', 'working', 'follow_along'],
  paused: ['engagement', 'paused'],
  ended: ['engagement', 'career_profile', 'job_search', 'ended'],
};

/** Moves a demo participant through the phases up to `target`, dated between the referral and today. */
async function walkDemoJourney(
  trx: DbOrTrx,
  input: {
    participantId: string;
    referralDate: string;
    today: string;
    target: Phase;
    recordedBy: string | null;
    seed: number;
  },
): Promise<void> {
  const path = DEMO_PATHS[input.target];
  const span = Math.max(1, daysBetween(input.referralDate, input.today));
  // Most people are contacted within a week; every fifth waits longer, so the warning shows in the demo.
  const firstContactDays = Math.min(span, input.seed % 5 === 0 ? 9 : 2 + (input.seed % 5));
  const hasFirstContact = path.length > 0 || input.seed % 2 === 0;
  let since = input.referralDate;
  for (const [index, phase] of path.entries()) {
    since = addDays(input.referralDate, Math.round((span * (index + 1)) / (path.length + 1)));
    await trx
      .insertInto('participant_phase')
      .values({
        participant_id: input.participantId,
        phase,
        started_on: since,
        reason: phase === 'paused' ? 'health' : phase === 'ended' ? 'own_wish' : null,
        planned_recontact: phase === 'paused' ? addDays(input.today, 21) : null,
        recorded_by: input.recordedBy,
      })
      .execute();
  }
  await trx
    .updateTable('participant')
    .set({
      phase: input.target,
      phase_since: since,
      first_contact_date:
        hasFirstContact && firstContactDays <= span ? addDays(input.referralDate, firstContactDays) : null,
    })
    .where('id', '=', input.participantId)
    .execute();
}
