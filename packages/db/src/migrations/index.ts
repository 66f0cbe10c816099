import type { Migration } from 'kysely/migration';
import * as foundation from './2026_11_22_0001_foundation.ts';
import * as journeyPhases from './2026_11_22_0002_journey_phases.ts';
import * as benefitScenarios from './2026_11_22_0003_benefit_scenarios.ts';
import * as careerProfile from './2026_11_22_0004_career_profile.ts';
import * as individualPlan from './2026_11_22_0005_individual_plan.ts';
import * as employers from './2026_11_22_0006_employers.ts';
import * as jobsAndSupport from './2026_11_22_0007_jobs_and_support.ts';
import * as disclosureAndTimeUse from './2026_11_22_0008_disclosure_and_time_use.ts';
import * as referrals from './2026_11_22_0009_referrals.ts';
import * as navReports from './2026_11_22_0010_nav_reports.ts';
import * as cv from './2026_11_22_0011_cv.ts';
import * as jobLeads from './2026_11_22_0012_job_leads.ts';
import * as idempotencyKeys from './2026_11_22_0013_idempotency_keys.ts';
import * as consent from './2026_11_22_0014_consent.ts';
import * as auditSeal from './2026_11_22_0015_audit_seal.ts';
import * as therapistNotes from './2026_11_22_0016_therapist_notes.ts';
import * as meetings from './2026_11_22_0017_meetings.ts';
import * as teamIntegrationAndMessages from './2026_11_22_0018_team_integration_and_messages.ts';
import * as fidelityReviews from './2026_11_22_0019_fidelity_reviews.ts';
import * as oidc from './2026_11_22_0020_oidc.ts';
import * as gdprRights from './2026_11_22_0021_gdpr_rights.ts';
import * as supervisionNotes from './2026_11_23_0023_supervision_notes.ts';
import * as notifications from './2026_11_23_0024_notifications.ts';
import * as meetingExpectationsReminder from './2026_11_23_0025_meeting_expectations_reminder.ts';

/** Every migration, in order. Add new ones at the end; never edit or reorder a landed one. */
export const migrations: Record<string, Migration> = {
  '2026_11_22_0001_foundation': foundation,
  '2026_11_22_0002_journey_phases': journeyPhases,
  '2026_11_22_0003_benefit_scenarios': benefitScenarios,
  '2026_11_22_0004_career_profile': careerProfile,
  '2026_11_22_0005_individual_plan': individualPlan,
  '2026_11_22_0006_employers': employers,
  '2026_11_22_0007_jobs_and_support': jobsAndSupport,
  '2026_11_22_0008_disclosure_and_time_use': disclosureAndTimeUse,
  '2026_11_22_0009_referrals': referrals,
  '2026_11_22_0010_nav_reports': navReports,
  '2026_11_22_0011_cv': cv,
  '2026_11_22_0012_job_leads': jobLeads,
  '2026_11_22_0013_idempotency_keys': idempotencyKeys,
  '2026_11_22_0014_consent': consent,
  '2026_11_22_0015_audit_seal': auditSeal,
  '2026_11_22_0016_therapist_notes': therapistNotes,
  '2026_11_22_0017_meetings': meetings,
  '2026_11_22_0018_team_integration_and_messages': teamIntegrationAndMessages,
  '2026_11_22_0019_fidelity_reviews': fidelityReviews,
  '2026_11_22_0020_oidc': oidc,
  '2026_11_22_0021_gdpr_rights': gdprRights,
  '2026_11_23_0023_supervision_notes': supervisionNotes,
  '2026_11_23_0024_notifications': notifications,
  '2026_11_23_0025_meeting_expectations_reminder': meetingExpectationsReminder,
};
