import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import { participantsQueryKey } from './participants.ts';
import type { MeetingQualityView } from './types.ts';

export interface QualityPeriod {
  from: string;
  to: string;
}

/** The team's meeting quality (supervisor and specialists): aggregates, figures on fewer than five withheld. */
export function useTeamMeetingQuality(period: QualityPeriod) {
  return useQuery({
    queryKey: ['team', 'meeting-quality', period.from, period.to],
    queryFn: () =>
      api.get<MeetingQualityView>(`/api/team/meeting-quality?${new URLSearchParams({ ...period })}`),
    placeholderData: keepPreviousData,
  });
}

/** One participant's meeting quality, as far as the caller may see it. */
export function useParticipantMeetingQuality(participantId: string, period: QualityPeriod) {
  return useQuery({
    queryKey: [...participantsQueryKey, 'meeting-quality', participantId, period.from, period.to],
    queryFn: () =>
      api.get<MeetingQualityView>(
        `/api/participants/${encodeURIComponent(participantId)}/meeting-quality?${new URLSearchParams({ ...period })}`,
      ),
    placeholderData: keepPreviousData,
  });
}
