import type { ErasureValue } from '@ips-bridge/db';
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
  contact_choice:
    'GDPR art. 6(1)(a): notifications by e-mail or SMS the person has chosen, to the address they gave; ' +
    'withdrawn at any time ("do not contact me digitally")',
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

/**
 * What erasure (GDPR art. 17, docs/privacy-rights.md) does to the table's rows about the participant. Every table
 * states it, so a new table cannot be forgotten (`erasure.int.test.ts` checks it against the schema):
 * - delete: the rows go;
 * - anonymise: the columns in `set` are overwritten (NULL when not named), every other personal column is listed in
 *   `keep` as a non-identifying fact statistics need (dates, hours, codes, staff references);
 * - keep: the rows stay as they are, for the reason given (the audit log, which must not change);
 * - account: rows about the participant's login, closed with it (privacy-rights.repository closeAccountForErasure);
 * - none: the table holds nothing about a participant.
 */
export type ErasureRule =
  | { action: 'delete' }
  | { action: 'anonymise'; keep: readonly string[]; set: Readonly<Record<string, ErasureValue>> }
  | { action: 'keep'; why: string }
  | { action: 'account'; why: string }
  | { action: 'none'; why: string };

export interface RegisterEntry {
  purpose: string;
  basis: readonly LegalBasis[];
  recipients: string;
  retention: string;
  columns: Record<string, DataClass>;
  /** How the rows about one participant are found; absent for tables that hold nothing about a participant. */
  subject?: SubjectExport;
  erasure: ErasureRule;
}

const NULL: ErasureValue = { kind: 'null' };
const text = (value: string): ErasureValue => ({ kind: 'text', value });
const DELETE: ErasureRule = { action: 'delete' };

const RECORD_RETENTION =
  'while the IPS follow-up lasts, then RETENTION_YEARS_AFTER_END years (default 3) after the journey ended; ' +
  'then deleted or anonymised, or earlier on a lawful request (docs/privacy-rights.md)';
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

