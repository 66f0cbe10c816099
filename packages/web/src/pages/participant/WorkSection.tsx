import { CONTACT_AFTER_JOB_END_DAYS, daysBetween, osloDate } from '@ips-bridge/domain';
import { ExclamationmarkTriangleIcon, PlusIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Box, Button, Heading, Tag, VStack } from '@navikt/ds-react';
import type { TFunction } from 'i18next';
import { type ReactNode, type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job, WorkAndSupport } from '../../api/types.ts';
import { useWork } from '../../api/work.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useFocusById } from '../../hooks/useFocusById.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import type { Language } from '../../i18n/catalogue.ts';
import { formatKroner, formatLocalDate, formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { EducationForm } from './EducationForm.tsx';
import { EndJobForm } from './EndJobForm.tsx';
import { StartJobForm } from './StartJobForm.tsx';
import { SupportContactForm } from './SupportContactForm.tsx';
import { useToggleForm } from './useToggleForm.ts';

export const WORK_HEADING_ID = 'work-heading';

type FollowAlong = NonNullable<WorkAndSupport['followAlong']>;
type ContactAfterJobEnd = NonNullable<WorkAndSupport['contactAfterJobEnd']>;
type SupportContact = WorkAndSupport['supportContacts'][number];
type Education = WorkAndSupport['education'][number];

function Details({ rows }: { rows: Array<{ label: string; value: ReactNode }> }) {
  return (
    <dl className="card-details card-details--inline">
      {rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function jobRows(t: TFunction, job: Job, language: Language, today: string) {
  const started = daysBetween(job.startDate, today) >= 0;
  const rows: Array<{ label: string; value: ReactNode }> = [
    {
      label: started ? t('work.job.started') : t('work.job.starts'),
      value: formatLocalDate(job.startDate, language),
    },
    {
      label: t('work.job.hours'),
      value: t('work.job.hoursValue', { hours: formatNumber(job.hoursPerWeek, language) }),
    },
    {
      label: t('work.job.wage'),
      value: t('work.job.wageValue', { amount: formatKroner(job.hourlyWage, language) }),
    },
    {
      label: t('work.job.kind'),
      value: job.competitive ? t('work.job.competitive') : t('work.job.notCompetitive'),
    },
    { label: t('work.job.foundWithIps'), value: job.foundWithIps ? t('work.yes') : t('work.no') },
  ];
  if (job.endDate) {
    rows.push({ label: t('work.job.ended'), value: formatLocalDate(job.endDate, language) });
    if (job.endReason)
      rows.push({ label: t('work.job.endReason'), value: t(`work.endReasons.${job.endReason}`) });
    if (job.endNote.trim() !== '') {
      rows.push({
        label: t('work.job.endNote'),
        value: <span className="preserve-lines">{job.endNote}</span>,
      });
    }
  }
  return rows;
}

/** Where the follow-along rhythm is for the current job, and when the next contact is due, in words. */
function FollowAlongStatus({ status }: { status: FollowAlong }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Box
      padding="space-12"
      borderRadius="8"
      borderWidth="1"
      borderColor={status.overdue ? 'warning' : 'info-subtle'}
      background={status.overdue ? 'warning-soft' : 'info-soft'}
      data-testid="follow-along"
      data-overdue={status.overdue}
    >
      <VStack gap="space-4" align="start">
        <BodyShort weight="semibold">{t('work.followAlong.heading')}</BodyShort>
        <BodyShort size="small">{t(`work.followAlong.stages.${status.stage}`)}</BodyShort>
        <BodyShort data-testid="follow-along-next">
          {t('work.followAlong.nextDue', { date: formatLocalDate(status.nextDue, language) })}
        </BodyShort>
        {status.overdue ? (
          <Tag
            variant="moderate"
            data-color="warning"
            size="small"
            icon={<ExclamationmarkTriangleIcon aria-hidden />}
            data-testid="follow-along-overdue"
          >
            {t('work.followAlong.overdue', { count: status.daysOverdue })}
          </Tag>
        ) : null}
      </VStack>
    </Box>
  );
}

const endJobButtonId = (jobId: string) => `end-job-button-${jobId}`;

function CurrentJob({
  job,
  followAlong,
  canWrite,
  ending,
  onEnd,
}: {
  job: Job;
  followAlong: FollowAlong | null;
  canWrite: boolean;
  /** Whether the end-job form for this job is open (it is shown below the list). */
  ending: boolean;
  onEnd: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [today] = useState(() => osloDate(new Date()));
  return (
    <li data-testid="current-job">
      <Box
        padding="space-16"
        borderWidth="1"
        borderColor="neutral-subtle"
        borderRadius="8"
        background="raised"
      >
        <VStack gap="space-12">
          <Heading level="4" size="small">
            {t('work.job.titleAt', { title: job.title, employer: job.employerName })}
          </Heading>
          <Details rows={jobRows(t, job, language, today)} />
          {followAlong?.jobId === job.id ? <FollowAlongStatus status={followAlong} /> : null}
          {canWrite && !ending ? (
            <div>
              <Button
                id={endJobButtonId(job.id)}
                type="button"
                size="small"
                variant="secondary"
                onClick={onEnd}
                data-testid="end-job"
              >
                {t('work.endJob.open')}
              </Button>
            </div>
          ) : null}
        </VStack>
      </Box>
    </li>
  );
}

/**
 * After a job ends, IPS contacts the person within 3 days and offers a new job search. Shown prominently until a
 * contact with the jobseeker is logged; a late contact says so.
 */
function ContactAfterJobEndNotice({
  status,
  job,
  ref,
}: {
  status: ContactAfterJobEnd;
  job: Job | undefined;
  ref: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (status.done) return null;
  const due = formatLocalDate(status.due, language);
  const jobText = job ? t('work.job.titleAt', { title: job.title, employer: job.employerName }) : '';
  return (
    <Alert
      variant={status.overdue ? 'error' : 'warning'}
      ref={ref}
      tabIndex={-1}
      data-testid="contact-after-job-end"
      data-overdue={status.overdue}
    >
      <VStack gap="space-4">
        <Heading level="3" size="xsmall">
          {status.overdue
            ? t('work.afterJobEnd.overdueHeading')
            : t('work.afterJobEnd.heading', { days: CONTACT_AFTER_JOB_END_DAYS })}
        </Heading>
        <BodyLong size="small">
          {status.overdue
            ? t('work.afterJobEnd.overdueText', { job: jobText, date: due })
            : t('work.afterJobEnd.text', { job: jobText, date: due })}
        </BodyLong>
      </VStack>
    </Alert>
  );
}

function SupportContactItem({ contact, jobs }: { contact: SupportContact; jobs: readonly Job[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const job = contact.jobId ? jobs.find((candidate) => candidate.id === contact.jobId) : undefined;
  const rows: Array<{ label: string; value: ReactNode }> = [
    { label: t('work.contact.withWhom'), value: t(`work.withWhom.${contact.withWhom}`) },
    {
      label: t('work.contact.how'),
      value: t('work.contact.howValue', {
        setting: t(`work.settings.${contact.setting}`),
        faceToFace: contact.faceToFace ? t('work.contact.faceToFace') : t('work.contact.notFaceToFace'),
      }),
    },
  ];
  if (job) {
    rows.push({
      label: t('work.contact.job'),
      value: t('work.job.titleAt', { title: job.title, employer: job.employerName }),
    });
  }
  if (contact.note.trim() !== '') {
    rows.push({
      label: t('work.contact.note'),
      value: <span className="preserve-lines">{contact.note}</span>,
    });
  }
  rows.push({
    label: t('work.contact.recordedBy'),
    value: contact.recordedBy?.displayName ?? t('work.contact.unknown'),
  });
  return (
    <li data-testid="support-contact">
      <VStack gap="space-4">
        <BodyShort weight="semibold">
          <time dateTime={contact.date}>{formatLocalDate(contact.date, language)}</time>
        </BodyShort>
        <Details rows={rows} />
      </VStack>
    </li>
  );
}

function EducationItem({ item }: { item: Education }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const start = formatLocalDate(item.startDate, language);
  const rows: Array<{ label: string; value: ReactNode }> = [
    {
      label: t('work.education.period'),
      value: item.endDate
        ? t('work.education.periodValue', { from: start, to: formatLocalDate(item.endDate, language) })
        : t('work.education.periodOpen', { from: start }),
    },
  ];
  if (item.completed !== null) {
    rows.push({ label: t('work.education.completed'), value: item.completed ? t('work.yes') : t('work.no') });
  }
  return (
    <li data-testid="education-item">
      <Box padding="space-12" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
        <VStack gap="space-8">
          <Heading level="4" size="xsmall">
            {t('work.education.programmeAt', { programme: item.programme, institution: item.institution })}
          </Heading>
          <Details rows={rows} />
        </VStack>
      </Box>
    </li>
  );
}

function byNewest<T>(date: (item: T) => string) {
  return (a: T, b: T) => date(b).localeCompare(date(a));
}

function WorkOverview({
  participantId,
  overview,
  canWrite,
  canUseRegister,
}: {
  participantId: string;
  overview: WorkAndSupport;
  canWrite: boolean;
  canUseRegister: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [today] = useState(() => osloDate(new Date()));
  const startJob = useToggleForm();
  const [endingJobId, setEndingJobId] = useState<string | null>(null);
  const focusById = useFocusById();
  const addContact = useToggleForm();
  const addEducation = useToggleForm();
  const [saved, setSaved] = useState<string | null>(null);
  const savedMessage = useFocusRequest<HTMLDivElement>();
  const afterEndNotice = useFocusRequest<HTMLDivElement>();

  const confirm = (message: string) => {
    setSaved(message);
    savedMessage.focus();
  };

  const ongoing = overview.jobs.filter((job) => job.endDate === null);
  const ended = overview.jobs
    .filter((job) => job.endDate !== null)
    .sort(byNewest((job) => job.endDate ?? ''));
  const contacts = [...overview.supportContacts].sort(byNewest((contact) => contact.date));
  const education = [...overview.education].sort(byNewest((item) => item.startDate));
  // The form stays open while the job it ends moves from the current jobs to the earlier ones.
  const endingJob = overview.jobs.find((job) => job.id === endingJobId);
  const endedJob = overview.contactAfterJobEnd
    ? overview.jobs.find((job) => job.id === overview.contactAfterJobEnd?.jobId)
    : undefined;

  const openOnly = (form: ReturnType<typeof useToggleForm>) => () => {
    setSaved(null);
    form.openForm();
  };

  return (
    <VStack gap="space-24">
      {overview.contactAfterJobEnd ? (
        <ContactAfterJobEndNotice
          status={overview.contactAfterJobEnd}
          job={endedJob}
          ref={afterEndNotice.ref}
        />
      ) : null}
      {saved ? (
        <Alert
          variant="success"
          size="small"
          role="status"
          ref={savedMessage.ref}
          tabIndex={-1}
          data-testid="work-saved"
        >
          {saved}
        </Alert>
      ) : null}

      <VStack gap="space-12">
        <Heading level="3" size="small" id="current-job-heading">
          {t('work.currentHeading')}
        </Heading>
        {ongoing.length === 0 ? (
          <BodyShort>{t('work.noCurrentJob')}</BodyShort>
        ) : (
          <ul className="card-list" aria-labelledby="current-job-heading">
            {ongoing.map((job) => (
              <CurrentJob
                key={job.id}
                job={job}
                followAlong={overview.followAlong}
                canWrite={canWrite}
                ending={endingJobId === job.id}
                onEnd={() => {
                  setSaved(null);
                  setEndingJobId(job.id);
                }}
              />
            ))}
          </ul>
        )}
        {canWrite && endingJob ? (
          <EndJobForm
            key={endingJob.id}
            participantId={participantId}
            job={endingJob}
            onSaved={(after) => {
              setEndingJobId(null);
              setSaved(t('work.endJob.saved', { title: endingJob.title }));
              if (after.contactAfterJobEnd && !after.contactAfterJobEnd.done) afterEndNotice.focus();
              else savedMessage.focus();
            }}
            onCancel={() => {
              setEndingJobId(null);
              focusById(endJobButtonId(endingJob.id));
            }}
          />
        ) : null}
        {canWrite && startJob.open ? (
          <StartJobForm
            participantId={participantId}
            canUseRegister={canUseRegister}
            onSaved={(_, job) => {
              startJob.closeAfterSave();
              const started = daysBetween(job.startDate, today) >= 0;
              const what = t('work.job.titleAt', { title: job.title, employer: job.employer });
              confirm(
                started
                  ? t('work.startJob.savedStarted', { job: what })
                  : t('work.startJob.savedFuture', {
                      job: what,
                      date: formatLocalDate(job.startDate, language),
                    }),
              );
            }}
            onCancel={startJob.cancel}
          />
        ) : null}
        {canWrite && !startJob.open ? (
          <div>
            <Button
              ref={startJob.buttonRef}
              type="button"
              variant="secondary"
              icon={<PlusIcon aria-hidden />}
              onClick={openOnly(startJob)}
              data-testid="start-job"
            >
              {t('work.startJob.open')}
            </Button>
          </div>
        ) : null}
      </VStack>

      <VStack gap="space-12">
        <Heading level="3" size="small" id="support-contacts-heading">
          {t('work.contactsHeading')}
        </Heading>
        <BodyShort size="small">{t('work.contactsIntro')}</BodyShort>
        {canWrite && addContact.open ? (
          <SupportContactForm
            participantId={participantId}
            jobs={overview.jobs}
            currentJobId={overview.followAlong?.jobId ?? ongoing[0]?.id ?? null}
            onSaved={() => {
              addContact.closeAfterSave();
              confirm(t('work.contactForm.saved'));
            }}
            onCancel={addContact.cancel}
          />
        ) : null}
        {canWrite && !addContact.open ? (
          <div>
            <Button
              ref={addContact.buttonRef}
              type="button"
              size="small"
              variant="secondary"
              icon={<PlusIcon aria-hidden />}
              onClick={openOnly(addContact)}
              data-testid="add-support-contact"
            >
              {t('work.contactForm.open')}
            </Button>
          </div>
        ) : null}
        {contacts.length === 0 ? (
          <BodyShort textColor="subtle">{t('work.noContacts')}</BodyShort>
        ) : (
          <ol
            className="history-list"
            aria-labelledby="support-contacts-heading"
            data-testid="support-contacts"
          >
            {contacts.map((contact) => (
              <SupportContactItem key={contact.id} contact={contact} jobs={overview.jobs} />
            ))}
          </ol>
        )}
      </VStack>

      {ended.length > 0 ? (
        <VStack gap="space-12">
          <Heading level="3" size="small" id="earlier-jobs-heading">
            {t('work.earlierHeading')}
          </Heading>
          <ul className="card-list" aria-labelledby="earlier-jobs-heading" data-testid="earlier-jobs">
            {ended.map((job) => (
              <li key={job.id} data-testid="earlier-job">
                <Box padding="space-12" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
                  <VStack gap="space-8">
                    <Heading level="4" size="xsmall">
                      {t('work.job.titleAt', { title: job.title, employer: job.employerName })}
                    </Heading>
                    <Details rows={jobRows(t, job, language, today)} />
                  </VStack>
                </Box>
              </li>
            ))}
          </ul>
        </VStack>
      ) : null}

      <VStack gap="space-12">
        <Heading level="3" size="small" id="education-heading">
          {t('work.educationHeading')}
        </Heading>
        {education.length === 0 ? (
          <BodyShort textColor="subtle">{t('work.noEducation')}</BodyShort>
        ) : (
          <ul className="card-list" aria-labelledby="education-heading">
            {education.map((item) => (
              <EducationItem key={item.id} item={item} />
            ))}
          </ul>
        )}
        {canWrite && addEducation.open ? (
          <EducationForm
            participantId={participantId}
            onSaved={(programme) => {
              addEducation.closeAfterSave();
              confirm(t('work.educationForm.saved', { programme }));
            }}
            onCancel={addEducation.cancel}
          />
        ) : null}
        {canWrite && !addEducation.open ? (
          <div>
            <Button
              ref={addEducation.buttonRef}
              type="button"
              size="small"
              variant="secondary"
              icon={<PlusIcon aria-hidden />}
              onClick={openOnly(addEducation)}
              data-testid="add-education"
            >
              {t('work.educationForm.open')}
            </Button>
          </div>
        ) : null}
      </VStack>
    </VStack>
  );
}

/**
 * Jobs, education and follow-along support: the current job with where the IPS follow-along rhythm stands, the
 * contact due after a job ends, the support contact log, earlier jobs, and education.
 */
export function WorkSection({
  participantId,
  canWrite,
  canUseRegister,
}: {
  participantId: string;
  canWrite: boolean;
  canUseRegister: boolean;
}) {
  const { t } = useTranslation();
  const work = useWork(participantId);

  let content: ReactNode;
  if (work.isPending) content = <LoadingState label={t('work.loading')} />;
  else if (work.isError) {
    content = (
      <ErrorState
        heading={t('work.loadError')}
        headingLevel="3"
        error={work.error}
        onRetry={() => void work.refetch()}
        retrying={work.isFetching}
      />
    );
  } else {
    content = (
      <WorkOverview
        participantId={participantId}
        overview={work.data}
        canWrite={canWrite}
        canUseRegister={canUseRegister}
      />
    );
  }

  return (
    <section aria-labelledby={WORK_HEADING_ID} data-testid="work">
      <VStack gap="space-16">
        <VStack gap="space-4">
          <Heading level="2" size="medium" id={WORK_HEADING_ID}>
            {t('work.heading')}
          </Heading>
          <BodyShort>{t('work.intro')}</BodyShort>
        </VStack>
        {content}
      </VStack>
    </section>
  );
}
