import {
  addCareTeamMember,
  appendAudit,
  completeFidelityReview,
  type Db,
  type DbOrTrx,
  insertCareerProfileVersion,
  insertEmployer,
  insertFidelityAction,
  insertFidelityReview,
  insertGoal,
  insertJobLead,
  insertMessage,
  insertNavQuestion,
  insertNotifications,
  insertOrganisation,
  insertParticipant,
  insertScenario,
  insertStep,
  insertSupervisionNote,
  insertTeamMeeting,
  insertUser,
  markMessagesRead,
  saveConsensus,
  saveSheetScores,
  setJobLeadStatusIfVersion,
  submitSheet,
} from '@ips-bridge/db';
import {
  addDays,
  daysBetween,
  type EstimateInput,
  estimateBenefits,
  fidelityBand,
  type InformationCategory,
  IPS25_SCALE,
  nextSyntheticNationalId,
  PHASES,
  type Phase,
  REFERRAL_SOURCES,
  type Role,
  RULE_YEARS,
  type StepOwnerRole,
  weakItems,
  weekStart,
} from '@ips-bridge/domain';
import { hashPassword } from '../auth/password.ts';
import { demoMoment } from './demo-moment.ts';
import { seedDemoMeetings } from './seed-demo-meetings.ts';

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
    const siteStaff: Array<{ teamId: string; supervisor: string; specialists: string[] }> = [];
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
          await seedDemoPlan(trx, {
            participantId,
            jobseeker: userId,
            specialist,
            navCounsellor: i % 3 !== 2 ? navCounsellor : null,
            today: options.today,
            retail: i === 0,
          });
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
          await seedDemoMessages(trx, {
            participantId,
            jobseeker: userId,
            specialist,
            navCounsellor: i % 3 !== 2 ? navCounsellor : null,
            navHasRead: i === 0,
            today: options.today,
          });
          // One site's first jobseeker shows collaboration meetings: one coming up, one held and published.
          if (siteIndex === 0 && i === 0)
            await seedDemoMeetings(trx, {
              participantId,
              jobseeker: userId,
              specialist,
              navCounsellor,
              therapist,
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
      await seedDemoTeamMeetings(trx, {
        specialists,
        healthUnit: site.healthUnit,
        navOffice: site.navOffice,
        today: options.today,
      });
      // The first site shows the workforce view with figures; the others start with no time recorded.
      if (siteIndex === 0)
        await seedDemoWorkforce(trx, {
          teamId: team.id,
          specialists,
          supervisor,
          today: options.today,
          flagged: true,
        });
      await seedDemoJobLeads(trx, {
        teamId: team.id,
        town: site.town,
        specialist: specialists[0] ?? null,
        participants: siteParticipants,
        today: options.today,
      });
      siteStaff.push({ teamId: team.id, supervisor, specialists });
    }
    await seedDemoFidelity(trx, siteStaff, options.today);
    return { logins, participants: participantNumber };
  });
}

// Agreed scores of the demo reviews of the first site, item 1–25: a year ago fair (82), now good (105).
const DEMO_FIDELITY_EARLIER = [4, 3, 4, 3, 2, 3, 3, 2, 4, 3, 3, 3, 3, 4, 3, 4, 2, 3, 4, 4, 4, 3, 4, 4, 3];
const DEMO_FIDELITY_LATER = [5, 4, 4, 4, 3, 4, 4, 4, 5, 4, 4, 4, 4, 4, 4, 5, 3, 4, 5, 5, 5, 4, 5, 4, 4];

/**
 * Fidelity reviews of the first site: two completed a year apart (fair, then good) with action plans for the weak
 * items, and one in progress where one reviewer has begun. The reviewers come from the other two sites, as external
 * reviewers usually do.
 */
