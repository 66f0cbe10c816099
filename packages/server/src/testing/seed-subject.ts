import type { Db } from '@ips-bridge/db';
import type { Fixtures } from './test-context.ts';

// Test data about one participant in every table that can hold a row about them (the GDPR export and erasure tests).

/** At least one row about `participantId` in every table that can hold one, each marked with `tag`. */
export async function seedEverywhere(
  db: Db,
  f: Fixtures,
  participantId: string,
  jobseekerId: string,
  tag: string,
) {
  const u = f.users;
  const json = (value: unknown) => JSON.stringify(value);
  await db.updateTable('participant').set({ user_id: jobseekerId }).where('id', '=', participantId).execute();
  await db
    .insertInto('care_team_member')
    .values([
      { participant_id: participantId, user_id: u.navA, role: 'nav_counsellor' },
      { participant_id: participantId, user_id: u.therapistA, role: 'therapist' },
    ])
    .execute();
  await db
    .insertInto('participant_phase')
    .values({
      participant_id: participantId,
      phase: 'engagement',
      started_on: '2026-10-05',
      recorded_by: u.specA1,
    })
    .execute();
  await db
    .insertInto('change_log')
    .values({
      participant_id: participantId,
      entity: 'test',
      action: 'create',
      before: null,
      after: json({ tag }),
    })
    .execute();
  const scenario = await db
    .insertInto('benefit_scenario')
    .values({
      participant_id: participantId,
      name: tag,
      input: json({}),
      summary: json({}),
      created_by: u.specA1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('nav_question')
    .values({
      participant_id: participantId,
      scenario_id: scenario.id,
      question: `${tag}?`,
      asked_by: jobseekerId,
    })
    .execute();
  await db
    .insertInto('career_profile_version')
    .values({
      participant_id: participantId,
      version: 1,
      content: json({ strengths: tag }),
      health_content: json({ earlyWarningSigns: `health ${tag}` }),
      reason: 'first_version',
      created_by: u.specA1,
    })
    .execute();
  const goal = await db
    .insertInto('plan_goal')
    .values({ participant_id: participantId, text: `goal ${tag}`, created_by: u.specA1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('plan_step')
    .values({ participant_id: participantId, goal_id: goal.id, text: `step ${tag}`, owner_role: 'jobseeker' })
    .execute();
  const employer = await db
    .insertInto('employer')
    // The employer is not about the participant: its name carries no mark (erasure leaves employers alone).
    .values({ team_id: f.teamA, name: `Employer ${participantId.slice(0, 8)}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const contact = await db
    .insertInto('employer_contact')
    .values({
      employer_id: employer.id,
      specialist_id: u.specA1,
      contact_date: '2026-11-01',
      face_to_face: true,
      purpose: 'job_development',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('employer_contact_participant')
    .values({ contact_id: contact.id, participant_id: participantId })
    .execute();
  const job = await db
    .insertInto('job')
    .values({
      participant_id: participantId,
      employer_id: employer.id,
      employer_name: `Employer ${tag}`,
      title: 'Lager',
      competitive: true,
      hours_per_week: 20,
      hourly_wage: 210,
      start_date: '2026-11-10',
      found_with_ips: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('education')
    .values({
      participant_id: participantId,
      institution: 'UiT',
      programme: tag,
      start_date: '2026-08-15',
      completed: null,
    })
    .execute();
  await db
    .insertInto('support_contact')
    .values({
      participant_id: participantId,
      job_id: job.id,
      contact_date: '2026-11-12',
      with_whom: 'employer',
      face_to_face: true,
      setting: 'community',
    })
    .execute();
  await db
    .insertInto('disclosure_plan')
    .values({
      participant_id: participantId,
      may_know: `may ${tag}`,
      must_not_know: `not ${tag}`,
      pros: '',
      cons: '',
      discussed_on: '2026-11-01',
    })
    .execute();
  await db
    .insertInto('referral')
    .values({
      team_id: f.teamA,
      source: 'self',
      given_name: tag,
      family_name: 'Eksport',
      received_on: '2026-09-30',
      participant_id: participantId,
    })
    .execute();
  await db
    .insertInto('nav_report')
    .values({
      participant_id: participantId,
      kind: 'interval',
      period_from: '2026-10-01',
      period_to: '2026-10-31',
      facts: json({ tag }),
    })
    .execute();
  await db
    .insertInto('cv')
    .values({ participant_id: participantId, content: json({ headline: tag }) })
    .execute();
  await db
    .insertInto('consent_record')
    .values({
      participant_id: participantId,
      recipient_role: 'nav_counsellor',
      category: 'work_functioning',
      decision: 'grant',
      valid_from: '2026-11-01',
      recorded_by: jobseekerId,
      recorded_via: 'jobseeker',
    })
    .execute();
  await db
    .insertInto('access_block')
    .values({
      participant_id: participantId,
      blocked_user_id: u.specA2,
      reason: `block ${tag}`,
      created_by: jobseekerId,
    })
    .execute();
  await db
    .insertInto('emergency_access')
    .values({
      participant_id: participantId,
      user_id: u.supervisorB,
      reason: `emergency ${tag}`,
      opened_at: new Date('2026-11-20T10:00:00Z'),
      expires_at: new Date('2026-11-20T11:00:00Z'),
    })
    .execute();
  await db
    .insertInto('therapist_note')
    .values([
      {
        participant_id: participantId,
        author_id: u.therapistA,
        category: 'warning_signs',
        text: `signs ${tag}`,
      },
      {
        participant_id: participantId,
        author_id: u.therapistA,
        category: 'diagnosis_treatment',
        text: `dx ${tag}`,
      },
    ])
    .execute();
  await db
    .insertInto('processing_restriction')
    .values({
      participant_id: participantId,
      source: 'jobseeker',
      reason: `restricted ${tag}`,
      restricted_by: jobseekerId,
      lifted_by: jobseekerId,
      lifted_at: new Date('2026-11-21T10:00:00Z'),
    })
    .execute();
  await db
    .insertInto('erasure_request')
    .values({
      participant_id: participantId,
      ground: 'objection',
      received_on: '2026-11-01',
      status: 'cancelled',
      recorded_by: u.admin,
    })
    .execute();
  await db
    .insertInto('user_identity')
    .values({
      user_id: jobseekerId,
      provider: 'idporten',
      issuer: 'https://idporten.test',
      subject: `subject-${tag}`,
      linked_by: null,
      linked_how: 'national_id',
    })
    .execute();
  const message = await db
    .insertInto('participant_message')
    .values({ participant_id: participantId, author_id: u.specA1, text: `message ${tag}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('message_read')
    .values({ message_id: message.id, reader_id: jobseekerId, read_at: new Date('2026-11-21T09:00:00Z') })
    .execute();
  const notification = await db
    .insertInto('notification')
    .values({ recipient_id: jobseekerId, kind: 'message', participant_id: participantId, subject_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('notification_delivery')
    .values({ notification_id: notification.id, channel: 'email' })
    .execute();
  await db
    .insertInto('contact_preference')
    .values({
      user_id: jobseekerId,
      email: `${tag.toLowerCase()}@example.no`,
      phone: null,
      email_opt_in: true,
      sms_opt_in: false,
      no_digital_contact: false,
    })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
  const meeting = await db
    .insertInto('meeting')
    .values({
      participant_id: participantId,
      organiser_id: u.specA1,
      starts_at: new Date('2026-11-20T09:00:00Z'),
      ends_at: new Date('2026-11-20T10:00:00Z'),
      place: 'Møterom',
      video_link: null,
      purpose: tag,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('meeting_party')
    .values([
      { meeting_id: meeting.id, user_id: jobseekerId, role: 'jobseeker' },
      { meeting_id: meeting.id, user_id: u.specA1, role: 'employment_specialist' },
    ])
    .execute();
  await db
    .insertInto('meeting_expectation')
    .values({ meeting_id: meeting.id, user_id: jobseekerId, need: tag, contribution: tag, visible_to: null })
    .execute();
  const item = await db
    .insertInto('meeting_agenda_item')
    .values({
      meeting_id: meeting.id,
      position: 0,
      kind: 'added',
      title: tag,
      source_user_id: null,
      created_by: u.specA1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('meeting_minute')
    .values({
      meeting_id: meeting.id,
      agenda_item_id: item.id,
      author_id: u.specA1,
      kind: 'decision',
      text: tag,
      category: null,
      minutes_version: 1,
      replaces_id: null,
    })
    .execute();
  await db
    .insertInto('meeting_action')
    .values({
      meeting_id: meeting.id,
      participant_id: participantId,
      agenda_item_id: item.id,
      text: tag,
      owner_id: u.specA1,
      deadline: '2026-11-30',
      created_by: u.specA1,
    })
    .execute();
  await db
    .insertInto('meeting_follow_up')
    .values({ meeting_id: meeting.id, user_id: jobseekerId, answer: 'yes', why: null })
    .execute();
  const question = await db
    .selectFrom('nav_question')
    .select('id')
    .where('participant_id', '=', participantId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('meeting_nav_answer')
    .values({ meeting_id: meeting.id, nav_question_id: question.id, answered_by: u.navA })
    .execute();
}
