import type { InformationCategory } from '@ips-bridge/domain';

/**
 * The record of processing (GDPR art. 30) in machine-readable form: every table of the database, what personal data
 * each column holds, why, under which legal basis, who receives it and how long it is kept; and, for tables about one
 * participant, how their rows are found for the export (GDPR art. 15 and 20). `processing-register.int.test.ts`
 * compares it with the migrated schema: a table or column that is not listed here fails the suite by name.
 * docs/record-of-processing.md is the readable twin.
 */

/** none: no personal data; personal: personal data (GDPR art. 4(1)); special: health data (GDPR art. 9). */
export type DataClass = 'none' | 'personal' | 'special';

/** The information category a staff reader needs to see a row in an export; `subject_only`: only the jobseeker. */
export type ExportCategory = InformationCategory | 'subject_only';

export const LEGAL_BASES = {
  ips_follow_up:
    'GDPR art. 6(1)(e) and 9(2)(h): the employment and health services follow-up the jobseeker has asked for, ' +
    'under the duty of confidentiality (helsepersonelloven, NAV-loven § 7)',
  consent_sharing:
    'GDPR art. 6(1)(a) and 9(2)(a): what is shared beyond need-to-know, as far as the consent reaches ' +
    '(helsepersonelloven § 22, forvaltningsloven § 13 a nr. 1)',
  benefits_guidance:
    'GDPR art. 6(1)(e) and 9(2)(b): guidance on work and benefits in the labour and welfare administration (NAV-loven)',
  access_log:
    'GDPR art. 6(1)(c) and art. 32: a log of every access, shown to the person (pasientjournalloven § 22, ' +
    'pasientjournalforskriften § 14, Normen faktaark 15)',
  security: 'GDPR art. 6(1)(c) and art. 32: secure login, sessions and protection against abuse',
  staff_accounts: 'GDPR art. 6(1)(e) and 6(1)(b): accounts of the staff who use the service in their work',
  none: 'no personal data',
} as const;

export type LegalBasis = keyof typeof LEGAL_BASES;

export interface SubjectExport {
  /** The column holding the participant's id, or rows reached through a link table. */
  link:
    | { column: string }
    | { key: string; through: { table: string; column: string; subjectColumn: string } };
  /** Category a staff reader must be allowed to read to get the rows. */
  category: ExportCategory;
  /** Column naming each row's own category (therapist notes): the reader must be allowed that too. */
  rowCategoryColumn?: string;
  /** Columns with a category of their own (the career profile's health part), withheld from readers without it. */
  columnCategories?: Record<string, ExportCategory>;
}

export interface RegisterEntry {
  purpose: string;
  basis: readonly LegalBasis[];
  recipients: string;
  retention: string;
  columns: Record<string, DataClass>;
  /** How the rows about one participant are found; absent for tables that hold nothing about a participant. */
  subject?: SubjectExport;
}

const RECORD_RETENTION =
  'while the IPS follow-up lasts; erasure or anonymisation after the retention period is not yet built (issue 6)';
const CARE_TEAM =
  'the jobseeker; the care team and team supervisors as far as consent and need-to-know reach';

function classes(spec: Partial<Record<DataClass, string>>): Record<string, DataClass> {
  const out: Record<string, DataClass> = {};
  for (const [cls, names] of Object.entries(spec) as [DataClass, string][]) {
    for (const name of names.split(/\s+/).filter(Boolean)) out[name] = cls;
  }
  return out;
}

const byParticipant = (category: ExportCategory, column = 'participant_id'): SubjectExport => ({
  link: { column },
  category,
});

