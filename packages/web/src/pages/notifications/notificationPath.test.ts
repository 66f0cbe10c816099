import { describe, expect, it } from 'vitest';
import { notificationPath } from './notificationPath.ts';

const P = '11111111-1111-4111-8111-111111111111';
const M = '22222222-2222-4222-8222-222222222222';

describe('notificationPath', () => {
  it.each([
    { role: 'jobseeker', kind: 'message', participantId: P, subjectId: null, path: '/my-page' },
    {
      role: 'jobseeker',
      kind: 'meeting_invitation',
      participantId: P,
      subjectId: M,
      path: `/my-page/meetings/${M}`,
    },
    {
      role: 'jobseeker',
      kind: 'meeting_expectations_due',
      participantId: P,
      subjectId: M,
      path: `/my-page/meetings/${M}`,
    },
    {
      role: 'nav_counsellor',
      kind: 'meeting_expectations_due',
      participantId: P,
      subjectId: M,
      path: `/participants/${P}/meetings/${M}`,
    },
    { role: 'jobseeker', kind: 'step_due', participantId: P, subjectId: M, path: '/my-page' },
    {
      role: 'nav_counsellor',
      kind: 'message',
      participantId: P,
      subjectId: null,
      path: `/participants/${P}`,
    },
    {
      role: 'therapist',
      kind: 'meeting_cancelled',
      participantId: P,
      subjectId: M,
      path: `/participants/${P}/meetings/${M}`,
    },
    {
      role: 'employment_specialist',
      kind: 'action_due',
      participantId: P,
      subjectId: M,
      path: `/participants/${P}`,
    },
    { role: 'employment_specialist', kind: 'message', participantId: null, subjectId: null, path: null },
  ] as const)('$role, $kind → $path', ({ role, kind, participantId, subjectId, path }) => {
    expect(notificationPath({ kind, participantId, subjectId }, role)).toBe(path);
  });
});
