import {
  type DbOrTrx,
  insertAgendaItems,
  insertMeeting,
  insertMeetingAction,
  insertMinute,
  listAgenda,
  resolveFinancialItem,
  saveExpectation,
  saveFollowUp,
  setMeetingActionDone,
  setMinutesState,
} from '@ips-bridge/db';
import { addDays, osloLocalToInstant } from '@ips-bridge/domain';
import { demoMoment } from './demo-moment.ts';

function at(date: string, time: string): Date {
  const instant = osloLocalToInstant(`${date}T${time}`);
  if (!instant) throw new Error(`no such Oslo time: ${date} ${time}`);
  return instant;
}

/**
 * Demo collaboration meetings for one jobseeker (synthetic people only): one next week with the jobseeker's and the
 * specialist's expectations in and NAV's and the therapist's still missing, and one two weeks ago with published
 * minutes (a therapist entry in the work-functioning category), decisions, actions (one overdue) and follow-up answers.
 */
export async function seedDemoMeetings(
  trx: DbOrTrx,
  input: {
    participantId: string;
    jobseeker: string;
    specialist: string;
    navCounsellor: string;
    therapist: string;
    today: string;
  },
): Promise<void> {
  const { participantId, jobseeker, specialist, navCounsellor, therapist, today } = input;
  const parties = [
    { userId: jobseeker, role: 'jobseeker' as const },
    { userId: specialist, role: 'employment_specialist' as const },
    { userId: navCounsellor, role: 'nav_counsellor' as const },
    { userId: therapist, role: 'therapist' as const },
  ];

  // Held two weeks ago, minutes published.
  const pastDay = addDays(today, -14);
  const planned = at(addDays(today, -21), '09:00');
  const past = await insertMeeting(trx, {
    participantId,
    organiserId: specialist,
    startsAt: at(pastDay, '10:00'),
    endsAt: at(pastDay, '11:00'),
    place: 'NAV-kontoret, møterom 3',
    videoLink: null,
    purpose: 'Avklare arbeidstid og økonomi før jobbstart',
    parties,
    at: planned,
  });
  const answers: Array<[string, string, string]> = [
    [jobseeker, 'Vite om jeg mister AAP hvis jeg jobber 20 timer', 'Si hva slags jobb jeg vil ha'],
    [specialist, 'Bli enige om antall timer i starten', 'Følge opp arbeidsgiveren'],
    [navCounsellor, 'Vite hvor mange timer det er snakk om', 'Regne på AAP ved deltid'],
    [therapist, '', 'Råd om hvordan dagene bør legges opp'],
  ];
  for (const [index, [userId, need, contribution]] of answers.entries())
    await saveExpectation(trx, {
      meetingId: past,
      userId,
      need,
      contribution,
      visibleTo: null,
      at: at(addDays(today, -20 + index), '12:00'),
    });
  await insertAgendaItems(
    trx,
    past,
    [
      { kind: 'from_expectations', title: answers[0]?.[1] ?? '', sourceUserId: jobseeker, position: 0 },
      { kind: 'financial', title: 'financial_clarity', sourceUserId: null, position: 1 },
      { kind: 'from_expectations', title: answers[1]?.[1] ?? '', sourceUserId: specialist, position: 2 },
    ],
    specialist,
    at(addDays(today, -16), '09:00'),
  );
  const [first, financial, hours] = await listAgenda(trx, past);
  const during = at(pastDay, '10:30');
  const minutes: Array<{
    item: string | undefined;
    author: string;
    kind: 'minute' | 'decision';
    text: string;
    category: 'work_functioning' | null;
  }> = [
    {
      item: first?.id,
      author: specialist,
      kind: 'minute',
      text: 'Jobbsøkeren ønsker lagerarbeid, helst dagtid.',
      category: null,
    },
    {
      item: financial?.id,
      author: navCounsellor,
      kind: 'minute',
      text: 'AAP graderes etter arbeidstimer; 20 timer gir redusert AAP, ikke stans.',
      category: null,
    },
    {
      item: hours?.id,
      author: therapist,
      kind: 'minute',
      text: 'Korte arbeidsdager de første ukene fungerer best; unngå tidlige morgener.',
      category: 'work_functioning',
    },
    {
      item: hours?.id,
      author: specialist,
      kind: 'decision',
      text: 'Starte med 15 timer i uka, økes etter fire uker.',
      category: null,
    },
  ];
  for (const m of minutes) {
    if (!m.item) continue;
    await insertMinute(trx, {
      meetingId: past,
      agendaItemId: m.item,
      authorId: m.author,
      kind: m.kind,
      text: m.text,
      category: m.category,
      minutesVersion: 1,
      replacesId: null,
      at: during,
    });
  }
  await resolveFinancialItem(trx, {
    meetingId: past,
    resolution: 'AAP graderes; NAV sender en skriftlig beregning.',
    by: navCounsellor,
    at: during,
  });
  const actions: Array<[string, string, string, boolean]> = [
    [navCounsellor, 'Sende skriftlig beregning av AAP ved 15 timer', addDays(today, -3), false],
    [specialist, 'Avtale hospitering med arbeidsgiveren', addDays(today, -7), true],
    [jobseeker, 'Prøve ny døgnrytme med leggetid kl. 23', addDays(today, 10), false],
  ];
  for (const [owner, text, deadline, done] of actions) {
    const id = await insertMeetingAction(trx, {
      meetingId: past,
      participantId,
      agendaItemId: hours?.id ?? null,
      text,
      ownerId: owner,
      deadline,
      createdBy: specialist,
      at: during,
    });
    if (done)
      await setMeetingActionDone(trx, {
        actionId: id,
        expectedVersion: 1,
        doneOn: addDays(deadline, -1),
        at: at(addDays(deadline, -1), '14:00'),
      });
  }
  await setMinutesState(trx, {
    meetingId: past,
    state: 'seen_by_jobseeker',
    newVersion: false,
    at: at(addDays(pastDay, 1), '18:00'),
  });
  await setMinutesState(trx, {
    meetingId: past,
    state: 'published',
    newVersion: false,
    at: at(addDays(pastDay, 2), '09:00'),
  });
  const followUps: Array<[string, 'yes' | 'partly' | 'no', string | null]> = [
    [jobseeker, 'partly', 'Fikk svar om AAP, men vil vite mer om skatt.'],
    [specialist, 'yes', null],
    [navCounsellor, 'yes', null],
  ];
  for (const [userId, answer, why] of followUps)
    await saveFollowUp(trx, { meetingId: past, userId, answer, why, at: at(addDays(pastDay, 3), '12:00') });

  await seedDemoMeetingHistory(trx, { participantId, parties, today });

  // Next week: expectations partly answered.
  const nextDay = addDays(today, 7);
  const upcoming = await insertMeeting(trx, {
    participantId,
    organiserId: specialist,
    startsAt: at(nextDay, '13:00'),
    endsAt: at(nextDay, '14:00'),
    place: null,
    videoLink: 'https://video.eksempel.no/ips-samarbeid',
    purpose: 'Følge opp de første ukene i jobb',
    parties,
    at: at(addDays(today, -2), '09:00'),
  });
  await saveExpectation(trx, {
    meetingId: upcoming,
    userId: jobseeker,
    need: 'Snakke om hvordan det går med timene',
    contribution: 'Fortelle hva som har vært vanskelig',
    visibleTo: [specialist, therapist],
    at: at(addDays(today, -1), '19:00'),
  });
  await saveExpectation(trx, {
    meetingId: upcoming,
    userId: specialist,
    need: 'Bli enige om når timene kan økes',
    contribution: 'Tilbakemelding fra arbeidsgiveren',
    visibleTo: null,
    at: demoMoment(today, '08:30'),
  });
}