export const PROCESSING_REGISTER: Readonly<Record<string, RegisterEntry>> = {
  participant: {
    purpose: 'Who the jobseeker is and how to reach them; where they are in the IPS journey',
    basis: ['ips_follow_up'],
    recipients: CARE_TEAM,
    retention: RECORD_RETENTION,
    columns: classes({
      personal:
        'id user_id given_name family_name national_id birth_date phone email referral_source referral_date ' +
        'created_by phase phase_since first_contact_date',
      none: 'team_id created_at updated_at version',
    }),
    subject: byParticipant('contact_and_plan', 'id'),
  },
  care_team_member: {
    purpose: 'Who works with the jobseeker: decides access together with consent',
    basis: ['ips_follow_up'],
    recipients: CARE_TEAM,
    retention: RECORD_RETENTION,
    columns: classes({ personal: 'participant_id user_id role since' }),
    subject: byParticipant('contact_and_plan'),
  },
  participant_phase: {
    purpose: 'The phases of the IPS journey, with passive periods and planned recontact',
    basis: ['ips_follow_up'],
    recipients: CARE_TEAM,
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'participant_id phase started_on reason planned_recontact recorded_by',
      none: 'id recorded_at',
    }),
    subject: byParticipant('contact_and_plan'),
  },
  change_log: {
    purpose: 'The history of changes to the record (who changed what, when)',
    basis: ['ips_follow_up', 'access_log'],
    recipients: CARE_TEAM,
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'participant_id entity action before after changed_by',
      none: 'id changed_at',
    }),
    subject: byParticipant('contact_and_plan'),
  },
  career_profile_version: {
    purpose: "The jobseeker's career profile (work history, preferences) and its health part, every version",
    basis: ['ips_follow_up', 'consent_sharing'],
    recipients: `${CARE_TEAM}; the health part by default only to the specialist and therapist`,
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'participant_id version content reason created_by',
      special: 'health_content',
      none: 'created_at',
    }),
    subject: { ...byParticipant('career_profile'), columnCategories: { health_content: 'warning_signs' } },
  },
  plan_goal: {
    purpose: 'The individual plan: goals',
    basis: ['ips_follow_up'],
    recipients: CARE_TEAM,
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'participant_id parent_id text status created_by',
      none: 'id position created_at updated_at version',
    }),
    subject: byParticipant('contact_and_plan'),
  },
  plan_step: {
    purpose: 'The individual plan: steps with owner and due date',
    basis: ['ips_follow_up'],
    recipients: CARE_TEAM,
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'participant_id goal_id text owner_role owner_user_id due_date status done_on created_by',
      none: 'id position created_at updated_at version',
    }),
    subject: byParticipant('contact_and_plan'),
  },
  job: {
    purpose: 'Jobs the jobseeker holds or held: hours, wage, start and end',
    basis: ['ips_follow_up'],
    recipients: CARE_TEAM,
    retention: RECORD_RETENTION,
    columns: classes({
      personal:
        'participant_id employer_id employer_name title competitive hours_per_week hourly_wage start_date ' +
        'found_with_ips end_date end_reason end_note created_by',
      none: 'id created_at version',
    }),
    subject: byParticipant('contact_and_plan'),
  },
  education: {
    purpose: 'Education the jobseeker takes or took',
    basis: ['ips_follow_up'],
    recipients: CARE_TEAM,
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'participant_id institution programme start_date end_date completed created_by',
      none: 'id created_at',
    }),
    subject: byParticipant('contact_and_plan'),
  },
  support_contact: {
    purpose: 'Follow-along support contacts with the jobseeker, the employer or the team',
    basis: ['ips_follow_up'],
    recipients: CARE_TEAM,
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'participant_id job_id contact_date with_whom face_to_face setting note recorded_by',
      none: 'id created_at',
    }),
    subject: byParticipant('contact_and_plan'),
  },
  disclosure_plan: {
    purpose: 'What the jobseeker wants an employer to know about their illness, and what not',
    basis: ['ips_follow_up', 'consent_sharing'],
    recipients: 'the jobseeker; by default the specialist and therapist',
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'participant_id discussed_on updated_by',
      special: 'may_know must_not_know pros cons',
      none: 'updated_at version',
    }),
    subject: byParticipant('work_functioning'),
  },
  benefit_scenario: {
    purpose: 'Money plans: what the jobseeker would have per month with work and benefits',
    basis: ['benefits_guidance'],
    recipients: 'the jobseeker; by default the specialist and the NAV counsellor',
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'participant_id name input summary created_by deleted_at',
      none: 'id created_at',
    }),
    subject: byParticipant('benefits'),
  },
  nav_question: {
    purpose: 'Questions for NAV about benefits, and their answers',
    basis: ['benefits_guidance'],
    recipients: 'the jobseeker; by default the specialist and the NAV counsellor',
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'participant_id scenario_id question asked_by answer answered_on answered_by',
      none: 'id asked_at version',
    }),
    subject: byParticipant('benefits'),
  },
  referral: {
    purpose: 'Referrals to IPS (zero exclusion, self-referral), before and after they become a participant',
    basis: ['ips_follow_up'],
    recipients: 'the IPS team that receives it; afterwards as the participant record',
    retention: `${RECORD_RETENTION}; a referral never accepted is not yet removed automatically`,
    columns: classes({
      personal:
        'source referred_by given_name family_name national_id phone email message received_on status ' +
        'participant_id handled_by handled_at',
      none: 'id team_id created_at version',
    }),
    subject: byParticipant('contact_and_plan'),
  },
  nav_report: {
    purpose: 'Reports from the specialist to NAV, with the jobseeker’s comment, filed in the archive',
    basis: ['ips_follow_up'],
    recipients: `${CARE_TEAM}; NAV's archive when sent`,
    retention: `${RECORD_RETENTION}; the archived copy follows NAV's archive rules`,
    columns: classes({
      personal:
        'participant_id kind period_from period_to facts summary_text next_steps_text jobseeker_comment ' +
        'jobseeker_seen_at status archive_reference sent_at sent_by created_by',
      none: 'id created_at version',
    }),
    subject: byParticipant('contact_and_plan'),
  },
  cv: {
    purpose: "The jobseeker's CV",
    basis: ['ips_follow_up'],
    recipients: CARE_TEAM,
    retention: RECORD_RETENTION,
    columns: classes({ personal: 'participant_id content updated_by', none: 'updated_at version' }),
    subject: byParticipant('career_profile'),
  },
  employer_contact_participant: {
    purpose: 'Which employer contacts the specialist made on behalf of which jobseeker',
    basis: ['ips_follow_up'],
    recipients: 'the IPS team; the care team',
    retention: RECORD_RETENTION,
    columns: classes({ personal: 'contact_id participant_id' }),
    subject: byParticipant('contact_and_plan'),
  },
  employer_contact: {
    purpose: "The specialist's job-development log of employer contacts (fidelity and workload)",
    basis: ['ips_follow_up'],
    recipients: 'the IPS team',
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'specialist_id contact_date face_to_face purpose outcome',
      none: 'id employer_id created_at',
    }),
    subject: {
      link: {
        key: 'id',
        through: {
          table: 'employer_contact_participant',
          column: 'contact_id',
          subjectColumn: 'participant_id',
        },
      },
      category: 'contact_and_plan',
    },
  },
  consent_record: {
    purpose: "The jobseeker's consents and withdrawals, never changed",
    basis: ['consent_sharing'],
    recipients: CARE_TEAM,
    retention: 'as long as the record it governs, then as long as the access log (proof of lawful sharing)',
    columns: classes({
      personal:
        'participant_id recipient_user_id recipient_role category decision purpose valid_from valid_to ' +
        'recorded_by recorded_via recorded_at',
      none: 'id',
    }),
    subject: byParticipant('contact_and_plan'),
  },
  access_block: {
    purpose: 'People the jobseeker has shut out of their record (sperring)',
    basis: ['ips_follow_up'],
    recipients: 'the jobseeker; the server enforces it',
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'participant_id blocked_user_id reason created_by created_at lifted_by lifted_at',
      none: 'id',
    }),
    subject: byParticipant('subject_only'),
  },
  emergency_access: {
    purpose: 'Break-the-glass openings of the record outside consent, with the stated reason',
    basis: ['access_log'],
    recipients: 'the jobseeker (access log); the person who opened it',
    retention: 'as the access log',
    columns: classes({ personal: 'participant_id user_id reason opened_at expires_at', none: 'id' }),
    subject: byParticipant('subject_only'),
  },
  therapist_note: {
    purpose: "The therapist's notes in a health category, shared only as far as consent reaches",
    basis: ['ips_follow_up', 'consent_sharing'],
    recipients: 'the jobseeker; the author; others only with consent for the note’s category',
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'participant_id author_id category',
      special: 'text',
      none: 'id created_at',
    }),
    subject: { ...byParticipant('contact_and_plan'), rowCategoryColumn: 'category' },
  },
  audit_log: {
    purpose: 'Who read or changed what about whom, when, and on which basis; denied attempts too',
    basis: ['access_log'],
    recipients: 'the jobseeker (their access log); the data controller’s security and privacy staff',
    retention:
      'append-only; kept after the record is erased (audit stubs), at least 5 years (Normen practice)',
    columns: classes({
      personal: 'at actor_user_id actor_role action participant_id outcome reason',
      none: 'id request_id',
    }),
    subject: byParticipant('subject_only'),
  },
  audit_seal: {
    purpose: 'The hash chain that makes tampering with the audit log detectable',
    basis: ['access_log'],
    recipients: 'none',
    retention: 'as the audit log',
    columns: classes({ none: 'audit_id row_hash chain_hash sealed_at' }),
  },
  app_user: {
    purpose: 'User accounts: staff and jobseekers who log in',
    basis: ['staff_accounts', 'security'],
    recipients: 'administrators; colleagues see names and roles',
    retention: 'while the account is in use; deactivated accounts are kept for the access log',
    columns: classes({
      personal: 'id username display_name role organisation_id team_id password_hash locale active',
      none: 'created_at',
    }),
  },
  user_session: {
    purpose: 'Login sessions (token hash only)',
    basis: ['security'],
    recipients: 'none',
    retention: 'until the session expires or the user logs out',
    columns: classes({ personal: 'token_hash user_id csrf_token created_at last_seen_at expires_at' }),
  },
  login_attempt: {
    purpose: 'Throttling password guessing',
    basis: ['security'],
    recipients: 'none',
    retention: 'short: counted over a sliding window',
    columns: classes({ personal: 'username client_ip succeeded at', none: 'id' }),
  },
  public_submission: {
    purpose: 'Throttling anonymous submissions (self-referral)',
    basis: ['security'],
    recipients: 'none',
    retention: 'short: counted over a sliding window',
    columns: classes({ personal: 'client_ip', none: 'id kind at' }),
  },
  idempotency_key: {
    purpose: 'Replaying a completed write to a retry (docs/adr/0002-idempotency-keys.md)',
    basis: ['security'],
    recipients: 'the same user retrying the same request',
    retention: 'at most 24 hours',
    columns: classes({
      personal: 'scope response_body',
      none: 'method route key fingerprint status_code response_headers created_at expires_at',
    }),
  },
  time_use: {
    purpose: "The specialist's own time use per week (IPS fidelity: time in the community)",
    basis: ['staff_accounts'],
    recipients: 'the specialist and their supervisor',
    retention: 'while the account is in use',
    columns: classes({
      personal: 'user_id week_start community_hours office_hours',
      none: 'updated_at version',
    }),
  },
  employer: {
    purpose: 'Employers the team works with, and their contact persons',
    basis: ['ips_follow_up'],
    recipients: 'the IPS team',
    retention: 'while the team works with the employer',
    columns: classes({
      personal: 'contacts notes created_by',
      none: 'id team_id name organisation_number sector address created_at updated_at version',
    }),
  },
  job_lead: {
    purpose: 'Open positions the team has found (matched to jobseekers on request, not stored per jobseeker)',
    basis: ['ips_follow_up'],
    recipients: 'the IPS team',
    retention: 'while open',
    columns: classes({
      personal: 'created_by',
      none: 'id team_id employer_id title job_type place hours_per_week description status created_at version',
    }),
  },
  organisation: {
    purpose: 'NAV offices, health units and IPS teams',
    basis: ['none'],
    recipients: 'all users',
    retention: 'while in use',
    columns: classes({ none: 'id name kind region created_at' }),
  },
  kysely_migration: {
    purpose: 'Which schema migrations have run',
    basis: ['none'],
    recipients: 'none',
    retention: 'permanent',
    columns: classes({ none: 'name timestamp' }),
  },
  kysely_migration_lock: {
    purpose: 'Lock that keeps two instances from migrating at once',
    basis: ['none'],
    recipients: 'none',
    retention: 'permanent',
    columns: classes({ none: 'id is_locked' }),
  },
};

/** The register's tables that hold rows about one participant, in register order. */
export function subjectTables(): { table: string; subject: SubjectExport }[] {
  return Object.entries(PROCESSING_REGISTER).flatMap(([table, entry]) =>
    entry.subject ? [{ table, subject: entry.subject }] : [],
  );
}
