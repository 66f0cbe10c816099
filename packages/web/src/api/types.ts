// The API's request and response types come from the shared contracts (the server validates with the same
// schemas), so the browser and the server cannot drift apart. Type imports only: no zod in the bundle.
export type {
  AdminUser,
  CareTeamMember,
  CaseloadItem,
  ItemsResponse,
  Me,
  NewOrganisation,
  NewParticipant,
  NewUser,
  Organisation,
  Participant,
  ParticipantHistory,
  PhaseChangeInput,
  SessionResponse,
} from '@ips-bridge/contracts';
