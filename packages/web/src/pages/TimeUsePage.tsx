import { addDays, COMMUNITY_TIME_TARGET_PERCENT, osloDate } from '@ips-bridge/domain';
import { CheckmarkCircleIcon, InformationSquareIcon, PencilIcon, PlusIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Detail,
  Heading,
  HStack,
  ProgressBar,
  VStack,
} from '@navikt/ds-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIME_USE_WEEKS, useTimeUse } from '../api/timeUse.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { overallShare, type RecordedWeek, type TimeUseWeek, timeUseWeeks } from '../forms/timeUseForm.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useFocusById } from '../hooks/useFocusById.ts';
import { useFocusRequest } from '../hooks/useFocusRequest.ts';
import { formatLocalDate, formatNumber } from '../i18n/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { isoWeekNumber } from './jobDevelopment/week.ts';
import { TimeUseForm } from './timeUse/TimeUseForm.tsx';
import './timeUse/timeUse.css';

const SUMMARY_HEADING_ID = 'time-use-summary-heading';
const WEEKS_HEADING_ID = 'time-use-weeks-heading';
const SUMMARY_PROGRESS_ID = 'time-use-summary-progress';

const editButtonId = (weekStart: string) => `time-use-edit-${weekStart}`;

/** Whether the share meets the target, in words with an icon, so it does not rest on colour. */
function TargetStatus({ meets, children }: { meets: boolean; children: ReactNode }) {
  return (
    <HStack gap="space-8" align="center" wrap={false}>
      {meets ? (
        <CheckmarkCircleIcon aria-hidden className="icon-success" fontSize="1.5rem" />
      ) : (
        <InformationSquareIcon aria-hidden fontSize="1.5rem" />
      )}
      <BodyShort>{children}</BodyShort>
    </HStack>
  );
}

function Summary({ recorded, target }: { recorded: readonly RecordedWeek[]; target: number }) {
  const { t } = useTranslation();
  const overall = overallShare(recorded);
  return (
    <section aria-labelledby={SUMMARY_HEADING_ID} className="form-panel" data-testid="time-use-summary">
      <VStack gap="space-12">
        <Heading level="2" size="small" id={SUMMARY_HEADING_ID}>
          {t('timeUse.summary.heading', { count: TIME_USE_WEEKS })}
        </Heading>
        {overall === null ? (
          <BodyLong>{t('timeUse.summary.none')}</BodyLong>
        ) : (
          <>
            <BodyShort size="large" weight="semibold" id={SUMMARY_PROGRESS_ID} data-testid="time-use-overall">
              {t('timeUse.summary.share', { percent: overall.percent, count: overall.weeks })}
            </BodyShort>
            <ProgressBar
              value={overall.percent}
              valueMax={100}
              aria-labelledby={SUMMARY_PROGRESS_ID}
              data-color={overall.meetsTarget ? 'success' : 'accent'}
            />
            <TargetStatus meets={overall.meetsTarget}>
              {overall.meetsTarget
                ? t('timeUse.summary.meets', { target })
                : t('timeUse.summary.below', { target, points: target - overall.percent })}
            </TargetStatus>
          </>
        )}
      </VStack>
    </section>
  );
}

function WeekFigures({ week, target }: { week: RecordedWeek; target: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <VStack gap="space-8">
      <dl className="card-details card-details--inline">
        <div>
          <dt>{t('timeUse.week.community')}</dt>
          <dd data-testid="time-use-community">
            {t('timeUse.week.hours', { hours: formatNumber(week.communityHours, language) })}
          </dd>
        </div>
        <div>
          <dt>{t('timeUse.week.office')}</dt>
          <dd data-testid="time-use-office">
            {t('timeUse.week.hours', { hours: formatNumber(week.officeHours, language) })}
          </dd>
        </div>
        <div>
          <dt>{t('timeUse.week.share')}</dt>
          <dd data-testid="time-use-share">
            {week.communitySharePercent === null
              ? t('timeUse.week.noHours')
              : t('timeUse.week.percent', { percent: week.communitySharePercent })}
          </dd>
        </div>
      </dl>
      {week.communitySharePercent === null ? null : (
        <TargetStatus meets={week.meetsTarget}>
          {week.meetsTarget ? t('timeUse.week.meets', { target }) : t('timeUse.week.below', { target })}
        </TargetStatus>
      )}
    </VStack>
  );
}