/** Rows of a meeting's own tables, found through the participant's meetings. */
const throughMeeting: SubjectExport = {
  link: { key: 'meeting_id', through: { table: 'meeting', column: 'id', subjectColumn: 'participant_id' } },
  category: 'meeting_minutes',
};

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
      none: 'team_id created_at updated_at version erased_at',
    }),
    subject: byParticipant('contact_and_plan', 'id'),
    erasure: {
      action: 'anonymise',
      keep: [
        'id',
        'referral_source',
        'referral_date',
        'created_by',
        'phase',
        'phase_since',
        'first_contact_date',
      ],
      set: {
        user_id: NULL,
        given_name: text('—'),
        family_name: text('—'),
        national_id: { kind: 'placeholder_national_id' },
        birth_date: { kind: 'year_only' },
        phone: NULL,
        email: NULL,
      },
    },
  },
  care_team_member: {
    purpose: 'Who works with the jobseeker: decides access together with consent',
    basis: ['ips_follow_up'],
    recipients: CARE_TEAM,
    retention: RECORD_RETENTION,
    columns: classes({ personal: 'participant_id user_id role since' }),
    subject: byParticipant('contact_and_plan'),
    erasure: DELETE,
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
    erasure: {
      action: 'anonymise',
      keep: ['participant_id', 'phase', 'started_on', 'reason', 'planned_recontact', 'recorded_by'],
      set: {},
    },
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
    erasure: DELETE,
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
    erasure: DELETE,
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
    erasure: DELETE,
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
    erasure: DELETE,
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
    erasure: {
      action: 'anonymise',
      keep: [
        'participant_id',
        'competitive',
        'hours_per_week',
        'hourly_wage',
        'start_date',
        'found_with_ips',
        'end_date',
        'end_reason',
        'created_by',
      ],
      set: { employer_id: NULL, employer_name: text('—'), title: text('—'), end_note: text('') },
    },
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
    erasure: {
      action: 'anonymise',
      keep: ['participant_id', 'start_date', 'end_date', 'completed', 'created_by'],
      set: { institution: text('—'), programme: text('—') },
    },
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
    erasure: {
      action: 'anonymise',
      keep: [
        'participant_id',
        'job_id',
        'contact_date',
        'with_whom',
        'face_to_face',
        'setting',
        'recorded_by',
      ],
      set: { note: text('') },
    },
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
    erasure: DELETE,
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
    erasure: DELETE,
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
    erasure: DELETE,
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
    erasure: {
      action: 'anonymise',
      keep: ['source', 'referred_by', 'received_on', 'status', 'participant_id', 'handled_by', 'handled_at'],
      set: {
        given_name: text('—'),
        family_name: text('—'),
        national_id: NULL,
        phone: NULL,
        email: NULL,
        message: text(''),
      },
    },
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
    erasure: DELETE,
  },
  cv: {
    purpose: "The jobseeker's CV",
    basis: ['ips_follow_up'],
    recipients: CARE_TEAM,
    retention: RECORD_RETENTION,
    columns: classes({ personal: 'participant_id content updated_by', none: 'updated_at version' }),
    subject: byParticipant('career_profile'),
    erasure: DELETE,
  },
  employer_contact_participant: {
    purpose: 'Which employer contacts the specialist made on behalf of which jobseeker',
    basis: ['ips_follow_up'],
    recipients: 'the IPS team; the care team',
    retention: RECORD_RETENTION,
    columns: classes({ personal: 'contact_id participant_id' }),
    subject: byParticipant('contact_and_plan'),
    erasure: DELETE,
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
    erasure: {
      action: 'anonymise',
      keep: ['specialist_id', 'contact_date', 'face_to_face', 'purpose'],
      set: { outcome: text('') },
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
    erasure: DELETE,
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
    erasure: DELETE,
  },
  emergency_access: {
    purpose: 'Break-the-glass openings of the record outside consent, with the stated reason',
    basis: ['access_log'],
    recipients: 'the jobseeker (access log); the person who opened it',
    retention: 'as the access log',
    columns: classes({ personal: 'participant_id user_id reason opened_at expires_at', none: 'id' }),
    subject: byParticipant('subject_only'),
    erasure: DELETE,
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
    erasure: DELETE,
  },
  processing_restriction: {
    purpose:
      'Restrictions of processing (GDPR art. 18): while one is in force, staff cannot change the record',
    basis: ['ips_follow_up'],
    recipients: `${CARE_TEAM}; administrators`,
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'participant_id source reason restricted_by restricted_at lifted_by lifted_at',
      none: 'id',
    }),
    subject: byParticipant('contact_and_plan'),
    erasure: DELETE,
  },
  erasure_request: {
    purpose:
      'Erasure requests (GDPR art. 17) and the erasure record kept afterwards: who, when, on which ground',
    basis: ['access_log'],
    recipients: 'administrators; the jobseeker (export)',
    retention:
      'kept after the erasure as proof of it, like the access log; holds no personal data beyond the pseudonymous id',
    columns: classes({
      personal: 'participant_id ground received_on status recorded_by recorded_at completed_by completed_at',
      none: 'id',
    }),
    subject: byParticipant('subject_only'),
    erasure: {
      action: 'keep',
      why: 'the erasure record (art. 5(2) accountability): ids, dates and a ground code, no name or free text',
    },
  },
  participant_message: {
    purpose:
      'Secure messages in the jobseeker’s journey between the jobseeker and the care-team members they share ' +
      'contact and plan with; never sent by e-mail',
    basis: ['ips_follow_up', 'consent_sharing'],
    recipients:
      'the jobseeker; care-team members while the consent for contact and plan reaches them (not supervisors)',
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'participant_id author_id category created_at',
      special: 'text',
      none: 'id',
    }),
    subject: byParticipant('contact_and_plan'),
    erasure: { action: 'delete' },
  },
  message_read: {
    purpose: 'Who has read each message and when ("read by … at …"), and each reader’s unread count',
    basis: ['ips_follow_up'],
    recipients: 'the parties to the conversation',
    retention: RECORD_RETENTION,
    columns: classes({ personal: 'message_id reader_id read_at' }),
    erasure: { action: 'delete' },
    subject: {
      link: {
        key: 'message_id',
        through: { table: 'participant_message', column: 'id', subjectColumn: 'participant_id' },
      },
      category: 'contact_and_plan',
    },
  },
  meeting: {
    purpose:
      'Collaboration meetings about the jobseeker: time, place or video link, purpose, publication of the minutes ' +
      'and the financial item’s resolution',
    basis: ['ips_follow_up'],
    recipients: 'the jobseeker; the care team as far as consent for meeting minutes reaches',
    retention: RECORD_RETENTION,
    columns: classes({
      personal:
        'participant_id organiser_id starts_at ends_at place video_link purpose financial_resolution ' +
        'financial_resolved_by',
      none:
        'id status ics_sequence minutes_state minutes_version minutes_seen_at minutes_published_at ' +
        'financial_resolved_at cancelled_at created_at updated_at version',
    }),
    subject: byParticipant('meeting_minutes'),
    erasure: { action: 'delete' },
  },
  meeting_party: {
    purpose: 'Who is invited to a collaboration meeting',
    basis: ['ips_follow_up'],
    recipients: 'the jobseeker; the care team as far as consent for meeting minutes reaches',
    retention: RECORD_RETENTION,
    columns: classes({ personal: 'meeting_id user_id role', none: 'invited_at' }),
    subject: throughMeeting,
    erasure: { action: 'delete' },
  },
  meeting_expectation: {
    purpose: 'Each party’s answer to “what do I need, what can I contribute” before a meeting',
    basis: ['ips_follow_up'],
    recipients: 'the meeting’s parties; a jobseeker may limit their answer to chosen parties',
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'meeting_id user_id need contribution visible_to',
      none: 'answered_at updated_at',
    }),
    subject: throughMeeting,
    erasure: { action: 'delete' },
  },
  meeting_agenda_item: {
    purpose: 'The agenda of a meeting, built from the parties’ answers',
    basis: ['ips_follow_up'],
    recipients: 'the jobseeker; the care team as far as consent for meeting minutes reaches',
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'meeting_id title source_user_id created_by',
      none: 'id position kind created_at',
    }),
    subject: throughMeeting,
    erasure: { action: 'delete' },
  },
  meeting_minute: {
    purpose:
      'Minutes and decisions per agenda item; a therapist’s entry in a health category is shown only as far as ' +
      'consent for that category reaches; entries are never changed, an edit adds a new version',
    basis: ['ips_follow_up', 'consent_sharing'],
    recipients:
      'the jobseeker; the author; the care team as far as consent for meeting minutes (and the entry’s category) reaches',
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'meeting_id agenda_item_id author_id kind category replaces_id',
      special: 'text',
      none: 'id minutes_version created_at',
    }),
    subject: { ...throughMeeting, rowCategoryColumn: 'category' },
    erasure: { action: 'delete' },
  },
  meeting_action: {
    purpose:
      'Action items from meetings, each with one owner and a deadline, shown on the owner’s work list and the plan',
    basis: ['ips_follow_up'],
    recipients: 'the jobseeker; the care team as far as consent for meeting minutes reaches',
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'meeting_id participant_id agenda_item_id text owner_id deadline done_on created_by',
      none: 'id done_at created_at version',
    }),
    subject: byParticipant('meeting_minutes'),
    erasure: { action: 'delete' },
  },
  meeting_follow_up: {
    purpose: 'Each party’s answer to “did you get what you needed?” after a meeting',
    basis: ['ips_follow_up'],
    recipients: 'the meeting’s parties',
    retention: RECORD_RETENTION,
    columns: classes({ personal: 'meeting_id user_id answer why', none: 'answered_at' }),
    subject: throughMeeting,
    erasure: { action: 'delete' },
  },
  meeting_nav_answer: {
    purpose: 'Which questions for NAV were answered in which meeting',
    basis: ['benefits_guidance'],
    recipients: 'the jobseeker; the care team as far as consent for benefits reaches',
    retention: RECORD_RETENTION,
    columns: classes({ personal: 'meeting_id nav_question_id answered_by', none: 'answered_at' }),
    subject: { ...throughMeeting, category: 'benefits' },
    erasure: { action: 'delete' },
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
    erasure: {
      action: 'keep',
      why:
        'append-only and sealed in a hash chain (docs/adr/0003): its rows hold only ids and codes, never names or ' +
        'free text, so once the participant row is anonymised the id left in them is a pseudonym (audit stubs)',
    },
  },
  audit_seal: {
    purpose: 'The hash chain that makes tampering with the audit log detectable',
    basis: ['access_log'],
    recipients: 'none',
    retention: 'as the audit log',
    columns: classes({ none: 'audit_id row_hash chain_hash sealed_at' }),
    erasure: { action: 'none', why: 'hashes of audit rows only' },
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
    erasure: { action: 'account', why: 'the jobseeker’s login is deactivated and its name replaced' },
  },
  user_session: {
    purpose: 'Login sessions (token hash only)',
    basis: ['security'],
    recipients: 'none',
    retention: 'until the session expires or the user logs out',
    columns: classes({ personal: 'token_hash user_id csrf_token created_at last_seen_at expires_at' }),
    erasure: { action: 'account', why: 'the jobseeker’s sessions end' },
  },
  user_identity: {
    purpose:
      'External logins (OpenID Connect issuer + subject: ID-porten, Entra ID, HelseID) linked to a user account, ' +
      'so the person can log in with them (docs/login.md)',
    basis: ['security', 'staff_accounts'],
    recipients: 'administrators',
    retention: 'while the account exists; removed with the account or when an administrator unlinks it',
    columns: classes({
      personal: 'id user_id provider issuer subject linked_by linked_how created_at last_login_at',
    }),
    // A jobseeker's own external logins belong to their export; staff never see them there.
    subject: {
      link: { key: 'user_id', through: { table: 'participant', column: 'user_id', subjectColumn: 'id' } },
      category: 'subject_only',
    },
    erasure: { action: 'delete' },
  },
  oidc_login_flow: {
    purpose: 'A login with OpenID Connect in progress: state (hashed), nonce and PKCE verifier, single use',
    basis: ['none'],
    recipients: 'none',
    retention: 'ten minutes, or until the login finishes',
    columns: classes({
      none: 'state_hash provider browser_hash nonce code_verifier return_to created_at expires_at',
    }),
    erasure: { action: 'none', why: 'no personal data; rows live ten minutes' },
  },
  login_attempt: {
    purpose: 'Throttling password guessing',
    basis: ['security'],
    recipients: 'none',
    retention: 'short: counted over a sliding window',
    columns: classes({ personal: 'username client_ip succeeded at', none: 'id' }),
    erasure: { action: 'account', why: 'attempts with the jobseeker’s username are removed' },
  },
  public_submission: {
    purpose: 'Throttling anonymous submissions (self-referral)',
    basis: ['security'],
    recipients: 'none',
    retention: 'short: counted over a sliding window',
    columns: classes({ personal: 'client_ip', none: 'id kind at' }),
    erasure: { action: 'none', why: 'IP addresses of anonymous submissions, kept for minutes' },
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
    erasure: {
      action: 'account',
      why: 'the jobseeker’s stored replays, and any replay naming the participant, are removed',
    },
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
    erasure: { action: 'none', why: 'the specialist’s own hours, about no participant' },
  },
  team_meeting: {
    purpose:
      "The specialist's meetings with the treatment team and with NAV (IPS fidelity O2 and O3); team-level, " +
      'participants only as a count',
    basis: ['staff_accounts'],
    recipients: 'the specialist and their supervisor',
    retention: 'while the account is in use',
    columns: classes({
      personal: 'specialist_id held_on counterpart attended note created_at',
      none: 'id kind participants_discussed',
    }),
    erasure: { action: 'none', why: 'the specialist’s own team meetings, participants only as a count' },
  },
  supervision_note: {
    purpose:
      "The supervisor's dated notes from supervising an employment specialist (workload, follow-up, fidelity); " +
      'about the specialist, not about jobseekers (the form warns against their names)',
    basis: ['staff_accounts'],
    recipients: 'the specialist the note is about and the supervisors of their team',
    retention: 'while the account is in use',
    columns: classes({
      personal: 'specialist_id author_id noted_on text created_at updated_at',
      none: 'id team_id version',
    }),
    erasure: { action: 'none', why: 'about the specialist’s work, not about a participant' },
  },
  notification: {
    purpose:
      'Telling a person in the app that something needs their attention (a new message, a meeting invitation or ' +
      'change, a step or action that is due): kind and references only, never the content',
    basis: ['ips_follow_up'],
    recipients: 'the recipient only',
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'recipient_id kind participant_id subject_id dedupe_key created_at read_at',
      none: 'id',
    }),
    subject: byParticipant('contact_and_plan'),
    erasure: DELETE,
  },
  notification_delivery: {
    purpose:
      'The outbox of e-mail and SMS notifications: which channel, whether sent, attempts; no address or text is ' +
      'stored here',
    basis: ['contact_choice'],
    recipients: 'the recipient, through the configured sender (docs/notifications.md)',
    retention: RECORD_RETENTION,
    columns: classes({
      personal: 'notification_id channel state attempts next_attempt_at sent_at',
      none: 'id last_error',
    }),
    subject: {
      link: {
        key: 'notification_id',
        through: { table: 'notification', column: 'id', subjectColumn: 'participant_id' },
      },
      category: 'contact_and_plan',
    },
    erasure: DELETE,
  },
  contact_preference: {
    purpose:
      'Whether a person wants notifications by e-mail or SMS, the address to use, and "do not contact me digitally"',
    basis: ['contact_choice'],
    recipients: 'the person themselves; the notification sender gets the address of one message at a time',
    retention: 'while the account is in use, or until the person removes it',
    columns: classes({
      personal: 'user_id email phone email_opt_in sms_opt_in no_digital_contact updated_at',
      none: 'version',
    }),
    erasure: {
      action: 'account',
      why: 'the jobseeker’s e-mail address, phone number and choices are removed with the login',
    },
  },
  start_page_visit: {
    purpose:
      'When a NAV counsellor or therapist last opened their start page, to show what is new since then',
    basis: ['staff_accounts'],
    recipients: 'the user themselves',
    retention: 'while the account is in use',
    columns: classes({ personal: 'user_id visited_at' }),
    erasure: { action: 'none', why: 'a staff member’s own last visit, about no participant' },
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
    erasure: { action: 'none', why: 'employers and their contact persons, about no participant' },
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
    erasure: { action: 'none', why: 'open positions, about no participant' },
  },
  fidelity_review: {
    purpose:
      'Fidelity reviews of an IPS team against the IPS-25 scale: period, the two reviewers, status, total and band',
    basis: ['staff_accounts'],
    recipients: 'the team’s staff and supervisors, the two reviewers, administrators',
    retention: 'while the team exists (the history of reviews is the point)',
    columns: classes({
      personal: 'reviewer_a_id reviewer_b_id completed_by created_by',
      none:
        'id team_id period_from period_to scale_id scale_version status a_submitted_at b_submitted_at a_version ' +
        'b_version total band completed_at created_at version',
    }),
    erasure: { action: 'none', why: 'team reviews by staff, about no participant' },
  },
  fidelity_sheet_score: {
    purpose: 'Each reviewer’s own scores and notes per item, before consensus',
    basis: ['staff_accounts'],
    recipients: 'the reviewer; after both have submitted, everyone who sees the review',
    retention: 'with the review',
    columns: classes({ personal: 'note', none: 'review_id slot item score' }),
    erasure: { action: 'none', why: 'team reviews by staff, about no participant' },
  },
  fidelity_consensus: {
    purpose: 'The agreed score and the evidence for it per item',
    basis: ['staff_accounts'],
    recipients: 'everyone who sees the review',
    retention: 'with the review',
    columns: classes({ personal: 'decided_by evidence', none: 'review_id item score decided_at' }),
    erasure: { action: 'none', why: 'team reviews by staff, about no participant' },
  },
  fidelity_action: {
    purpose: 'Action plan for weak items of a review: what, who, by when',
    basis: ['staff_accounts'],
    recipients: 'everyone who sees the review',
    retention: 'with the review',
    columns: classes({
      personal: 'owner created_by',
      none: 'id review_id item what due_date status created_at version',
    }),
    erasure: { action: 'none', why: 'team reviews by staff, about no participant' },
  },
  organisation: {
    purpose: 'NAV offices, health units and IPS teams',
    basis: ['none'],
    recipients: 'all users',
    retention: 'while in use',
    columns: classes({ none: 'id name kind region created_at' }),
    erasure: { action: 'none', why: 'no personal data' },
  },
  kysely_migration: {
    purpose: 'Which schema migrations have run',
    basis: ['none'],
    recipients: 'none',
    retention: 'permanent',
    columns: classes({ none: 'name timestamp' }),
    erasure: { action: 'none', why: 'no personal data' },
  },
  kysely_migration_lock: {
    purpose: 'Lock that keeps two instances from migrating at once',
    basis: ['none'],
    recipients: 'none',
    retention: 'permanent',
    columns: classes({ none: 'id is_locked' }),
    erasure: { action: 'none', why: 'no personal data' },
  },
};

/** The register's tables that hold rows about one participant, in register order. */
export function subjectTables(): { table: string; subject: SubjectExport }[] {
  return Object.entries(PROCESSING_REGISTER).flatMap(([table, entry]) =>
    entry.subject ? [{ table, subject: entry.subject }] : [],
  );
}
