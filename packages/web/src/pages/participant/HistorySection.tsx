import { BodyShort, Box, Detail, Heading, VStack } from '@navikt/ds-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParticipantHistory } from '../../api/journey.ts';
import type { ParticipantHistory } from '../../api/types.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import type { Language } from '../../i18n/catalogue.ts';
import { formatDateTime, formatLocalDate } from '../../i18n/format.ts';
import { phaseLabel, reasonLabel } from '../../i18n/journeyLabels.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { describeWorkChange } from './describeWorkChange.ts';

type PhaseEntry = ParticipantHistory['phases'][number];
type ChangeEntry = ParticipantHistory['changes'][number];

const HEADING_ID = 'participant-history-heading';

function Timestamp({ value }: { value: string }) {
  const language = useLanguage();
  return <time dateTime={value}>{formatDateTime(value, language)}</time>;
}

function PhaseItem({ entry }: { entry: PhaseEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows: Array<{ label: string; value: ReactNode }> = [
    { label: t('journey.history.from'), value: formatLocalDate(entry.startedOn, language) },
  ];
  if (entry.reason) {
    rows.push({ label: t('journey.history.reason'), value: reasonLabel(t, entry.phase, entry.reason) });
  }
  if (entry.plannedRecontact) {
    rows.push({
      label: t('journey.history.plannedRecontact'),
      value: formatLocalDate(entry.plannedRecontact, language),
    });
  }
  rows.push(
    {
      label: t('journey.history.recordedBy'),
      value: entry.recordedBy?.displayName ?? t('journey.history.unknownUser'),
    },
    { label: t('journey.history.recordedAt'), value: <Timestamp value={entry.recordedAt} /> },
  );
  return (
    <li data-testid="phase-history-item" data-phase={entry.phase}>
      <Box padding="space-12" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
        <VStack gap="space-8">
          <BodyShort weight="semibold">{phaseLabel(t, entry.phase)}</BodyShort>
          <dl className="card-details card-details--inline">
            {rows.map((row) => (
              <div key={row.label}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
        </VStack>
      </Box>
    </li>
  );
}

function dateIn(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('date' in value)) return null;
  return typeof value.date === 'string' ? value.date : null;
}

/** One recorded change in plain words. */
export function describeChange(t: TFunction, change: ChangeEntry, language: Language): string {
  if (change.entity === 'first_contact') {
    const before = dateIn(change.before);
    const after = dateIn(change.after);
    if (after && before && before !== after) {
      return t('journey.history.firstContactChanged', {
        from: formatLocalDate(before, language),
        to: formatLocalDate(after, language),
      });
    }
    if (after) return t('journey.history.firstContactSet', { date: formatLocalDate(after, language) });
  }
  return describeWorkChange(t, change, language) ?? t('journey.history.otherChange');
}

function ChangeItem({ change }: { change: ChangeEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const when = formatDateTime(change.changedAt, language);
  return (
    <li data-testid="change-history-item">
      <BodyShort>{describeChange(t, change, language)}</BodyShort>
      <Detail as="p" textColor="subtle">
        <time dateTime={change.changedAt}>
          {change.changedBy
            ? t('journey.history.changedBy', { name: change.changedBy.displayName, when })
            : when}
        </time>
      </Detail>
    </li>
  );
}

/**
 * The participant's phases (newest first) and the other recorded changes, such as the first contact. Phase
 * changes appear once, in the list of phases, with their reason and who recorded them.
 */
export function HistorySection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const history = useParticipantHistory(participantId);

  let content: ReactNode;
  if (history.isPending) {
    content = <LoadingState label={t('journey.history.loading')} />;
  } else if (history.isError) {
    content = (
      <ErrorState
        heading={t('journey.history.loadError')}
        headingLevel="3"
        error={history.error}
        onRetry={() => void history.refetch()}
        retrying={history.isFetching}
      />
    );
  } else {
    const otherChanges = history.data.changes.filter((change) => change.entity !== 'phase');
    content = (
      <VStack gap="space-24">
        <VStack gap="space-12">
          <Heading level="3" size="small" id="phase-history-heading">
            {t('journey.history.phasesHeading')}
          </Heading>
          {history.data.phases.length === 0 ? (
            <BodyShort>{t('journey.history.phasesEmpty')}</BodyShort>
          ) : (
            <ol className="card-list" aria-labelledby="phase-history-heading" data-testid="phase-history">
              {history.data.phases.map((entry) => (
                <PhaseItem key={entry.id} entry={entry} />
              ))}
            </ol>
          )}
        </VStack>
        <VStack gap="space-12">
          <Heading level="3" size="small" id="change-history-heading">
            {t('journey.history.changesHeading')}
          </Heading>
          {otherChanges.length === 0 ? (
            <BodyShort>{t('journey.history.changesEmpty')}</BodyShort>
          ) : (
            <ul
              className="history-list"
              aria-labelledby="change-history-heading"
              data-testid="change-history"
            >
              {otherChanges.map((change) => (
                <ChangeItem key={change.id} change={change} />
              ))}
            </ul>
          )}
        </VStack>
      </VStack>
    );
  }

  return (
    <section aria-labelledby={HEADING_ID} data-testid="history">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id={HEADING_ID}>
          {t('journey.history.heading')}
        </Heading>
        {content}
      </VStack>
    </section>
  );
}
