import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { participantHistoryQueryKey } from './journey.ts';
import { participantsQueryKey } from './participants.ts';
import { workListQueryKey } from './plan.ts';
import type {
  ExpectationInput,
  FollowUpInput,
  MeetingActionInput,
  MeetingActions,
  MeetingDetail,
  MeetingList,
  MeetingPlanInput,
  MinuteInput,
  MyMeetingWork,
} from './types.ts';

export const myMeetingWorkQueryKey = ['meetings', 'my-work'] as const;

export function meetingsQueryKey(participantId: string) {
  return [...participantsQueryKey, 'meetings', participantId] as const;
}

export function meetingQueryKey(participantId: string, meetingId: string) {
  return [...meetingsQueryKey(participantId), meetingId] as const;
}

export function meetingActionsQueryKey(participantId: string) {
  return [...participantsQueryKey, 'meeting-actions', participantId] as const;
}

export function meetingsPath(participantId: string): string {
  return `/api/participants/${encodeURIComponent(participantId)}/meetings`;
}

export function meetingPath(participantId: string, meetingId: string): string {
  return `${meetingsPath(participantId)}/${encodeURIComponent(meetingId)}`;
}

export function useMeetings(participantId: string) {
  return useQuery({
    queryKey: meetingsQueryKey(participantId),
    queryFn: () => api.get<MeetingList>(meetingsPath(participantId)),
  });
}

export function useMeeting(participantId: string, meetingId: string) {
  return useQuery({
    queryKey: meetingQueryKey(participantId, meetingId),
    queryFn: () => api.get<MeetingDetail>(meetingPath(participantId, meetingId)),
  });
}

export function useMeetingActions(participantId: string) {
  return useQuery({
    queryKey: meetingActionsQueryKey(participantId),
    queryFn: () =>
      api.get<MeetingActions>(`/api/participants/${encodeURIComponent(participantId)}/meeting-actions`),
  });
}

export function useMyMeetingWork() {
  return useQuery({
    queryKey: myMeetingWorkQueryKey,
    queryFn: () => api.get<MyMeetingWork>('/api/meetings/my-work'),
  });
}

async function refreshAround(
  queryClient: ReturnType<typeof useQueryClient>,
  participantId: string,
): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: meetingsQueryKey(participantId), exact: true }),
    queryClient.invalidateQueries({ queryKey: meetingActionsQueryKey(participantId) }),
    queryClient.invalidateQueries({ queryKey: myMeetingWorkQueryKey }),
    queryClient.invalidateQueries({ queryKey: workListQueryKey }),
    queryClient.invalidateQueries({ queryKey: participantHistoryQueryKey(participantId) }),
  ]);
}

export function usePlanMeeting(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingPlanInput) => api.post<MeetingDetail>(meetingsPath(participantId), body),
    onSuccess: async (detail) => {
      queryClient.setQueryData(meetingQueryKey(participantId, detail.meeting.id), detail);
      await refreshAround(queryClient, participantId);
    },
  });
}

type MeetingChange =
  | { kind: 'update'; body: MeetingPlanInput; version: number }
  | { kind: 'cancel'; version: number }
  | { kind: 'expectations'; body: ExpectationInput }
  | { kind: 'buildAgenda' }
  | { kind: 'remindExpectations' }
  | { kind: 'addAgendaItem'; title: string }
  | { kind: 'reorderAgenda'; itemIds: string[] }
  | { kind: 'minute'; body: MinuteInput }
  | { kind: 'action'; body: MeetingActionInput }
  | { kind: 'seen' }
  | { kind: 'publish' }
  | { kind: 'followUp'; body: FollowUpInput }
  | { kind: 'navAnswer'; questionId: string; version: number; answer: string }
  | { kind: 'resolveFinancial'; resolution: string };

function send(path: string, change: MeetingChange): Promise<MeetingDetail> {
  switch (change.kind) {
    case 'update':
      return api.put(path, change.body, { ifMatch: change.version });
    case 'cancel':
      return api.post(`${path}/cancel`, undefined, { ifMatch: change.version });
    case 'expectations':
      return api.put(`${path}/expectations/mine`, change.body);
    case 'buildAgenda':
      return api.post(`${path}/agenda/build`);
    case 'remindExpectations':
      return api.post(`${path}/expectations/remind`);
    case 'addAgendaItem':
      return api.post(`${path}/agenda`, { title: change.title });
    case 'reorderAgenda':
      return api.put(`${path}/agenda/order`, { itemIds: change.itemIds });
    case 'minute':
      return api.post(`${path}/minutes`, change.body);
    case 'action':
      return api.post(`${path}/actions`, change.body);
    case 'seen':
      return api.post(`${path}/minutes/seen`);
    case 'publish':
      return api.post(`${path}/minutes/publish`);
    case 'followUp':
      return api.put(`${path}/follow-up/mine`, change.body);
    case 'navAnswer':
      return api.post(`${path}/financial/answers`, {
        questionId: change.questionId,
        version: change.version,
        answer: change.answer,
      });
    case 'resolveFinancial':
      return api.post(`${path}/financial/resolve`, { resolution: change.resolution });
  }
}

/** Every change to one meeting: the answer is the meeting as the caller now sees it. */
export function useChangeMeeting(participantId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: MeetingChange) => send(meetingPath(participantId, meetingId), change),
    onSuccess: async (detail) => {
      queryClient.setQueryData(meetingQueryKey(participantId, meetingId), detail);
      await refreshAround(queryClient, participantId);
    },
  });
}

export function useMarkActionDone(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { actionId: string; version: number; done: boolean }) =>
      api.put(
        `/api/participants/${encodeURIComponent(participantId)}/meeting-actions/${encodeURIComponent(input.actionId)}/done`,
        { done: input.done },
        { ifMatch: input.version },
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meetingsQueryKey(participantId) });
      await refreshAround(queryClient, participantId);
    },
  });
}
