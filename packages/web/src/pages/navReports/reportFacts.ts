import type { NavReportFacts } from '@ips-bridge/domain';
import type { NavReport } from '../../api/types.ts';

/**
 * The facts a report was generated with, read defensively: the API promises only the period, so a report made
 * before a fact existed (or a missing list) shows as "none" instead of breaking the page.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function nullableText(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

export function readReportFacts(
  report: Pick<NavReport, 'facts' | 'periodFrom' | 'periodTo'>,
): NavReportFacts {
  const facts: Record<string, unknown> = isRecord(report.facts) ? report.facts : {};
  const contacts = isRecord(facts.employerContacts) ? facts.employerContacts : {};
  const support = isRecord(facts.supportContacts) ? facts.supportContacts : {};
  return {
    period: { from: report.periodFrom, to: report.periodTo },
    phaseAtStart: nullableText(facts.phaseAtStart),
    phaseAtEnd: nullableText(facts.phaseAtEnd),
    phaseChanges: records(facts.phaseChanges).map((change) => ({
      phase: text(change.phase),
      on: text(change.on),
    })),
    goals: records(facts.goals).map((goal) => ({ text: text(goal.text), status: text(goal.status) })),
    stepsDone: records(facts.stepsDone).map((step) => ({ text: text(step.text), on: text(step.on) })),
    employerContacts: {
      total: count(contacts.total),
      faceToFace: count(contacts.faceToFace),
      employers: Array.isArray(contacts.employers)
        ? contacts.employers.map(text).filter((name) => name !== '')
        : [],
    },
    jobsStarted: records(facts.jobsStarted).map((job) => ({
      employerName: text(job.employerName),
      title: text(job.title),
      startDate: text(job.startDate),
      hoursPerWeek: count(job.hoursPerWeek),
    })),
    jobsEnded: records(facts.jobsEnded).map((job) => ({
      employerName: text(job.employerName),
      title: text(job.title),
      endDate: text(job.endDate),
      endReason: nullableText(job.endReason),
    })),
    ongoingJobs: records(facts.ongoingJobs).map((job) => ({
      employerName: text(job.employerName),
      title: text(job.title),
      hoursPerWeek: count(job.hoursPerWeek),
    })),
    supportContacts: { total: count(support.total), faceToFace: count(support.faceToFace) },
    nextSteps: records(facts.nextSteps).map((step) => ({
      text: text(step.text),
      dueDate: nullableText(step.dueDate),
    })),
  };
}