async function seedDemoFidelity(
  trx: DbOrTrx,
  sites: Array<{ teamId: string; supervisor: string; specialists: string[] }>,
  today: string,
): Promise<void> {
  const [reviewed, second, third] = sites;
  const reviewerA = second?.supervisor;
  const reviewerB = third?.specialists[0];
  if (!reviewed || !reviewerA || !reviewerB) return;
  const review = async (periodFrom: string, periodTo: string, agreed: number[] | null) => {
    const at = demoMoment(addDays(periodTo, 14), '11:00');
    const id = await insertFidelityReview(trx, {
      teamId: reviewed.teamId,
      periodFrom,
      periodTo,
      scaleId: IPS25_SCALE.id,
      scaleVersion: IPS25_SCALE.version,
      reviewerAId: reviewerA,
      reviewerBId: reviewerB,
      createdBy: reviewed.supervisor,
      at,
    });
    if (!agreed) {
      // In progress: reviewer A has scored the staffing and organisation items, not submitted.
      await saveSheetScores(
        trx,
        id,
        'a',
        DEMO_FIDELITY_LATER.slice(0, 11).map((score, i) => ({ item: i + 1, score, note: '' })),
      );
      return;
    }
    // Each sheet differs a little from the agreed score, as independent sheets do.
    const sheet = (shift: number) =>
      agreed.map((score, i) => ({
        item: i + 1,
        score: Math.min(5, Math.max(1, score + ((i + shift) % 7 === 0 ? 1 : (i + shift) % 9 === 0 ? -1 : 0))),
        note: '',
      }));
    await saveSheetScores(trx, id, 'a', sheet(0));
    await saveSheetScores(trx, id, 'b', sheet(3));
    await submitSheet(trx, id, 'a', 'scoring', at);
    await submitSheet(trx, id, 'b', 'consensus', at);
    await saveConsensus(
      trx,
      id,
      agreed.map((score, i) => ({
        item: i + 1,
        score,
        evidence:
          score <= 3
            ? 'Sett i journaler og intervju med teamet; tiltak trengs.'
            : 'Sett i journaler og intervju.',
      })),
      reviewerA,
      at,
    );
    const total = agreed.reduce((sum, score) => sum + score, 0);
    await completeFidelityReview(trx, id, {
      total,
      band: fidelityBand(IPS25_SCALE, total),
      by: reviewed.supervisor,
      at,
    });
    for (const item of weakItems(new Map(agreed.map((score, i) => [i + 1, score]))).slice(0, 3)) {
      await insertFidelityAction(trx, {
        reviewId: id,
        item,
        what:
          item === 17
            ? 'Seks møter med arbeidsgivere per uke, fulgt opp i veiledningen'
            : 'Tas opp på neste teammøte',
        owner: 'Teamleder',
        dueDate: addDays(periodTo, 90),
        by: reviewed.supervisor,
        at,
      });
    }
  };
  await review(addDays(today, -730), addDays(today, -550), DEMO_FIDELITY_EARLIER);
  await review(addDays(today, -365), addDays(today, -185), DEMO_FIDELITY_LATER);
  await review(addDays(today, -180), addDays(today, -1), null);
}

/**
 * The demo jobseekers' individual plan: a goal in their own words with a smaller goal, steps they own (one done,
 * one overdue, one due soon and one without a due date) and steps their specialist and NAV counsellor own, so "My
 * plan" and the participant page have something to show. The helpers' steps are due after a week, so the staff's
 * work lists (steps due within a week) start empty in the demo.
 */
