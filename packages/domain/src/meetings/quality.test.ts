import { describe, expect, it } from 'vitest';
import {
  median,
  meetingQuality,
  openQuestionWait,
  type QualityMeetingInput,
  type QualityNavQuestionInput,
} from './quality.ts';

// A small fixed data set; every figure below is counted by hand in the comments.
const now = new Date('2026-11-20T12:00:00Z'); // today in Oslo: 2026-11-20
const period = { from: '2026-10-01', to: '2026-11-30' };
const at = (iso: string) => new Date(iso);

const meetings: QualityMeetingInput[] = [
  {
    // M1, held 5 Oct: all three stated expectations before (nav one hour before the start); financial resolved.
    startsAt: at('2026-10-05T08:00:00Z'),
    cancelled: false,
    parties: [
      { userId: 'js', role: 'jobseeker' },
      { userId: 'spec', role: 'employment_specialist' },
      { userId: 'nav', role: 'nav_counsellor' },
    ],
    expectations: [
      { userId: 'js', answeredAt: at('2026-10-01T10:00:00Z') },
      { userId: 'spec', answeredAt: at('2026-10-04T10:00:00Z') },
      { userId: 'nav', answeredAt: at('2026-10-05T07:00:00Z') },
    ],
    financialResolved: true,
    actions: [
      { deadline: '2026-10-10', doneOn: '2026-10-09' }, // on time
      { deadline: '2026-10-15', doneOn: '2026-10-20' }, // late
    ],
    followUps: [
      { role: 'jobseeker', answer: 'yes' },
      { role: 'employment_specialist', answer: 'yes' },
      { role: 'nav_counsellor', answer: 'partly' },
    ],
  },
  {
    // M2, held 20 Oct: the specialist answered after the start, the therapist never; financial not resolved.
    startsAt: at('2026-10-20T08:00:00Z'),
    cancelled: false,
    parties: [
      { userId: 'js', role: 'jobseeker' },
      { userId: 'spec', role: 'employment_specialist' },
      { userId: 'ther', role: 'therapist' },
    ],
    expectations: [
      { userId: 'js', answeredAt: at('2026-10-18T10:00:00Z') },
      { userId: 'spec', answeredAt: at('2026-10-20T09:00:00Z') },
    ],
    financialResolved: false,
    actions: [
      { deadline: '2026-11-01', doneOn: null }, // overdue on 20 Nov
      { deadline: '2026-12-01', doneOn: null }, // not yet due
    ],
    followUps: [
      { role: 'jobseeker', answer: 'no' },
      { role: 'therapist', answer: 'partly' },
    ],
  },
  {
    // M3, held 10 Nov: both stated before; financial resolved; one action done on its deadline day.
    startsAt: at('2026-11-10T09:00:00Z'),
    cancelled: false,
    parties: [
      { userId: 'js', role: 'jobseeker' },
      { userId: 'spec', role: 'employment_specialist' },
    ],
    expectations: [
      { userId: 'js', answeredAt: at('2026-11-08T10:00:00Z') },
      { userId: 'spec', answeredAt: at('2026-11-09T10:00:00Z') },
    ],
    financialResolved: true,
    actions: [{ deadline: '2026-11-15', doneOn: '2026-11-15' }],
    followUps: [
      { role: 'jobseeker', answer: 'yes' },
      { role: 'employment_specialist', answer: 'yes' },
    ],
  },
];

/** Meetings that must not count: each would change a figure if it did. */
const notCounted: QualityMeetingInput[] = [
  // Cancelled, 25 Oct.
  { ...(meetings[2] as QualityMeetingInput), startsAt: at('2026-10-25T09:00:00Z'), cancelled: true },
  // 23:30 on 30 Sep in Oslo (21:30 UTC): the day before the period.
  { ...(meetings[2] as QualityMeetingInput), startsAt: at('2026-09-30T21:30:00Z') },
  // In the period but not held yet (25 Nov).
  { ...(meetings[1] as QualityMeetingInput), startsAt: at('2026-11-25T09:00:00Z') },
];

const navQuestions: QualityNavQuestionInput[] = [
  { askedAt: at('2026-10-02T10:00:00Z'), answeredOn: '2026-10-03' }, // 1 day
  { askedAt: at('2026-10-10T10:00:00Z'), answeredOn: '2026-10-17' }, // 7 days
  { askedAt: at('2026-10-15T22:30:00Z'), answeredOn: '2026-10-18' }, // asked 16 Oct in Oslo: 2 days
  { askedAt: at('2026-11-01T10:00:00Z'), answeredOn: null }, // open, 19 days by 20 Nov
  { askedAt: at('2026-11-16T10:00:00Z'), answeredOn: '2026-11-16' }, // 0 days
  { askedAt: at('2026-09-29T10:00:00Z'), answeredOn: '2026-10-01' }, // asked before the period: not counted
];

const input = { period, now, meetings: [...meetings, ...notCounted], navQuestions };

