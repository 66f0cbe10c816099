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