/**
 * Five earlier meetings (12, 10, 8, 6 and 4 weeks ago), so that the team's meeting-quality figures have something to
 * show in the demo (a team figure needs five meetings or answers). They vary on purpose: NAV answered late once, the
 * therapist once not at all; the money item was left open twice; one action was done late; and the "did you get
 * what you needed?" answers move from "no" and "partly" towards "yes". Their minutes are left as drafts.
 */
async function seedDemoMeetingHistory(
  trx: DbOrTrx,
  input: {
    participantId: string;
    parties: ReadonlyArray<{
      userId: string;
      role: 'jobseeker' | 'employment_specialist' | 'nav_counsellor' | 'therapist';
    }>;
    today: string;
  },
): Promise<void> {
  const { participantId, parties, today } = input;
  const [jobseeker, specialist, navCounsellor, therapist] = parties.map((p) => p.userId);
  if (!jobseeker || !specialist || !navCounsellor || !therapist) return;
  const history: Array<{
    weeksAgo: number;
    purpose: string;
    late: string | null;
    missing: string | null;
    resolved: boolean;
    actionLate: boolean;
    answers: ['yes' | 'partly' | 'no', 'yes' | 'partly' | 'no', 'yes' | 'partly' | 'no'];
  }> = [
    {
      weeksAgo: 12,
      purpose: 'Bli kjent og avklare mål',
      late: navCounsellor,
      missing: therapist,
      resolved: false,
      actionLate: true,
      answers: ['no', 'partly', 'partly'],
    },
    {
      weeksAgo: 10,
      purpose: 'Avklare økonomi ved deltidsjobb',
      late: null,
      missing: therapist,
      resolved: true,
      actionLate: false,
      answers: ['partly', 'yes', 'yes'],
    },
    {
      weeksAgo: 8,
      purpose: 'Planlegge arbeidspraksis',
      late: null,
      missing: null,
      resolved: false,
      actionLate: false,
      answers: ['partly', 'yes', 'partly'],
    },
    {
      weeksAgo: 6,
      purpose: 'Følge opp arbeidspraksisen',
      late: null,
      missing: null,
      resolved: true,
      actionLate: false,
      answers: ['yes', 'yes', 'yes'],
    },
    {
      weeksAgo: 4,
      purpose: 'Forberede jobbstart',
      late: null,
      missing: null,
      resolved: true,
      actionLate: false,
      answers: ['yes', 'yes', 'yes'],
    },
  ];
  for (const h of history) {
    const day = addDays(today, -7 * h.weeksAgo);
    const meetingId = await insertMeeting(trx, {
      participantId,
      organiserId: specialist,
      startsAt: at(day, '10:00'),
      endsAt: at(day, '11:00'),
      place: 'NAV-kontoret, møterom 3',
      videoLink: null,
      purpose: h.purpose,
      parties,
      at: at(addDays(day, -7), '09:00'),
    });
    for (const [index, { userId }] of parties.entries()) {
      if (userId === h.missing) continue;
      await saveExpectation(trx, {
        meetingId,
        userId,
        need: 'Bli enige om neste steg',
        contribution: 'Det jeg vet om saken',
        visibleTo: null,
        at: userId === h.late ? at(day, '10:20') : at(addDays(day, -5 + index), '12:00'),
      });
    }
    if (h.resolved)
      await resolveFinancialItem(trx, {
        meetingId,
        resolution: 'Nav forklarte hvordan lønn og ytelse virker sammen.',
        by: navCounsellor,
        at: at(day, '10:40'),
      });
    const deadline = addDays(day, 7);
    const actionId = await insertMeetingAction(trx, {
      meetingId,
      participantId,
      agendaItemId: null,
      text: 'Sende oppsummering til jobbsøkeren',
      ownerId: specialist,
      deadline,
      createdBy: specialist,
      at: at(day, '10:50'),
    });
    const doneOn = addDays(deadline, h.actionLate ? 3 : -2);
    await setMeetingActionDone(trx, { actionId, expectedVersion: 1, doneOn, at: at(doneOn, '14:00') });
    for (const [index, userId] of [jobseeker, specialist, navCounsellor].entries())
      await saveFollowUp(trx, {
        meetingId,
        userId,
        answer: h.answers[index] ?? 'yes',
        why: null,
        at: at(addDays(day, 2), '12:00'),
      });
  }
}