function WeekCard({
  week,
  isCurrent,
  target,
  editing,
  saved,
  onEdit,
  onSaved,
  onCancel,
}: {
  week: TimeUseWeek;
  isCurrent: boolean;
  target: number;
  editing: boolean;
  saved: string | null;
  onEdit: () => void;
  onSaved: (share: number | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const savedMessage = useFocusRequest<HTMLDivElement>();
  const focusSaved = savedMessage.focus;
  useEffect(() => {
    if (saved) focusSaved();
  }, [saved, focusSaved]);
  const headingId = `time-use-week-${week.weekStart}-heading`;
  const number = isoWeekNumber(week.weekStart);
  const label = t('timeUse.week.label', {
    number,
    from: formatLocalDate(week.weekStart, language),
    to: formatLocalDate(addDays(week.weekStart, 6), language),
  });
  return (
    <li data-testid="time-use-week" data-week={week.weekStart} data-recorded={week.recorded !== null}>
      <Box
        padding="space-16"
        borderWidth="1"
        borderColor="neutral-subtle"
        borderRadius="8"
        background="raised"
      >
        <section aria-labelledby={headingId}>
          <VStack gap="space-12">
            <VStack gap="space-2">
              {isCurrent ? (
                <Detail as="p" weight="semibold">
                  {t('timeUse.week.thisWeek')}
                </Detail>
              ) : null}
              <Heading level="3" size="xsmall" id={headingId}>
                {label}
              </Heading>
            </VStack>
            {saved ? (
              <Alert
                variant="success"
                size="small"
                role="status"
                ref={savedMessage.ref}
                tabIndex={-1}
                data-testid="time-use-saved"
              >
                {saved}
              </Alert>
            ) : null}
            {week.recorded ? (
              <WeekFigures week={week.recorded} target={target} />
            ) : (
              <BodyShort className="text-subtle" data-testid="time-use-not-recorded">
                {t('timeUse.week.notRecorded')}
              </BodyShort>
            )}
            {editing ? (
              <TimeUseForm week={week} target={target} onSaved={onSaved} onCancel={onCancel} />
            ) : (
              <div>
                <Button
                  id={editButtonId(week.weekStart)}
                  type="button"
                  size="small"
                  variant={week.recorded || !isCurrent ? 'secondary' : 'primary'}
                  icon={week.recorded ? <PencilIcon aria-hidden /> : <PlusIcon aria-hidden />}
                  onClick={onEdit}
                  data-testid="time-use-edit"
                >
                  {week.recorded ? t('timeUse.week.change') : t('timeUse.week.record')}
                  <span className="sr-only"> {t('timeUse.week.forWeek', { number })}</span>
                </Button>
              </div>
            )}
          </VStack>
        </section>
      </Box>
    </li>
  );
}

/**
 * The employment specialist's time use: this week and the weeks before it, hours in the community and in the
 * office, and the community share against the IPS target (65 %), said in words. Any shown week can be recorded
 * or changed.
 */
export function TimeUsePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('timeUse.heading'));
  const [today] = useState(() => osloDate(new Date()));
  const query = useTimeUse();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ weekStart: string; text: string } | null>(null);
  const focusById = useFocusById();
  const target = query.data?.target ?? COMMUNITY_TIME_TARGET_PERCENT;

  let content: ReactNode;
  if (query.isPending) {
    content = <LoadingState label={t('timeUse.loading')} />;
  } else if (query.isError) {
    content = (
      <ErrorState
        heading={t('timeUse.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else {
    const weeks = timeUseWeeks(query.data.weeks, today, TIME_USE_WEEKS);
    content = (
      <VStack gap="space-32">
        <Summary recorded={query.data.weeks} target={target} />
        <section aria-labelledby={WEEKS_HEADING_ID}>
          <VStack gap="space-12">
            <Heading level="2" size="medium" id={WEEKS_HEADING_ID}>
              {t('timeUse.weeksHeading')}
            </Heading>
            <ul
              className="card-list time-use-weeks"
              aria-labelledby={WEEKS_HEADING_ID}
              data-testid="time-use-weeks"
            >
              {weeks.map((week, index) => (
                <WeekCard
                  key={week.weekStart}
                  week={week}
                  isCurrent={index === 0}
                  target={target}
                  editing={editing === week.weekStart}
                  saved={saved?.weekStart === week.weekStart ? saved.text : null}
                  onEdit={() => {
                    setSaved(null);
                    setEditing(week.weekStart);
                  }}
                  onSaved={(share) => {
                    setEditing(null);
                    const number = isoWeekNumber(week.weekStart);
                    setSaved({
                      weekStart: week.weekStart,
                      text:
                        share === null
                          ? t('timeUse.savedNoHours', { number })
                          : t('timeUse.saved', { number, percent: share }),
                    });
                  }}
                  onCancel={() => {
                    setEditing(null);
                    focusById(editButtonId(week.weekStart));
                  }}
                />
              ))}
            </ul>
          </VStack>
        </section>
      </VStack>
    );
  }

  return (
    <VStack gap="space-24" maxWidth="64rem">
      <VStack gap="space-8" maxWidth="44rem">
        <Heading level="1" size="large">
          {t('timeUse.heading')}
        </Heading>
        <BodyLong>{t('timeUse.intro', { target })}</BodyLong>
        <BodyLong size="small">{t('timeUse.why')}</BodyLong>
      </VStack>
      {content}
    </VStack>
  );
}
