import type { OrganisationKind, ReferralSource, Role } from '@ips-bridge/domain';
import type { Language } from '../i18n/catalogue.ts';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  locale: Language;
  organisation: { id: string; name: string; kind: OrganisationKind };
  team: { id: string; name: string } | null;
  /** Set for jobseekers: their own participant record. */
  participantId: string | null;
}

export interface SessionResponse {
  user: Me;
  csrfToken: string;
}

export interface CaseloadItem {
  id: string;
  givenName: string;
  familyName: string;
  referralDate: string;
  referralSource: ReferralSource;
  teamName: string;
  specialist: { id: string; displayName: string } | null;
  daysSinceReferral: number;
}

export interface CareTeamMember {
  userId: string;
  displayName: string;
  role: Role;
}

export interface Participant {
  id: string;
  givenName: string;
  familyName: string;
  nationalId: string;
  birthDate: string;
  phone: string | null;
  email: string | null;
  referralSource: ReferralSource;
  referralDate: string;
  team: { id: string; name: string };
  careTeam: CareTeamMember[];
  createdAt: string;
  version: number;
}

export interface NewParticipant {
  givenName: string;
  familyName: string;
  nationalId: string;
  phone?: string;
  email?: string;
  referralSource: ReferralSource;
  referralDate: string;
}

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  region: string | null;
}

export interface NewOrganisation {
  name: string;
  kind: OrganisationKind;
  region?: string;
}

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  teamId: string | null;
  active: boolean;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  organisationId: string;
  teamId: string | null;
  password: string;
}

export interface ItemsResponse<T> {
  items: T[];
}
