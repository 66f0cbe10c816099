import type {
  AgendaItemKind,
  CareTeamRole,
  ContactPurpose,
  ErasureGround,
  ExternalChannel,
  FollowUpAnswer,
  GoalStatus,
  InformationCategory,
  JobEndReason,
  MeetingPartyRole,
  MeetingStatus,
  MinuteKind,
  MinutesState,
  NavReportKind,
  NavReportStatus,
  NotificationKind,
  OidcProvider,
  OrganisationKind,
  Phase,
  RecipientRole,
  ReferralSource,
  Role,
  StepOwnerRole,
  StepStatus,
  TherapistNoteCategory,
} from '@ips-bridge/domain';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Row types of the database, as Kysely sees them. Rows stay inside this package; repositories map them. */

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type DateOnly = ColumnType<string, string, string>;

export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  kind: OrganisationKind;
  region: string | null;
  created_at: CreatedAt;
}

export interface AppUserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  role: Role;
  organisation_id: string;
  team_id: string | null;
  password_hash: string | null;
  locale: Generated<'nb' | 'nn' | 'en'>;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | undefined, Date>;
  expires_at: Date;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  username: string;
  client_ip: string;
  succeeded: boolean;
  at: CreatedAt;
}

export interface ParticipantTable {
  id: Generated<string>;
  team_id: string;
  user_id: string | null;
  given_name: string;
  family_name: string;
  national_id: string;
  birth_date: DateOnly;
  phone: string | null;
  email: string | null;
  referral_source: ReferralSource;
  referral_date: DateOnly;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  version: Generated<number>;
  phase: Generated<Phase>;
  phase_since: DateOnly;
  first_contact_date: DateOnly | null;
  /** Set when the record was anonymised (GDPR art. 17): what remains is non-identifying facts for statistics. */
  erased_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface ParticipantPhaseTable {
  id: Generated<number>;
  participant_id: string;
  phase: Phase;
  started_on: DateOnly;
  reason: string | null;
  planned_recontact: DateOnly | null;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface ChangeLogTable {
  id: Generated<number>;
  participant_id: string;
  entity: string;
  action: string;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
  changed_by: string | null;
  changed_at: CreatedAt;
}

export interface BenefitScenarioTable {
  id: Generated<string>;
  participant_id: string;
  name: string;
  input: ColumnType<unknown, string, never>;
  summary: ColumnType<unknown, string, never>;
  created_by: string | null;
  created_at: CreatedAt;
  deleted_at: ColumnType<Date | null, never, Date | null>;
}

export interface NavQuestionTable {
  id: Generated<string>;
  participant_id: string;
  scenario_id: string | null;
  question: string;
  asked_by: string | null;
  asked_at: CreatedAt;
  answer: ColumnType<string | null, never, string | null>;
  answered_on: ColumnType<string | null, never, string | null>;
  answered_by: ColumnType<string | null, never, string | null>;
  version: ColumnType<number, never, number>;
}

export interface CareerProfileVersionTable {
  participant_id: string;
  version: number;
  content: ColumnType<unknown, string, never>;
  health_content: ColumnType<unknown, string, never>;
  reason: 'first_version' | 'update' | 'after_job_experience';
  created_by: string | null;
  created_at: CreatedAt;
}

export interface PlanGoalTable {
  id: Generated<string>;
  position: ColumnType<number, never, never>;
  participant_id: string;
  parent_id: string | null;
  text: string;
  status: Generated<GoalStatus>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  version: Generated<number>;
}

export interface PlanStepTable {
  id: Generated<string>;
  position: ColumnType<number, never, never>;
  participant_id: string;
  goal_id: string;
  text: string;
  owner_role: StepOwnerRole;
  owner_user_id: string | null;
  due_date: DateOnly | null;
  status: Generated<StepStatus>;
  done_on: DateOnly | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  version: Generated<number>;
}

export interface EmployerTable {
  id: Generated<string>;
  team_id: string;
  name: string;
  organisation_number: string | null;
  sector: string | null;
  address: string | null;
  notes: Generated<string>;
  contacts: ColumnType<unknown, string | undefined, string>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  version: Generated<number>;
}

export interface EmployerContactTable {
  id: Generated<string>;
  employer_id: string;
  specialist_id: string;
  contact_date: DateOnly;
  face_to_face: boolean;
  purpose: ContactPurpose;
  outcome: Generated<string>;
  created_at: CreatedAt;
}

export interface EmployerContactParticipantTable {
  contact_id: string;
  participant_id: string;
}

export interface JobTable {
  id: Generated<string>;
  participant_id: string;
  employer_id: string | null;
  employer_name: string;
  title: string;
  competitive: boolean;
  hours_per_week: ColumnType<number, number, number>;
  hourly_wage: ColumnType<number, number, number>;
  start_date: DateOnly;
  found_with_ips: boolean;
  end_date: DateOnly | null;
  end_reason: JobEndReason | null;
  end_note: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface EducationTable {
  id: Generated<string>;
  participant_id: string;
  institution: string;
  programme: string;
  start_date: DateOnly;
  end_date: DateOnly | null;
  completed: boolean | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface SupportContactTable {
  id: Generated<string>;
  participant_id: string;
  job_id: string | null;
  contact_date: DateOnly;
  with_whom: 'jobseeker' | 'employer' | 'team';
  face_to_face: boolean;
  setting: 'community' | 'office' | 'phone' | 'video';
  note: Generated<string>;
  recorded_by: string | null;
  created_at: CreatedAt;
}

export interface DisclosurePlanTable {
  participant_id: string;
  may_know: string;
  must_not_know: string;
  pros: string;
  cons: string;
  discussed_on: DateOnly;
  updated_by: string | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  version: Generated<number>;
}

export interface TimeUseTable {
  user_id: string;
  week_start: DateOnly;
  community_hours: number;
  office_hours: number;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  version: Generated<number>;
}

export interface ReferralTable {
  id: Generated<string>;
  team_id: string;
  source: ReferralSource;
  referred_by: string | null;
  given_name: string;
  family_name: string;
  national_id: string | null;
  phone: string | null;
  email: string | null;
  message: Generated<string>;
  received_on: DateOnly;
  status: Generated<'new' | 'accepted' | 'duplicate' | 'withdrawn'>;
  participant_id: string | null;
  handled_by: string | null;
  handled_at: Date | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface PublicSubmissionTable {
  id: Generated<number>;
  kind: string;
  client_ip: string;
  at: CreatedAt;
}

export interface NavReportTable {
  id: Generated<string>;
  participant_id: string;
  kind: NavReportKind;
  period_from: DateOnly;
  period_to: DateOnly;
  facts: ColumnType<unknown, string, string>;
  summary_text: Generated<string>;
  next_steps_text: Generated<string>;
  jobseeker_comment: string | null;
  jobseeker_seen_at: Date | null;
  status: Generated<NavReportStatus>;
  archive_reference: string | null;
  sent_at: Date | null;
  sent_by: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface CvTable {
  participant_id: string;
  content: ColumnType<unknown, string, string>;
  updated_by: string | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  version: Generated<number>;
}

export interface JobLeadTable {
  id: Generated<string>;
  team_id: string;
  employer_id: string;
  title: string;
  job_type: string;
  place: string | null;
  hours_per_week: number | null;
  description: Generated<string>;
  status: Generated<'open' | 'filled' | 'closed'>;
  created_by: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface CareTeamMemberTable {
  participant_id: string;
  user_id: string;
  role: CareTeamRole;
  since: CreatedAt;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_user_id: string | null;
  actor_role: string | null;
  action: string;
  participant_id: string | null;
  outcome: 'allowed' | 'denied';
  reason: string | null;
  request_id: string | null;
}

/** A completed write's answer, replayed to a retry with the same Idempotency-Key (docs/adr/0002-idempotency-keys.md). */
export interface IdempotencyKeyTable {
  scope: string;
  method: string;
  route: string;
  key: string;
  fingerprint: string;
  status_code: number;
  response_headers: ColumnType<Record<string, string>, string, string>;
  response_body: Buffer;
  created_at: Date;
  expires_at: Date;
}

export interface ConsentRecordTable {
  id: Generated<number>;
  participant_id: string;
  recipient_user_id: string | null;
  recipient_role: RecipientRole | null;
  category: InformationCategory;
  decision: 'grant' | 'withdraw';
  purpose: Generated<string>;
  valid_from: string;
  valid_to: string | null;
  recorded_by: string;
  recorded_via: 'jobseeker' | 'paper';
  recorded_at: CreatedAt;
}

export interface AccessBlockTable {
  id: Generated<string>;
  participant_id: string;
  blocked_user_id: string;
  reason: Generated<string>;
  created_by: string;
  created_at: CreatedAt;
  lifted_by: string | null;
  lifted_at: Date | null;
}

export interface EmergencyAccessTable {
  id: Generated<string>;
  participant_id: string;
  user_id: string;
  reason: string;
  opened_at: CreatedAt;
  expires_at: Date;
}

export interface TherapistNoteTable {
  id: Generated<string>;
  participant_id: string;
  author_id: string;
  category: 'work_functioning' | 'warning_signs' | 'diagnosis_treatment';
  text: string;
  created_at: CreatedAt;
}

export interface FidelityReviewTable {
  id: Generated<string>;
  team_id: string;
  period_from: DateOnly;
  period_to: DateOnly;
  scale_id: string;
  scale_version: string;
  reviewer_a_id: string;
  reviewer_b_id: string;
  status: Generated<'scoring' | 'consensus' | 'completed'>;
  a_submitted_at: Date | null;
  b_submitted_at: Date | null;
  a_version: Generated<number>;
  b_version: Generated<number>;
  total: number | null;
  band: 'exemplary' | 'good' | 'fair' | 'not_ips' | null;
  completed_at: Date | null;
  completed_by: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface FidelitySheetScoreTable {
  review_id: string;
  slot: 'a' | 'b';
  item: number;
  score: number;
  note: Generated<string>;
}

export interface FidelityConsensusTable {
  review_id: string;
  item: number;
  score: number;
  evidence: Generated<string>;
  decided_by: string | null;
  decided_at: ColumnType<Date, Date | undefined, Date>;
}

export interface FidelityActionTable {
  id: Generated<string>;
  review_id: string;
  item: number;
  what: string;
  owner: string;
  due_date: DateOnly;
  status: Generated<'open' | 'done'>;
  created_by: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface ProcessingRestrictionTable {
  id: Generated<string>;
  participant_id: string;
  source: 'jobseeker' | 'administrator';
  reason: string;
  restricted_by: string;
  restricted_at: CreatedAt;
  lifted_by: string | null;
  lifted_at: Date | null;
}

export interface ErasureRequestTable {
  id: Generated<string>;
  participant_id: string;
  ground: ErasureGround;
  received_on: DateOnly;
  status: Generated<'pending' | 'completed' | 'cancelled'>;
  recorded_by: string | null;
  recorded_at: CreatedAt;
  completed_by: string | null;
  completed_at: Date | null;
}

export interface TeamMeetingTable {
  id: Generated<string>;
  specialist_id: string;
  kind: 'treatment_team' | 'nav';
  held_on: DateOnly;
  counterpart: string;
  attended: boolean;
  participants_discussed: number | null;
  note: ColumnType<string, string | undefined, string>;
  created_at: CreatedAt;
}

export interface SupervisionNoteTable {
  id: Generated<string>;
  specialist_id: string;
  team_id: string;
  author_id: string;
  noted_on: DateOnly;
  text: string;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ParticipantMessageTable {
  id: Generated<string>;
  participant_id: string;
  author_id: string;
  category: ColumnType<'contact_and_plan', 'contact_and_plan' | undefined, never>;
  text: string;
  created_at: CreatedAt;
}

export interface MessageReadTable {
  message_id: string;
  reader_id: string;
  read_at: Date;
}

export interface StartPageVisitTable {
  user_id: string;
  visited_at: Date;
}

/** What a user is notified of in the app (kind and references only, never the content). */
export interface NotificationTable {
  id: Generated<string>;
  recipient_id: string;
  kind: NotificationKind;
  participant_id: string | null;
  subject_id: string | null;
  dedupe_key: string | null;
  created_at: CreatedAt;
  read_at: Date | null;
}

/** The outbox: one row per notification and external channel, sent by the worker after commit. */
export interface NotificationDeliveryTable {
  id: Generated<string>;
  notification_id: string;
  channel: ExternalChannel;
  state: Generated<'pending' | 'sent' | 'failed' | 'cancelled'>;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | undefined, Date>;
  sent_at: Date | null;
  last_error: string | null;
}

/** A user's choice of e-mail and SMS notifications, their addresses, and "do not contact me digitally". */
export interface ContactPreferenceTable {
  user_id: string;
  email: string | null;
  phone: string | null;
  email_opt_in: boolean;
  sms_opt_in: boolean;
  no_digital_contact: boolean;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  version: Generated<number>;
}

/** One external login (OpenID Connect issuer + subject) linked to one internal user. */
export interface UserIdentityTable {
  id: Generated<string>;
  user_id: string;
  provider: OidcProvider;
  issuer: string;
  subject: string;
  linked_by: string | null;
  linked_how: 'administrator' | 'national_id';
  created_at: CreatedAt;
  last_login_at: Date | null;
}

/** A login in progress: single use, short-lived; the state is stored only as a hash. */
export interface OidcLoginFlowTable {
  state_hash: string;
  provider: OidcProvider;
  browser_hash: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  created_at: Date;
  expires_at: Date;
}

export interface MeetingTable {
  id: Generated<string>;
  participant_id: string;
  organiser_id: string;
  starts_at: Date;
  ends_at: Date;
  place: string | null;
  video_link: string | null;
  purpose: string;
  status: Generated<MeetingStatus>;
  ics_sequence: Generated<number>;
  minutes_state: Generated<MinutesState>;
  minutes_version: Generated<number>;
  minutes_seen_at: Date | null;
  minutes_published_at: Date | null;
  financial_resolution: string | null;
  financial_resolved_at: Date | null;
  financial_resolved_by: string | null;
  cancelled_at: Date | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  version: Generated<number>;
}

export interface MeetingPartyTable {
  meeting_id: string;
  user_id: string;
  role: MeetingPartyRole;
  invited_at: CreatedAt;
}

export interface MeetingExpectationTable {
  meeting_id: string;
  user_id: string;
  need: string;
  contribution: string;
  visible_to: string[] | null;
  answered_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface MeetingAgendaItemTable {
  id: Generated<string>;
  meeting_id: string;
  position: number;
  kind: AgendaItemKind;
  title: string;
  source_user_id: string | null;
  created_by: string;
  created_at: CreatedAt;
}

export interface MeetingMinuteTable {
  id: Generated<string>;
  meeting_id: string;
  agenda_item_id: string;
  author_id: string;
  kind: MinuteKind;
  text: string;
  category: TherapistNoteCategory | null;
  minutes_version: number;
  replaces_id: string | null;
  created_at: CreatedAt;
}

export interface MeetingActionTable {
  id: Generated<string>;
  meeting_id: string;
  participant_id: string;
  agenda_item_id: string | null;
  text: string;
  owner_id: string;
  deadline: DateOnly;
  done_on: DateOnly | null;
  done_at: Date | null;
  created_by: string;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface MeetingFollowUpTable {
  meeting_id: string;
  user_id: string;
  answer: FollowUpAnswer;
  why: string | null;
  answered_at: ColumnType<Date, Date | undefined, Date>;
}

export interface MeetingNavAnswerTable {
  meeting_id: string;
  nav_question_id: string;
  answered_by: string;
  answered_at: CreatedAt;
}

export interface Database {
  organisation: OrganisationTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  login_attempt: LoginAttemptTable;
  participant: ParticipantTable;
  care_team_member: CareTeamMemberTable;
  audit_log: AuditLogTable;
  idempotency_key: IdempotencyKeyTable;
  consent_record: ConsentRecordTable;
  access_block: AccessBlockTable;
  emergency_access: EmergencyAccessTable;
  participant_phase: ParticipantPhaseTable;
  change_log: ChangeLogTable;
  benefit_scenario: BenefitScenarioTable;
  nav_question: NavQuestionTable;
  career_profile_version: CareerProfileVersionTable;
  plan_goal: PlanGoalTable;
  plan_step: PlanStepTable;
  employer: EmployerTable;
  employer_contact: EmployerContactTable;
  employer_contact_participant: EmployerContactParticipantTable;
  job: JobTable;
  education: EducationTable;
  support_contact: SupportContactTable;
  disclosure_plan: DisclosurePlanTable;
  time_use: TimeUseTable;
  referral: ReferralTable;
  public_submission: PublicSubmissionTable;
  nav_report: NavReportTable;
  cv: CvTable;
  job_lead: JobLeadTable;
  therapist_note: TherapistNoteTable;
  fidelity_review: FidelityReviewTable;
  fidelity_sheet_score: FidelitySheetScoreTable;
  fidelity_consensus: FidelityConsensusTable;
  fidelity_action: FidelityActionTable;
  processing_restriction: ProcessingRestrictionTable;
  erasure_request: ErasureRequestTable;
  team_meeting: TeamMeetingTable;
  supervision_note: SupervisionNoteTable;
  participant_message: ParticipantMessageTable;
  message_read: MessageReadTable;
  start_page_visit: StartPageVisitTable;
  user_identity: UserIdentityTable;
  oidc_login_flow: OidcLoginFlowTable;
  meeting: MeetingTable;
  meeting_party: MeetingPartyTable;
  meeting_expectation: MeetingExpectationTable;
  meeting_agenda_item: MeetingAgendaItemTable;
  meeting_minute: MeetingMinuteTable;
  meeting_action: MeetingActionTable;
  meeting_follow_up: MeetingFollowUpTable;
  meeting_nav_answer: MeetingNavAnswerTable;
  notification: NotificationTable;
  notification_delivery: NotificationDeliveryTable;
  contact_preference: ContactPreferenceTable;
}

export type AuditRow = Selectable<AuditLogTable>;
export type NewAuditRow = Insertable<AuditLogTable>;
