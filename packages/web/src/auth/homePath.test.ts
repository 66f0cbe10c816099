import { describe, expect, it } from 'vitest';
import { canVisit, homePathFor } from './homePath.ts';

describe('where each role starts', () => {
  it.each([
    { role: 'nav_counsellor', path: '/start' },
    { role: 'therapist', path: '/start' },
    { role: 'employment_specialist', path: '/caseload' },
    { role: 'ips_supervisor', path: '/caseload' },
    { role: 'jobseeker', path: '/my-page' },
    { role: 'administrator', path: '/admin' },
  ] as const)('$role → $path', ({ role, path }) => {
    expect(homePathFor(role)).toBe(path);
    expect(canVisit(role, path)).toBe(true);
  });

  it('lets only specialists and supervisors open Teamsamarbeid', () => {
    expect(canVisit('employment_specialist', '/teamwork')).toBe(true);
    expect(canVisit('ips_supervisor', '/teamwork')).toBe(true);
    expect(canVisit('nav_counsellor', '/teamwork')).toBe(false);
    expect(canVisit('employment_specialist', '/start')).toBe(false);
  });
});
