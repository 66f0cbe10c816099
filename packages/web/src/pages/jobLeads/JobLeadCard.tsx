import { ArrowUndoIcon, CheckmarkIcon, XMarkIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Box, Button, Heading, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { JobLead, JobLeadMatchReason, JobLeadStatus } from '../../api/jobLeads.ts';
import type { Language } from '../../i18n/catalogue.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import type { JobLeadStatusControl } from './useJobLeadStatus.ts';

const STATUS_COLOURS: Record<JobLeadStatus, 'info' | 'success' | 'neutral'> = {
  open: 'info',
  filled: 'success',
  closed: 'neutral',
};

/** "kind of work, place and hours a week", in the page's language. */
function reasonsText(t: TFunction, reasons: readonly JobLeadMatchReason[], language: Language): string {
  const list = new Intl.ListFormat(language === 'en' ? 'en-GB' : 'nb-NO', { type: 'conjunction' });
  return list.format(reasons.map((reason) => t(`jobLeads.matches.reasons.${reason}`)));
}

function Matches({ lead, headingId, level }: { lead: JobLead; headingId: string; level: '4' | '5' }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby={headingId} data-testid="job-lead-matches">
      <VStack gap="space-8">
        <Heading level={level} size="xsmall" id={headingId}>
          {t('jobLeads.matches.heading')}
        </Heading>
        {lead.matches.length === 0 ? (
          <BodyShort size="small" textColor="subtle">
            {t('jobLeads.matches.none')}
          </BodyShort>
        ) : (
          <ul className="card-list" aria-labelledby={headingId}>
            {lead.matches.map((match) => (
              <li key={match.participantId} data-testid="job-lead-match">
                <BodyShort>
                  <Link as={RouterLink} to={`/participants/${encodeURIComponent(match.participantId)}`}>
                    {match.name}
                  </Link>
                </BodyShort>
                <BodyShort size="small" textColor="subtle" data-testid="job-lead-match-reasons">
                  {t('jobLeads.matches.fitsOn', { reasons: reasonsText(t, match.reasons, language) })} (
                  {t('jobLeads.matches.score', { score: match.score })})
                </BodyShort>
              </li>
            ))}
          </ul>
        )}
      </VStack>
    </section>
  );
}

function StatusButtons({ lead, control }: { lead: JobLead; control: JobLeadStatusControl }) {
  const { t } = useTranslation();
  // The visible text starts the accessible name (WCAG 2.5.3), followed by which lead it is about.
  const named = (action: string) =>
    t('jobLeads.actions.named', { action, title: lead.title, employer: lead.employerName });
  const loading = control.pendingLeadId === lead.id;
  const disabled = control.busy && !loading;
  if (lead.status !== 'open') {
    return (
      <HStack gap="space-8" wrap>
        <Button
          type="button"
          size="small"
          variant="secondary"
          icon={<ArrowUndoIcon aria-hidden />}
          loading={loading}
          disabled={disabled}
          onClick={() => control.change(lead, 'open')}
          aria-label={named(t('jobLeads.actions.reopen'))}
          data-testid="job-lead-reopen"
        >
          {t('jobLeads.actions.reopen')}
        </Button>
      </HStack>
    );
  }
  return (
    <HStack gap="space-8" wrap>
      <Button
        type="button"
        size="small"
        variant="secondary"
        icon={<CheckmarkIcon aria-hidden />}
        loading={loading}
        disabled={disabled}
        onClick={() => control.change(lead, 'filled')}
        aria-label={named(t('jobLeads.actions.markFilled'))}
        data-testid="job-lead-mark-filled"
      >
        {t('jobLeads.actions.markFilled')}
      </Button>
      <Button
        type="button"
        size="small"
        variant="tertiary"
        icon={<XMarkIcon aria-hidden />}
        loading={loading}
        disabled={disabled}
        onClick={() => control.change(lead, 'closed')}
        aria-label={named(t('jobLeads.actions.markClosed'))}
        data-testid="job-lead-mark-closed"
      >
        {t('jobLeads.actions.markClosed')}
      </Button>
    </HStack>
  );
}

/**
 * One job lead: title, employer (a link to its page), kind of work, place, hours and status, the participants
 * whose preferences fit it and why, and the status buttons. `headingLevel` fits the page it is on.
 */
export function JobLeadCard({
  lead,
  control,
  headingLevel = '3',
  showEmployer = true,
}: {
  lead: JobLead;
  control: JobLeadStatusControl;
  headingLevel?: '3' | '4';
  showEmployer?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notGiven = <span className="text-subtle">{t('jobLeads.lead.notGiven')}</span>;
  const matchesHeadingId = `job-lead-${lead.id}-matches`;
  return (
    <li data-testid="job-lead" data-status={lead.status}>
      <Box
        padding="space-16"
        borderWidth="1"
        borderColor="neutral-subtle"
        borderRadius="8"
        background="raised"
      >
        <VStack gap="space-12">
          <HStack gap="space-8" justify="space-between" align="start" wrap>
            <Heading level={headingLevel} size="small" data-testid="job-lead-title">
              {lead.title}
            </Heading>
            <Tag
              variant="moderate"
              size="small"
              data-color={STATUS_COLOURS[lead.status]}
              data-testid="job-lead-status"
            >
              <span className="sr-only">{t('jobLeads.lead.status')}: </span>
              {t(`jobLeads.statuses.${lead.status}`)}
            </Tag>
          </HStack>
          <dl className="card-details card-details--inline">
            {showEmployer ? (
              <div>
                <dt>{t('jobLeads.lead.employer')}</dt>
                <dd>
                  <Link as={RouterLink} to={`/employers/${encodeURIComponent(lead.employerId)}`}>
                    {lead.employerName}
                  </Link>
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{t('jobLeads.lead.jobType')}</dt>
              <dd>{lead.jobType}</dd>
            </div>
            <div>
              <dt>{t('jobLeads.lead.place')}</dt>
              <dd>{lead.place ?? notGiven}</dd>
            </div>
            <div>
              <dt>{t('jobLeads.lead.hours')}</dt>
              <dd>
                {lead.hoursPerWeek === null
                  ? notGiven
                  : t('jobLeads.lead.hoursValue', { hours: formatNumber(lead.hoursPerWeek, language) })}
              </dd>
            </div>
          </dl>
          {lead.description.trim() === '' ? null : (
            <BodyLong size="small" className="preserve-lines">
              {lead.description}
            </BodyLong>
          )}
          <Matches lead={lead} headingId={matchesHeadingId} level={headingLevel === '3' ? '4' : '5'} />
          <StatusButtons lead={lead} control={control} />
        </VStack>
      </Box>
    </li>
  );
}