async function seedDemoPlan(
  trx: DbOrTrx,
  input: {
    participantId: string;
    jobseeker: string;
    specialist: string;
    navCounsellor: string | null;
    today: string;
    retail: boolean;
  },
): Promise<void> {
  const at = demoMoment(addDays(input.today, -20), '10:00');
  const goalId = await insertGoal(trx, {
    participantId: input.participantId,
    parentId: null,
    text: input.retail
      ? 'Jeg vil jobbe i en butikk, helst med klær, noen dager i uka.'
      : 'Jeg vil ha en jobb utendørs, for eksempel på en gård eller i en park.',
    createdBy: input.specialist,
    at,
  });
  await insertGoal(trx, {
    participantId: input.participantId,
    parentId: goalId,
    text: input.retail ? 'Prøve en arbeidsdag i butikk før jul' : 'Besøke to arbeidsplasser ute',
    createdBy: input.specialist,
    at,
  });
  const steps: Array<{
    text: string;
    ownerRole: StepOwnerRole;
    owner: string | null;
    due: string | null;
    done?: string;
  }> = [
    {
      text: 'Ta et bilde til CV-en',
      ownerRole: 'jobseeker',
      owner: input.jobseeker,
      due: addDays(input.today, -10),
      done: addDays(input.today, -12),
    },
    {
      text: 'Skrive ned tre ting jeg er god til',
      ownerRole: 'jobseeker',
      owner: input.jobseeker,
      due: addDays(input.today, -2),
    },
    {
      text: 'Ringe jobbspesialisten etter besøket',
      ownerRole: 'jobseeker',
      owner: input.jobseeker,
      due: addDays(input.today, 5),
    },
    { text: 'Øve på å fortelle om meg selv', ownerRole: 'jobseeker', owner: input.jobseeker, due: null },
    {
      text: 'Finne tre arbeidsgivere å besøke',
      ownerRole: 'employment_specialist',
      owner: input.specialist,
      due: addDays(input.today, 14),
    },
  ];
  if (input.navCounsellor)
    steps.push({
      text: 'Svare på spørsmålet om AAP og deltid',
      ownerRole: 'nav_counsellor',
      owner: input.navCounsellor,
      due: addDays(input.today, 10),
    });
  for (const step of steps) {
    const stepId = await insertStep(trx, {
      participantId: input.participantId,
      goalId,
      text: step.text,
      ownerRole: step.ownerRole,
      ownerUserId: step.owner,
      dueDate: step.due,
      createdBy: input.specialist,
      at,
    });
    if (step.done)
      await trx
        .updateTable('plan_step')
        .set({ status: 'done', done_on: step.done, updated_at: demoMoment(step.done, '18:00') })
        .where('id', '=', stepId)
        .execute();
  }
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
  // The AAP question was asked three days ago, so NAV's start page shows one past the 48-hour guidance.
  const savedOn = input.uforetrygd ? input.today : addDays(input.today, -3);
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
    at: demoMoment(savedOn, '10:00'),
  });
  await insertNavQuestion(trx, {
    participantId: input.participantId,
    scenarioId,
    question: input.uforetrygd
      ? 'Hvor mye kan jeg tjene før uføretrygden blir redusert i år?'
      : 'Hva skjer med AAP hvis jeg jobber 20 timer i uka?',
    askedBy: input.specialist,
    at: demoMoment(savedOn, '10:05'),
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
        recorded_at: demoMoment(validFrom, fields.paper ? '10:30' : '20:15'),
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
/**
 * A short conversation for each demo jobseeker who can log in: the specialist writes, the jobseeker answers, and
 * NAV adds a line. NAV has read everything at the first jobseeker of each site and not yet the newest message at the
 * second, so the NAV counsellor's start page has something new to show, and a notification of it.
 */
async function seedDemoMessages(
  trx: DbOrTrx,
  input: {
    participantId: string;
    jobseeker: string;
    specialist: string;
    navCounsellor: string | null;
    navHasRead: boolean;
    today: string;
  },
): Promise<void> {
  const at = (daysAgo: number, time: string) => demoMoment(addDays(input.today, -daysAgo), time);
  const write = (authorId: string, text: string, when: Date) =>
    insertMessage(trx, { participantId: input.participantId, authorId, text, at: when });
  const read = (readerId: string, ids: string[], when: Date) =>
    markMessagesRead(trx, { participantId: input.participantId, readerId, messageIds: ids, at: when });
  const first = await write(
    input.specialist,
    'Hei! Jeg har avtalt et besøk hos bakeriet på torsdag kl. 10. Passer det for deg å bli med?',
    at(4, '08:15'),
  );
  await read(input.jobseeker, [first], at(4, '11:02'));
  const answer = await write(input.jobseeker, 'Ja, det passer fint. Vi møtes utenfor.', at(4, '11:05'));
  await read(input.specialist, [answer], at(4, '12:30'));
  if (!input.navCounsellor) return;
  await read(input.navCounsellor, [first, answer], at(3, '09:00'));
  const nav = await write(
    input.navCounsellor,
    'Fint! Si fra hvis dere trenger lønnstilskudd eller arbeidsutprøving, så ser jeg på det.',
    at(3, '09:10'),
  );
  await read(input.specialist, [nav], at(3, '10:00'));
  const latest = await write(
    input.specialist,
    'Besøket gikk bra. De vil gjerne ha en prat om deltid.',
    at(1, '14:00'),
  );
  await read(input.jobseeker, [nav, latest], at(1, '18:20'));
  if (input.navHasRead) await read(input.navCounsellor, [latest], at(1, '15:00'));
  // The notification of the newest message ("Varsler" in the header): unread where NAV has not read it yet.
  else
    await insertNotifications(trx, [
      {
        recipientId: input.navCounsellor,
        kind: 'message',
        participantId: input.participantId,
        subjectId: null,
        dedupeKey: null,
        channels: [],
        at: at(1, '14:00'),
      },
    ]);
}

/**
 * The specialists' time use for the last eight whole weeks and, at the first site, a supervision note: there the
 * second specialist has spent well under 65 % of the time in the community, so the supervisor's workforce view
 * (docs/workforce.md) shows one specialist flagged, and the note about it.
 */
async function seedDemoWorkforce(
  trx: DbOrTrx,
  input: { teamId: string; specialists: string[]; supervisor: string; today: string; flagged: boolean },
): Promise<void> {
  const [first, second] = input.specialists;
  const thisMonday = weekStart(input.today);
  const at = demoMoment(input.today, '08:00');
  for (let week = 1; week <= 8; week++) {
    const monday = addDays(thisMonday, -7 * week);
    const rows = [
      first
        ? { user_id: first, week_start: monday, community_hours: 24 + (week % 3), office_hours: 10 }
        : null,
      second
        ? input.flagged
          ? { user_id: second, week_start: monday, community_hours: 12 + (week % 2) * 2, office_hours: 20 }
          : { user_id: second, week_start: monday, community_hours: 23, office_hours: 11 }
        : null,
    ].filter((r) => r !== null);
    if (rows.length > 0)
      await trx
        .insertInto('time_use')
        .values(rows.map((r) => ({ ...r, updated_at: at })))
        .execute();
  }
  if (input.flagged && second)
    await insertSupervisionNote(trx, {
      specialistId: second,
      teamId: input.teamId,
      authorId: input.supervisor,
      date: addDays(input.today, -7),
      text: 'Snakket om tiden ute: mye kontortid de siste ukene. Avtalt to faste dager ute hos arbeidsgivere, og å ta det opp igjen om en måned.',
      at: demoMoment(addDays(input.today, -7), '14:00'),
    });
}

/**
 * The specialists' meetings with the treatment team and NAV over the last eight weeks: the first specialist at each
 * site keeps the weekly rhythm but missed one meeting and meets NAV monthly; the second comes every other week and
 * has met NAV once, so the supervisor's overview shows both.
 */
async function seedDemoTeamMeetings(
  trx: DbOrTrx,
  input: { specialists: string[]; healthUnit: string; navOffice: string; today: string },
): Promise<void> {
  const [steady, patchy] = input.specialists;
  const thisMonday = weekStart(input.today);
  const at = demoMoment(input.today, '09:00');
  for (let week = 0; week < 8; week++) {
    // Tuesday's meeting, or the one before when this week's Tuesday has not come yet.
    const tuesday = addDays(thisMonday, 1 - 7 * week);
    if (tuesday > input.today) continue;
    if (steady)
      await insertTeamMeeting(trx, {
        specialistId: steady,
        kind: 'treatment_team',
        date: tuesday,
        counterpart: `${input.healthUnit}, poliklinikk`,
        attended: week !== 2,
        participantsDiscussed: week === 2 ? null : 2 + (week % 3),
        note: week === 2 ? 'Kurs hele dagen' : week === 0 ? 'Drøftet to nye henvisninger' : '',
        at,
      });
    if (patchy && week % 2 === 0)
      await insertTeamMeeting(trx, {
        specialistId: patchy,
        kind: 'treatment_team',
        date: tuesday,
        counterpart: `${input.healthUnit}, poliklinikk`,
        attended: true,
        participantsDiscussed: 3,
        note: '',
        at,
      });
  }
  for (let month = 0; month < 3; month++) {
    const date = addDays(input.today, -(5 + 30 * month));
    if (steady)
      await insertTeamMeeting(trx, {
        specialistId: steady,
        kind: 'nav',
        date,
        counterpart: input.navOffice,
        attended: true,
        participantsDiscussed: null,
        note: month === 0 ? 'Tiltak og lønnstilskudd' : 'Fast samarbeidsmøte',
        at,
      });
  }
  if (patchy)
    await insertTeamMeeting(trx, {
      specialistId: patchy,
      kind: 'nav',
      date: addDays(input.today, -20),
      counterpart: input.navOffice,
      attended: true,
      participantsDiscussed: null,
      note: 'Rutiner for henvisning',
      at,
    });
}

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
  const at = demoMoment(addDays(input.today, -7), '11:00');
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
  await seedDemoWork(trx, input, path, span);
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

const DEMO_JOBS = [
  ['Butikkmedarbeider', 'Coop Extra'],
  ['Lagermedarbeider', 'Posten Bring'],
  ['Kantinemedarbeider', 'Kantina AS'],
  ['Renholder', 'ISS Facility Services'],
  ['Barnehageassistent', 'Solsiden barnehage'],
  ['Sjåfør', 'Nordlys Transport'],
] as const;
const DEMO_END_REASONS = [
  'temporary_ended',
  'quit_own_wish',
  'better_job',
  'quit_health',
  'dismissed',
] as const;

/**
 * Jobs and education that match the journey, so the outcome report has something to count: a job from the day
 * the phase "working" began (every fourth one not in the ordinary labour market), an earlier job that ended for
 * every other jobseeker now searching again, and the education started in the phase "education".
 */
async function seedDemoWork(
  trx: DbOrTrx,
  input: { participantId: string; referralDate: string; recordedBy: string | null; seed: number },
  path: readonly Phase[],
  span: number,
): Promise<void> {
  const phaseStart = (phase: Phase) => {
    const index = path.indexOf(phase);
    return index < 0
      ? null
      : addDays(input.referralDate, Math.round((span * (index + 1)) / (path.length + 1)));
  };
  const [title, employer] = DEMO_JOBS[input.seed % DEMO_JOBS.length] ?? DEMO_JOBS[0];
  const job = (start: string, end: string | null, reason: (typeof DEMO_END_REASONS)[number] | null) =>
    trx
      .insertInto('job')
      .values({
        participant_id: input.participantId,
        employer_id: null,
        employer_name: employer,
        title,
        competitive: input.seed % 4 !== 3,
        hours_per_week: 10 + (input.seed % 4) * 5,
        hourly_wage: 205 + (input.seed % 5) * 10,
        start_date: start,
        found_with_ips: true,
        end_date: end,
        end_reason: reason,
        created_by: input.recordedBy,
      })
      .execute();
  const working = phaseStart('working');
  if (working) await job(working, null, null);
  const searching = phaseStart('job_search');
  const profile = phaseStart('career_profile');
  if (!working && searching && profile && input.seed % 2 === 0 && profile < searching) {
    await job(profile, searching, DEMO_END_REASONS[input.seed % DEMO_END_REASONS.length] ?? 'dismissed');
  }
  const education = phaseStart('education');
  if (education) {
    await trx
      .insertInto('education')
      .values({
        participant_id: input.participantId,
        institution: 'Fagskolen i Nord',
        programme: 'Helsefagarbeider',
        start_date: education,
        end_date: null,
        completed: null,
        created_by: input.recordedBy,
      })
      .execute();
  }
}
