import { isStaffRole, REGISTERING_ROLES, type Role } from '@ips-bridge/domain';

/** Where each role starts after logging in. */
export function homePathFor(role: Role): string {
  if (role === 'administrator') return '/admin';
  if (role === 'jobseeker') return '/my-page';
  return '/caseload';
}

/** Whether a role may open a page: used to decide if a login may return the user to where they came from. */
export function canVisit(role: Role, pathname: string): boolean {
  if (pathname === '/participants/new') return REGISTERING_ROLES.includes(role);
  if (pathname === '/caseload' || pathname.startsWith('/participants/')) return isStaffRole(role);
  if (pathname === '/my-page') return role === 'jobseeker';
  if (pathname === '/admin') return role === 'administrator';
  return false;
}
