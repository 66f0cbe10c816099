import { useCallback, useState } from 'react';
import { type JobLead, type JobLeadStatus, useSetJobLeadStatus } from '../../api/jobLeads.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import { isStaleVersion } from '../participant/staleVersion.ts';

/** What the notice says about a lead: its title and employer, kept after the lead has left the list. */
export interface LeadName {
  id: string;
  title: string;
  employerName: string;
}

/** The outcome of the last status change, shown in one notice above the list. */
export type StatusNotice =
  | { kind: 'changed'; lead: LeadName; from: JobLeadStatus; to: JobLeadStatus; version: number }
  | { kind: 'undone'; lead: LeadName }
  | { kind: 'stale'; lead: LeadName }
  | { kind: 'reloaded' }
  | { kind: 'failed'; lead: LeadName; error: unknown };

function nameOf(lead: JobLead): LeadName {
  return { id: lead.id, title: lead.title, employerName: lead.employerName };
}

/**
 * Status changes on the job leads: "mark filled", "close" and "reopen" take effect at once and can be undone from
 * the notice (a filled lead leaves the open list, so the undo cannot sit on its card). Each change is sent with the
 * version the list showed; when someone else changed the lead first, the notice says so and offers a fresh list.
 * Focus goes to the notice each time it changes, since the button pressed may have left the page with its lead.
 */
export function useJobLeadStatus(reloadList: () => Promise<unknown>) {
  const mutation = useSetJobLeadStatus();
  const [notice, setNotice] = useState<StatusNotice | null>(null);
  const [reloading, setReloading] = useState(false);
  const message = useFocusRequest<HTMLDivElement>();
  const focusMessage = message.focus;

  const show = useCallback(
    (next: StatusNotice) => {
      setNotice(next);
      focusMessage();
    },
    [focusMessage],
  );

  const fail = useCallback(
    (lead: LeadName, error: unknown) =>
      show(isStaleVersion(error) ? { kind: 'stale', lead } : { kind: 'failed', lead, error }),
    [show],
  );

  const change = (lead: JobLead, to: JobLeadStatus) => {
    const name = nameOf(lead);
    const from = lead.status;
    mutation.mutate(
      { leadId: lead.id, version: lead.version, status: to },
      {
        onSuccess: (version) => show({ kind: 'changed', lead: name, from, to, version }),
        onError: (error) => fail(name, error),
      },
    );
  };

  const undo = () => {
    if (notice?.kind !== 'changed') return;
    const { lead, from, version } = notice;
    mutation.mutate(
      { leadId: lead.id, version, status: from },
      {
        onSuccess: () => show({ kind: 'undone', lead }),
        onError: (error) => fail(lead, error),
      },
    );
  };

  const reload = async () => {
    setReloading(true);
    try {
      await reloadList();
      show({ kind: 'reloaded' });
    } finally {
      setReloading(false);
    }
  };

  /** The lead whose change is on its way, so only its buttons show that they are busy. */
  const pendingLeadId = mutation.isPending ? (mutation.variables?.leadId ?? null) : null;

  return {
    notice,
    change,
    undo,
    reload,
    reloading,
    pendingLeadId,
    busy: mutation.isPending,
    dismiss: () => setNotice(null),
    messageRef: message.ref,
  };
}

export type JobLeadStatusControl = ReturnType<typeof useJobLeadStatus>;
