import type { TeamMeetingKind } from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import type { TeamMeetingInput } from '../../api/types.ts';

export interface MeetingDraft {
  kind: TeamMeetingKind;
  date: string;
  counterpart: string;
  attended: 'yes' | 'no';
  participantsDiscussed: string;
  note: string;
}

export const MEETING_FIELD_IDS = {
  date: 'team-meeting-date',
  counterpart: 'team-meeting-counterpart',
  participantsDiscussed: 'team-meeting-discussed',
} as const;
export type MeetingField = keyof typeof MEETING_FIELD_IDS;

export function emptyDraft(today: string): MeetingDraft {
  return {
    kind: 'treatment_team',
    date: today,
    counterpart: '',
    attended: 'yes',
    participantsDiscussed: '',
    note: '',
  };
}

/** Checks a draft the way the server does, and builds the request body when it is valid. */
export function validateMeeting(
  draft: MeetingDraft,
  today: string,
  t: TFunction,
): { errors: Partial<Record<MeetingField, string>>; body: TeamMeetingInput | null } {
  const errors: Partial<Record<MeetingField, string>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) errors.date = t('teamwork.form.errors.dateRequired');
  else if (draft.date > today) errors.date = t('teamwork.form.errors.dateInFuture');
  const counterpart = draft.counterpart.trim();
  if (counterpart === '') errors.counterpart = t('teamwork.form.errors.counterpartRequired');
  const discussedText = draft.participantsDiscussed.trim();
  const discussed = discussedText === '' ? null : Number(discussedText);
  const treatment = draft.kind === 'treatment_team';
  if (treatment && discussed !== null && (!Number.isInteger(discussed) || discussed < 0 || discussed > 200))
    errors.participantsDiscussed = t('teamwork.form.errors.discussedInvalid');
  if (Object.keys(errors).length > 0) return { errors, body: null };
  return {
    errors,
    body: {
      kind: draft.kind,
      date: draft.date,
      counterpart,
      attended: treatment ? draft.attended === 'yes' : true,
      participantsDiscussed: treatment ? discussed : null,
      note: draft.note.trim(),
    },
  };
}