describe('meeting quality for one participant (every figure shown)', () => {
  const q = meetingQuality({ ...input, minimumBase: 1 });

  it.each([
    // M1 and M3 of the three held meetings: 2 / 3.
    { figure: 'expectationsBeforehand', expected: { status: 'shown', count: 2, of: 3, share: 2 / 3 } },
    // M1 and M3 resolved: 2 / 3.
    { figure: 'financialResolved', expected: { status: 'shown', count: 2, of: 3, share: 2 / 3 } },
    // On time: M1's first and M3's (done on the deadline day); late: M1's second; overdue: M2's first;
    // M2's second is not yet due. 2 of 4 due.
    {
      figure: 'actions',
      expected: { status: 'shown', due: 4, onTime: 2, late: 1, overdue: 1, share: 0.5, notYetDue: 1 },
    },
    // Five asked in the period; waits 1, 7, 2, 0 → sorted 0 1 2 7, median (1 + 2) / 2 = 1.5, longest 7;
    // within two days: 0, 1 and 2; one open, waiting 19 days (1 → 20 Nov).
    {
      figure: 'navWait',
      expected: {
        status: 'shown',
        asked: 5,
        answered: 4,
        medianDays: 1.5,
        longestDays: 7,
        withinTwoDays: 3,
        open: 1,
        longestOpenDays: 19,
      },
    },
    // Seven answers: yes (M1 ×2, M3 ×2) 4, partly (M1 nav, M2 therapist) 2, no (M2 jobseeker) 1.
    {
      figure: 'gotWhatNeeded',
      expected: {
        status: 'shown',
        answers: 7,
        counts: { yes: 4, partly: 2, no: 1 },
        shares: { yes: 4 / 7, partly: 2 / 7, no: 1 / 7 },
      },
    },
  ] as const)('$figure', ({ figure, expected }) => {
    expect(q[figure]).toEqual(expected);
  });

  it('counts the held meetings only', () => {
    expect(q.meetingsHeld).toBe(3);
    expect(q.empty).toBe(false);
  });

  it.each([
    // The jobseeker: yes (M1), no (M2), yes (M3).
    { role: 'jobseeker', counts: { yes: 2, partly: 0, no: 1 } },
    { role: 'employment_specialist', counts: { yes: 2, partly: 0, no: 0 } },
    { role: 'nav_counsellor', counts: { yes: 0, partly: 1, no: 0 } },
    { role: 'therapist', counts: { yes: 0, partly: 1, no: 0 } },
  ] as const)('"got what I needed" for $role', ({ role, counts }) => {
    const figure = q.gotWhatNeededByRole[role];
    expect(figure.status === 'shown' && figure.counts).toEqual(counts);
  });
});

describe('meeting quality for a team (figures on fewer than five withheld)', () => {
  const q = meetingQuality({ ...input, minimumBase: 5 });

  it.each([
    { figure: 'expectationsBeforehand', status: 'too_few' }, // 3 meetings
    { figure: 'financialResolved', status: 'too_few' }, // 3 meetings
    { figure: 'actions', status: 'too_few' }, // 4 due actions
    { figure: 'navWait', status: 'shown' }, // 5 questions
    { figure: 'gotWhatNeeded', status: 'shown' }, // 7 answers
  ] as const)('$figure is $status', ({ figure, status }) => {
    expect(q[figure].status).toBe(status);
  });

  it('withholds every role with fewer than five answers', () => {
    expect(Object.values(q.gotWhatNeededByRole).map((f) => f.status)).toEqual([
      'too_few',
      'too_few',
      'too_few',
      'too_few',
    ]);
  });

  it('shows nothing about a figure it withholds', () => {
    expect(q.actions).toEqual({ status: 'too_few' });
  });
});

describe('an empty period', () => {
  const q = meetingQuality({ ...input, period: { from: '2025-01-01', to: '2025-03-31' }, minimumBase: 5 });

  it('says it is empty and has no figures, not zeros', () => {
    expect(q.empty).toBe(true);
    expect(q.meetingsHeld).toBe(0);
    for (const figure of [
      q.expectationsBeforehand,
      q.financialResolved,
      q.actions,
      q.navWait,
      q.gotWhatNeeded,
    ])
      expect(figure).toEqual({ status: 'none' });
  });
});

describe('a meeting with no parties', () => {
  it('does not count as everyone having stated expectations', () => {
    const q = meetingQuality({
      period,
      now,
      meetings: [{ ...(meetings[0] as QualityMeetingInput), parties: [] }],
      navQuestions: [],
      minimumBase: 1,
    });
    expect(q.expectationsBeforehand).toEqual({ status: 'shown', count: 0, of: 1, share: 0 });
  });
});

describe('median', () => {
  it.each([
    { values: [], expected: null },
    { values: [4], expected: 4 },
    { values: [9, 1, 5], expected: 5 },
    { values: [7, 0, 2, 1], expected: 1.5 },
  ])('$values → $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });
});

describe('how long an open question for NAV has waited', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it.each([
    // asked at, hours, past the 48-hour guidance
    ['2026-11-23T12:00:00Z', 0, false],
    ['2026-11-23T11:00:01Z', 0, false],
    ['2026-11-22T12:00:00Z', 24, false],
    ['2026-11-21T12:00:01Z', 47, false],
    ['2026-11-21T12:00:00Z', 48, true],
    ['2026-11-16T12:00:00Z', 168, true],
    ['2026-11-24T12:00:00Z', 0, false], // a clock ahead of ours: no negative wait
  ])('asked %s: %i hours, overdue %s', (askedAt, hours, overdue) => {
    expect(openQuestionWait(new Date(askedAt), now)).toEqual({ hours, overdue });
  });
});
