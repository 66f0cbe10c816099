import type { InformationCategory, RecipientRole } from '@ips-bridge/domain';
import type { ConsentChange, ConsentRecipientView } from '../../api/consent.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The changes that turn what `recipient` sees now into `selected`: a grant for each category switched on, a
 * withdrawal for each switched off, nothing for the rest. An end date goes only on the grants.
 */
export function sharingChanges(
  recipient: Pick<ConsentRecipientView, 'userId' | 'sharing'>,
  selected: ReadonlySet<InformationCategory>,
  options: { purpose: string; validTo: string },
): ConsentChange[] {
  const purpose = options.purpose.trim();
  const validTo = options.validTo.trim();
  return recipient.sharing.flatMap((cell): ConsentChange[] => {
    const wanted = selected.has(cell.category);
    if (wanted === cell.shared) return [];
    return [
      {
        recipient: { kind: 'user', userId: recipient.userId },
        category: cell.category,
        decision: wanted ? 'grant' : 'withdraw',
        purpose,
        ...(wanted && validTo !== '' ? { validTo } : {}),
      },
    ];
  });
}

/** Who a paper consent is for: one named person in the care team, or everyone in a role. */
export type PaperRecipient = { kind: 'user'; userId: string } | { kind: 'role'; role: RecipientRole };

/** A paper recipient as the value of one select option, and back. */
export function paperRecipientValue(recipient: PaperRecipient): string {
  return recipient.kind === 'user' ? `user:${recipient.userId}` : `role:${recipient.role}`;
}

export function parsePaperRecipient(
  value: string,
  roles: readonly RecipientRole[],
  userIds: readonly string[],
): PaperRecipient | null {
  const [kind, id = ''] = value.split(':', 2);
  if (kind === 'user' && userIds.includes(id)) return { kind: 'user', userId: id };
  const role = roles.find((candidate) => candidate === id);
  if (kind === 'role' && role) return { kind: 'role', role };
  return null;
}

export interface PaperConsentDraft {
  recipient: string;
  decision: 'grant' | 'withdraw';
  categories: InformationCategory[];
  purpose: string;
  validFrom: string;
  validTo: string;
  signed: boolean;
}

export type PaperConsentField = 'recipient' | 'categories' | 'validFrom' | 'validTo' | 'signed';
export type PaperConsentProblem =
  | 'recipient'
  | 'categories'
  | 'validFrom'
  | 'validTo'
  | 'endBeforeStart'
  | 'signed';

/** What is wrong with a paper consent before it is sent, per field (the first problem of each). */
export function checkPaperConsent(
  draft: PaperConsentDraft,
  recipient: PaperRecipient | null,
  today: string,
): Partial<Record<PaperConsentField, PaperConsentProblem>> {
  const problems: Partial<Record<PaperConsentField, PaperConsentProblem>> = {};
  if (recipient === null) problems.recipient = 'recipient';
  if (draft.categories.length === 0) problems.categories = 'categories';
  if (!isIsoDate(draft.validFrom)) problems.validFrom = 'validFrom';
  const validTo = draft.validTo.trim();
  if (draft.decision === 'grant' && validTo !== '') {
    if (!isIsoDate(validTo) || validTo < today) problems.validTo = 'validTo';
    else if (isIsoDate(draft.validFrom) && validTo < draft.validFrom) problems.validTo = 'endBeforeStart';
  }
  if (!draft.signed) problems.signed = 'signed';
  return problems;
}

/** The changes a paper consent records: one per category, for the chosen person or role. */
export function paperChanges(draft: PaperConsentDraft, recipient: PaperRecipient): ConsentChange[] {
  const purpose = draft.purpose.trim();
  const validTo = draft.validTo.trim();
  return draft.categories.map((category) => ({
    recipient,
    category,
    decision: draft.decision,
    purpose,
    validFrom: draft.validFrom,
    ...(draft.decision === 'grant' && validTo !== '' ? { validTo } : {}),
  }));
}
