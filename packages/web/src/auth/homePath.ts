import { isStaffRole, REGISTERING_ROLES, type Role } from '@ips-bridge/domain';
import { isJobDevelopmentRole } from './jobDevelopmentRoles.ts';
import { REFERRAL_INBOX_ROLES, REFERRING_ROLES, TIME_USE_ROLES } from './referralRoles.ts';
import { START_PAGE_ROLES, TEAMWORK_ROLES, WORKFORCE_ROLES } from './teamworkRoles.ts';

/** Where each role starts after logging in. */
export function homePathFor(role: Role): string {
  if (role === 'administrator') return '/admin';
  if (role === 'jobseeker') return '/my-page';
  // The occasional users start on a page with only what concerns them.
  if (START_PAGE_ROLES.includes(role)) return '/start';
  return '/caseload';
}

/** Whether a role may open a page: used to decide if a login may return the user to where they came from. */
export function canVisit(role: Role, pathname: string): boolean {
  if (pathname === '/participants/new') return REGISTERING_ROLES.includes(role);
  if (pathname === '/caseload' || pathname.startsWith('/participants/')) return isStaffRole(role);
  if (pathname === '/my-page') return role === 'jobseeker';
  if (pathname === '/admin') return role === 'administrator';
  if (pathname === '/employers' || pathname.startsWith('/employers/') || pathname === '/job-development') {
    return isJobDevelopmentRole(role);
  }
  if (pathname === '/refer') return REFERRING_ROLES.includes(role);
  if (pathname === '/referrals') return REFERRAL_INBOX_ROLES.includes(role);
  if (pathname === '/time-use') return TIME_USE_ROLES.includes(role);
  if (pathname === '/start') return START_PAGE_ROLES.includes(role);
  if (pathname === '/teamwork') return TEAMWORK_ROLES.includes(role);
  if (pathname === '/workforce') return WORKFORCE_ROLES.includes(role);
  return false;
}
