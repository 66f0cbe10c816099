import {
  GOAL_STATUSES,
  type GoalStatus,
  JOB_END_REASONS,
  type JobEndReason,
  PHASES,
  type Phase,
} from '@ips-bridge/domain';
import { BodyLong, BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NavReport } from '../../api/types.ts';
import { formatDateTime, formatLocalDate, formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { readReportFacts } from './reportFacts.ts';

export type ReportAudience = 'staff' | 'jobseeker';

function isPhase(value: string): value is Phase {
  return (PHASES as readonly string[]).includes(value);
}

function isGoalStatus(value: string): value is GoalStatus {
  return (GOAL_STATUSES as readonly string[]).includes(value);
}

function isJobEndReason(value: string): value is JobEndReason {
  return (JOB_END_REASONS as readonly string[]).includes(value);
}

/** A phase in words; a phase the app does not know is shown as recorded. */
function phaseText(t: TFunction, phase: string | null): string {
  if (phase === null) return t('navReports.facts.notRecorded');
  return isPhase(phase) ? t(`phases.${phase}`) : phase;
}

function Part({
  id,
  heading,
  level,
  children,
}: {
  id: string;
  heading: string;
  level: '4' | '5';
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="nav-report__part">
      <Heading level={level} size="xsmall" id={id} spacing>
        {heading}
      </Heading>
      {children}
    </section>
  );
}

function List({ items, empty }: { items: ReactNode[]; empty: string }) {
  if (items.length === 0) return <BodyShort className="text-subtle">{empty}</BodyShort>;
  return (
    <ul className="nav-report__list">
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the facts are fixed once generated and have no ids.
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

function WrittenText({ value, empty }: { value: string; empty: string }) {
  if (value.trim() === '') return <BodyShort className="text-subtle">{empty}</BodyShort>;
  return <BodyLong className="preserve-lines">{value}</BodyLong>;
}

/**
 * A report to NAV as it reads (the jobseeker's own comment part is left out while they can still write one below): the written summary, the facts generated from the journey for the period (phase,
 * goals, steps done, employer contacts, jobs, support at work), the next steps, and the jobseeker's comment.
 */
export function NavReportDocument({
  report,
  audience,
  participantName,
  headingLevel = '4',
}: {
  report: NavReport;
  audience: ReportAudience;
  participantName: string;
  headingLevel?: '4' | '5';
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const facts = readReportFacts(report);
  const date = (value: string) => formatLocalDate(value, language);
  const id = (part: string) => `nav-report-${report.id}-${part}`;
  const none = t('navReports.facts.none');

  const jobs = [
    ...facts.jobsStarted.map((job) =>
      t('navReports.facts.jobStarted', {
        date: date(job.startDate),
        title: job.title,
        employer: job.employerName,
        hours: formatNumber(job.hoursPerWeek, language),
      }),
    ),
    ...facts.jobsEnded.map((job) => {
      const base = t('navReports.facts.jobEnded', {
        date: date(job.endDate),
        title: job.title,
        employer: job.employerName,
      });
      if (job.endReason === null) return base;
      const reason = isJobEndReason(job.endReason) ? t(`work.endReasons.${job.endReason}`) : job.endReason;
      return t('navReports.facts.withReason', { text: base, reason });
    }),
    ...facts.ongoingJobs.map((job) =>
      t('navReports.facts.jobOngoing', {
        title: job.title,
        employer: job.employerName,
        hours: formatNumber(job.hoursPerWeek, language),
      }),
    ),
  ];

  return (
    <VStack gap="space-20" className="nav-report__document" data-testid="nav-report-document">
      <Part id={id('summary')} heading={t('navReports.document.summary')} level={headingLevel}>
        <WrittenText value={report.summaryText} empty={t('navReports.document.notWritten')} />
      </Part>
      <Part id={id('phase')} heading={t('navReports.document.phase')} level={headingLevel}>
        <VStack gap="space-4">
          <BodyShort>
            {t('navReports.facts.phaseStartEnd', {
              start: phaseText(t, facts.phaseAtStart),
              end: phaseText(t, facts.phaseAtEnd),
            })}
          </BodyShort>
          {facts.phaseChanges.length > 0 ? (
            <List
              items={facts.phaseChanges.map((change) =>
                t('navReports.facts.phaseChange', {
                  date: date(change.on),
                  phase: phaseText(t, change.phase),
                }),
              )}
              empty={none}
            />
          ) : null}
        </VStack>
      </Part>
      <Part id={id('goals')} heading={t('navReports.document.goals')} level={headingLevel}>
        <List
          items={facts.goals.map((goal) =>
            isGoalStatus(goal.status)
              ? t('navReports.facts.goal', { text: goal.text, status: t(`plan.goalStatuses.${goal.status}`) })
              : goal.text,
          )}
          empty={none}
        />
      </Part>
      <Part id={id('steps')} heading={t('navReports.document.stepsDone')} level={headingLevel}>
        <List
          items={facts.stepsDone.map((step) =>
            t('navReports.facts.dated', { date: date(step.on), text: step.text }),
          )}
          empty={t('navReports.facts.noneInPeriod')}
        />
      </Part>
      <Part id={id('employers')} heading={t('navReports.document.employerContacts')} level={headingLevel}>
        <VStack gap="space-4">
          <BodyShort>
            {t('navReports.facts.contacts', {
              count: facts.employerContacts.total,
              faceToFace: facts.employerContacts.faceToFace,
            })}
          </BodyShort>
          {facts.employerContacts.employers.length > 0 ? (
            <BodyShort>
              {t('navReports.facts.employers', { names: facts.employerContacts.employers.join(', ') })}
            </BodyShort>
          ) : null}
        </VStack>
      </Part>
      <Part id={id('jobs')} heading={t('navReports.document.jobs')} level={headingLevel}>
        <List items={jobs} empty={t('navReports.facts.noJobs')} />
      </Part>
      <Part id={id('support')} heading={t('navReports.document.support')} level={headingLevel}>
        <BodyShort>
          {t('navReports.facts.contacts', {
            count: facts.supportContacts.total,
            faceToFace: facts.supportContacts.faceToFace,
          })}
        </BodyShort>
      </Part>
      <Part id={id('next')} heading={t('navReports.document.nextSteps')} level={headingLevel}>
        <VStack gap="space-8">
          <WrittenText value={report.nextStepsText} empty={t('navReports.document.notWritten')} />
          {facts.nextSteps.length > 0 ? (
            <>
              <BodyShort weight="semibold">{t('navReports.facts.openSteps')}</BodyShort>
              <List
                items={facts.nextSteps.map((step) =>
                  step.dueDate
                    ? t('navReports.facts.stepDue', { text: step.text, date: date(step.dueDate) })
                    : step.text,
                )}
                empty={none}
              />
            </>
          ) : null}
        </VStack>
      </Part>
      {audience === 'jobseeker' && report.jobseekerComment === null && report.status !== 'sent' ? null : (
        <Part
          id={id('comment')}
          heading={
            audience === 'jobseeker'
              ? t('navReports.document.yourComment')
              : t('navReports.document.comment', { name: participantName })
          }
          level={headingLevel}
        >
          <VStack gap="space-4">
            <WrittenText value={report.jobseekerComment ?? ''} empty={t('navReports.document.noComment')} />
            {report.jobseekerSeenAt ? (
              <BodyShort size="small" className="text-subtle">
                {audience === 'jobseeker'
                  ? t('navReports.document.youRead', {
                      when: formatDateTime(report.jobseekerSeenAt, language),
                    })
                  : t('navReports.document.read', {
                      name: participantName,
                      when: formatDateTime(report.jobseekerSeenAt, language),
                    })}
              </BodyShort>
            ) : null}
          </VStack>
        </Part>
      )}
    </VStack>
  );
}
