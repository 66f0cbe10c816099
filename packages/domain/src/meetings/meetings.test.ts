import { describe, expect, it } from 'vitest';
import {
  actionDaysOverdue,
  actionIssues,
  buildAgenda,
  type EligibleParty,
  mayReadEntry,
  mayReadExpectation,
  meetingPlanIssues,
  moveItem,
  nextMinutesState,
} from './meetings.ts';
import { instantToOsloLocal, lastSundayOf, osloLocalToInstant } from './oslo-time.ts';

const now = new Date('2026-11-22T12:00:00Z');
const eligible: EligibleParty[] = [
  { userId: 'js', role: 'jobseeker' },
  { userId: 'spec', role: 'employment_specialist' },
  { userId: 'nav', role: 'nav_counsellor' },
  { userId: 'ther', role: 'therapist', sharesMeetings: false },
];
const ok = {
  start: new Date('2026-11-25T09:00:00Z'),
  end: new Date('2026-11-25T10:00:00Z'),
  place: 'NAV Grünerløkka',
  videoLink: null,
  inviteeIds: ['js', 'spec'],
};

describe('meeting plan rules', () => {
  it.each([
    { name: 'a valid plan', plan: ok, codes: [] },
    {
      name: 'a meeting in the past',
      plan: { ...ok, start: new Date('2026-11-22T11:00:00Z'), end: new Date('2026-11-22T11:30:00Z') },
      codes: ['meeting_in_past'],
    },
    {
      name: 'an invitee outside the care team',
      plan: { ...ok, inviteeIds: ['js', 'stranger'] },
      codes: ['invitee_outside_care_team'],
    },
    {
      name: 'an invitee the jobseeker does not share meetings with',
      plan: { ...ok, inviteeIds: ['js', 'ther'] },
      codes: ['invitee_without_consent'],
    },
    { name: 'no invitees', plan: { ...ok, inviteeIds: [] }, codes: ['invitees_required'] },
    { name: 'no place and no link', plan: { ...ok, place: ' ' }, codes: ['place_or_link_required'] },
    {
      name: 'a plain-http link',
      plan: { ...ok, videoLink: 'http://x.example' },
      codes: ['video_link_https'],
    },
    {
      name: 'ending before it starts',
      plan: { ...ok, end: new Date('2026-11-25T08:00:00Z') },
      codes: ['meeting_length'],
    },
  ])('$name → $codes', ({ plan, codes }) => {
    expect(meetingPlanIssues(plan, eligible, now).map((i) => i.code)).toEqual(codes);
  });
});

describe('action items', () => {
  it.each([
    { input: { text: 'Call employer', ownerUserId: 'spec', deadline: '2026-12-01' }, codes: [] },
    {
      input: { text: 'Call employer', ownerUserId: null, deadline: '2026-12-01' },
      codes: ['action_owner_required'],
    },
    {
      input: { text: 'Call employer', ownerUserId: 'spec', deadline: null },
      codes: ['action_deadline_required'],
    },
    {
      input: { text: 'x', ownerUserId: 'someone', deadline: '2026-12-01' },
      codes: ['action_owner_not_party'],
    },
    {
      input: { text: 'x', ownerUserId: 'spec', deadline: '2026-11-01' },
      codes: ['action_deadline_before_meeting'],
    },
    {
      input: { text: ' ', ownerUserId: null, deadline: null },
      codes: ['required', 'action_owner_required', 'action_deadline_required'],
    },
  ])('$input → $codes', ({ input, codes }) => {
    expect(actionIssues(input, ['js', 'spec'], '2026-11-25').map((i) => i.code)).toEqual(codes);
  });

  it.each([
    { deadline: '2026-11-20', doneOn: null, today: '2026-11-22', overdue: 2 },
    { deadline: '2026-11-22', doneOn: null, today: '2026-11-22', overdue: 0 },
    { deadline: '2026-11-20', doneOn: '2026-11-21', today: '2026-11-22', overdue: 0 },
  ])('deadline $deadline done $doneOn → $overdue days overdue', ({ deadline, doneOn, today, overdue }) => {
    expect(actionDaysOverdue({ deadline, doneOn }, today)).toBe(overdue);
  });
});

