import type { NotificationItem } from '@ips-bridge/contracts';
import type { Role } from '@ips-bridge/domain';

/**
 * Where a notification leads: for the jobseeker their own pages (the meeting, or My page with the messages and the
 * plan); for staff the participant's record or the meeting in it. The page itself decides what they may see.
 */
export function notificationPath(
  item: Pick<NotificationItem, 'kind' | 'participantId' | 'subjectId'>,
  role: Role,
): string | null {
  const meetingId = item.kind.startsWith('meeting_') ? item.subjectId : null;
  if (role === 'jobseeker')
    return meetingId ? `/my-page/meetings/${encodeURIComponent(meetingId)}` : '/my-page';
  if (item.participantId === null) return null;
  const participant = `/participants/${encodeURIComponent(item.participantId)}`;
  return meetingId ? `${participant}/meetings/${encodeURIComponent(meetingId)}` : participant;
}
