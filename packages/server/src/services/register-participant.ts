import {
  addCareTeamMember,
  appendAudit,
  type DbOrTrx,
  insertParticipant,
  nationalIdExists,
} from '@ips-bridge/db';
import { type CareTeamRole, type ReferralSource, validateNationalId } from '@ips-bridge/domain';
import { AppError } from '../http/errors.ts';

export interface Registration {
  teamId: string;
  givenName: string;
  familyName: string;
  nationalId: string;
  phone: string | null;
  email: string | null;
  referralSource: ReferralSource;
  referralDate: string;
  careTeam: ReadonlyArray<{ userId: string; role: CareTeamRole }>;
  actor: { id: string; role: string };
  requestId: string;
}

/**
 * Creates a participant with their first care team and the audit row, in the caller's transaction. A person
 * already registered is a 409 (`national_id_taken`); callers map the unique-index race to the same answer with
 * `isUniqueViolation`.
 */
export async function registerParticipant(trx: DbOrTrx, input: Registration): Promise<string> {
  const identity = validateNationalId(input.nationalId);
  if (!identity.valid) {
    throw new AppError('validation_failed', {
      errors: [
        {
          path: 'nationalId',
          code: `national_id_${identity.problem}`,
          message: 'Not a valid identity number',
        },
      ],
    });
  }
  if (await nationalIdExists(trx, input.nationalId)) throw new AppError('national_id_taken');
  const id = await insertParticipant(trx, {
    teamId: input.teamId,
    givenName: input.givenName,
    familyName: input.familyName,
    nationalId: input.nationalId,
    birthDate: identity.birthDate,
    phone: input.phone,
    email: input.email,
    referralSource: input.referralSource,
    referralDate: input.referralDate,
    createdBy: input.actor.id,
  });
  for (const member of input.careTeam) {
    await addCareTeamMember(trx, { participantId: id, userId: member.userId, role: member.role });
  }
  await appendAudit(trx, [
    {
      actorUserId: input.actor.id,
      actorRole: input.actor.role,
      action: 'participant.create',
      participantId: id,
      outcome: 'allowed',
      reason: null,
      requestId: input.requestId,
    },
  ]);
  return id;
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}