describe('agenda from expectations', () => {
  it('puts the jobseeker first, then the standing financial item, then the others', () => {
    const agenda = buildAgenda([
      {
        userId: 'nav',
        role: 'nav_counsellor',
        displayName: 'N',
        need: 'Know the work hours',
        contribution: '',
      },
      { userId: 'js', role: 'jobseeker', displayName: 'J', need: 'Will I lose my AAP?', contribution: '' },
      { userId: 'spec', role: 'employment_specialist', displayName: 'S', need: ' ', contribution: 'x' },
    ]);
    expect(agenda).toEqual([
      { kind: 'from_expectations', title: 'Will I lose my AAP?', sourceUserId: 'js' },
      { kind: 'financial', title: 'financial_clarity', sourceUserId: null },
      { kind: 'from_expectations', title: 'Know the work hours', sourceUserId: 'nav' },
    ]);
  });

  it('always has the financial item, even with no answers', () => {
    expect(buildAgenda([]).map((i) => i.kind)).toEqual(['financial']);
  });

  it.each([
    { index: 1, direction: 'up', order: ['b', 'a', 'c'] },
    { index: 1, direction: 'down', order: ['a', 'c', 'b'] },
    { index: 0, direction: 'up', order: ['a', 'b', 'c'] },
    { index: 2, direction: 'down', order: ['a', 'b', 'c'] },
  ] as const)('move $index $direction → $order', ({ index, direction, order }) => {
    expect(moveItem(['a', 'b', 'c'], index, direction)).toEqual(order);
  });
});

describe('minutes publication', () => {
  it.each([
    { state: 'draft', event: 'publish', result: 'minutes_not_seen_by_jobseeker' },
    { state: 'draft', event: 'jobseeker_saw', result: 'seen_by_jobseeker' },
    { state: 'seen_by_jobseeker', event: 'publish', result: 'published' },
    { state: 'seen_by_jobseeker', event: 'edit', result: 'draft' },
    { state: 'published', event: 'edit', result: 'published+new version' },
    { state: 'published', event: 'publish', result: 'minutes_already_published' },
  ] as const)('$state + $event → $result', ({ state, event, result }) => {
    const next = nextMinutesState(state, event);
    const shown = next.ok ? `${next.state}${next.newVersion ? '+new version' : ''}` : next.code;
    expect(shown).toBe(result);
  });
});

describe('who reads what', () => {
  const reader = {
    userId: 'nav',
    ownRecord: false,
    readable: new Set(['meeting_minutes', 'work_functioning']),
  };
  it.each([
    { entry: { category: null, authorId: 'spec' }, r: reader, sees: true },
    { entry: { category: 'work_functioning', authorId: 'ther' }, r: reader, sees: true },
    { entry: { category: 'warning_signs', authorId: 'ther' }, r: reader, sees: false },
    {
      entry: { category: 'diagnosis_treatment', authorId: 'ther' },
      r: { ...reader, ownRecord: true },
      sees: true,
    },
    { entry: { category: 'diagnosis_treatment', authorId: 'nav' }, r: reader, sees: true },
  ] as const)('$entry.category by $entry.authorId → $sees', ({ entry, r, sees }) => {
    expect(mayReadEntry(entry, r)).toBe(sees);
  });

  it.each([
    { visibleTo: null, reader: 'nav', sees: true },
    { visibleTo: ['spec'], reader: 'nav', sees: false },
    { visibleTo: ['spec', 'nav'], reader: 'nav', sees: true },
    { visibleTo: [], reader: 'js', sees: true },
  ])('jobseeker answer visible to $visibleTo, read by $reader → $sees', ({ visibleTo, reader: r, sees }) => {
    expect(mayReadExpectation({ userId: 'js', visibleTo }, r, false)).toBe(sees);
  });
});

describe('Oslo wall-clock time', () => {
  it.each([
    { year: 2026, month: 3, day: 29 },
    { year: 2026, month: 10, day: 25 },
    { year: 2027, month: 3, day: 28 },
    { year: 2027, month: 10, day: 31 },
  ])('last Sunday of $month/$year is the $day.', ({ year, month, day }) => {
    expect(lastSundayOf(year, month)).toBe(day);
  });

  it.each([
    { local: '2026-01-15T10:00', utc: '2026-01-15T09:00:00.000Z' },
    { local: '2026-07-15T10:00', utc: '2026-07-15T08:00:00.000Z' },
    { local: '2026-03-29T01:59', utc: '2026-03-29T00:59:00.000Z' },
    { local: '2026-03-29T03:00', utc: '2026-03-29T01:00:00.000Z' },
    { local: '2026-10-25T02:30', utc: '2026-10-25T00:30:00.000Z' },
    { local: '2026-10-25T03:00', utc: '2026-10-25T02:00:00.000Z' },
    { local: '2026-03-29T02:30', utc: null },
    { local: '2026-02-30T10:00', utc: null },
    { local: '2026-1-5T10:00', utc: null },
  ])('$local in Oslo is $utc', ({ local, utc }) => {
    const instant = osloLocalToInstant(local);
    expect(instant?.toISOString() ?? null).toBe(utc);
    if (instant) expect(instantToOsloLocal(instant)).toBe(local);
  });

  it('agrees with the platform time-zone data for every hour of a year', () => {
    const fmt = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Oslo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000) {
      const at = new Date(t);
      expect(instantToOsloLocal(at)).toBe(fmt.format(at).replace(' ', 'T'));
    }
  });
});
