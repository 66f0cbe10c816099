import {
  defaultQualityPeriod,
  MEETING_PARTY_ROLES,
  osloDate,
  TEAM_QUALITY_MINIMUM,
} from '@ips-bridge/domain';
import { BodyShort, Button, Detail, Heading, HStack, Table, VStack } from '@navikt/ds-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type QualityPeriod,
  useParticipantMeetingQuality,
  useTeamMeetingQuality,
} from '../../api/meetingQuality.ts';
import type { MeetingQualityView } from '../../api/types.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { ScrollableTable } from '../../components/ScrollableTable.tsx';
import { formatLocalDate, formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import './meetings.css';

// Meeting quality over time (issue 5 item 6), shown on the team page and in the participant's meetings area. The
// figures come from GET /api/team/meeting-quality or /api/participants/{id}/meeting-quality; a withheld figure says
// why in words ("too few to show", "no data", "not shared with you"), never as a zero.

/** About a quarter: the 91 days that end today. */
export function initialQualityPeriod(): QualityPeriod {
  return defaultQualityPeriod(osloDate(new Date()));
}

type Field = 'from' | 'to';

/** Two dates and a "show" button; the end may not be before the start. */
export function QualityPeriodForm({
  idPrefix,
  period,
  onShow,
}: {
  idPrefix: string;
  period: QualityPeriod;
  onShow: (period: QualityPeriod) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(period);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    if (!draft.from) next.from = t('meetingQuality.period.errors.fromRequired');
    if (!draft.to) next.to = t('meetingQuality.period.errors.toRequired');
    else if (draft.from && draft.to < draft.from) next.to = t('meetingQuality.period.errors.endBeforeStart');
    setErrors(next);
    if (Object.keys(next).length === 0) onShow(draft);
  };
  return (
    <form onSubmit={submit} noValidate data-testid={`${idPrefix}-period`}>
      <fieldset className="quality-period">
        <legend className="sr-only">{t('meetingQuality.period.legend')}</legend>
        <HStack gap="space-16" align="end" wrap>
          <DateField
            id={`${idPrefix}-from`}
            label={t('meetingQuality.period.from')}
            size="small"
            value={draft.from}
            error={errors.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
          <DateField
            id={`${idPrefix}-to`}
            label={t('meetingQuality.period.to')}
            size="small"
            value={draft.to}
            error={errors.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
          <Button type="submit" size="small" variant="secondary" data-testid={`${idPrefix}-show`}>
            {t('meetingQuality.period.show')}
          </Button>
        </HStack>
      </fieldset>
    </form>
  );
}

type Figure = { status: 'none' | 'too_few' | 'shown' };

function percent(share: number, language: ReturnType<typeof useLanguage>): string {
  return formatNumber(Math.round(share * 100), language);
}

/** The figures as a table: what is measured, the result, and what it rests on. */
export function QualityFigures({
  data,
  captionId,
  testId,
}: {
  data: MeetingQualityView;
  captionId: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const withheld = (figure: Figure): ReactNode =>
    figure.status === 'too_few'
      ? t('meetingQuality.tooFew', { minimum: data.minimumBase })
      : t('meetingQuality.none');

  const rows: Array<{ key: string; label: string; result: ReactNode; details: ReactNode }> = [];
  const shareRow = (key: string, label: string, figure: MeetingQualityView['expectationsBeforehand']) =>
    rows.push({
      key,
      label,
      result:
        figure.status === 'shown'
          ? t('meetingQuality.share', { percent: percent(figure.share, language) })
          : withheld(figure),
      details:
        figure.status === 'shown'
          ? t('meetingQuality.ofMeetings', { count: figure.count, of: figure.of })
          : '',
    });
  shareRow('expectations', t('meetingQuality.rows.expectations'), data.expectationsBeforehand);
  shareRow('financial', t('meetingQuality.rows.financial'), data.financialResolved);

  const actions = data.actions;
  rows.push({
    key: 'actions',
    label: t('meetingQuality.rows.actions'),
    result:
      actions.status === 'shown'
        ? t('meetingQuality.share', { percent: percent(actions.share, language) })
        : withheld(actions),
    details:
      actions.status === 'shown' ? (
        <VStack gap="space-2">
          <span>{t('meetingQuality.ofActions', { count: actions.onTime, of: actions.due })}</span>
          <span>
            {t('meetingQuality.actionsDetail', {
              overdue: actions.overdue,
              late: actions.late,
              notYetDue: actions.notYetDue,
            })}
          </span>
        </VStack>
      ) : (
        ''
      ),
  });

  const nav = data.navWait;
  rows.push({
    key: 'navWait',
    label: t('meetingQuality.rows.navWait'),
    result:
      nav === null
        ? t('meetingQuality.notShared')
        : nav.status !== 'shown'
          ? withheld(nav)
          : nav.medianDays === null || nav.longestDays === null
            ? t('meetingQuality.navWaitNoneAnswered')
            : t('meetingQuality.navWaitResult', {
                median: formatNumber(nav.medianDays, language),
                longest: nav.longestDays,
              }),
    details:
      nav !== null && nav.status === 'shown' ? (
        <VStack gap="space-2">
          <span>
            {t('meetingQuality.navWaitDetail', {
              answered: nav.answered,
              asked: nav.asked,
              within: nav.withinTwoDays,
            })}
          </span>
          {nav.open > 0 ? (
            <span>{t('meetingQuality.navWaitOpen', { open: nav.open, days: nav.longestOpenDays ?? 0 })}</span>
          ) : null}
        </VStack>
      ) : (
        ''
      ),
  });

  const answersRow = (key: string, label: string, figure: MeetingQualityView['gotWhatNeeded']) =>
    rows.push({
      key,
      label,
      result:
        figure.status === 'shown'
          ? t('meetingQuality.answersResult', {
              yes: percent(figure.shares.yes, language),
              partly: percent(figure.shares.partly, language),
              no: percent(figure.shares.no, language),
            })
          : withheld(figure),
      details:
        figure.status === 'shown'
          ? t('meetingQuality.answersDetail', {
              answers: figure.answers,
              yesCount: figure.counts.yes,
              partlyCount: figure.counts.partly,
              noCount: figure.counts.no,
            })
          : '',
    });
  answersRow('gotWhatNeeded', t('meetingQuality.rows.gotWhatNeeded'), data.gotWhatNeeded);
  for (const role of MEETING_PARTY_ROLES)
    answersRow(
      `gotWhatNeeded-${role}`,
      t('meetingQuality.rows.gotWhatNeededRole', { role: t(`meetingQuality.roles.${role}`) }),
      data.gotWhatNeededByRole[role],
    );

  return (
    <VStack gap="space-8">
      <BodyShort data-testid={`${testId}-held`}>
        {t('meetingQuality.meetingsHeld', { count: data.meetingsHeld })}{' '}
        {t('meetingQuality.period.shown', {
          from: formatLocalDate(data.period.from, language),
          to: formatLocalDate(data.period.to, language),
        })}
      </BodyShort>
      <ScrollableTable labelledBy={captionId}>
        <Table size="small" className="quality-table" data-testid={testId}>
          <caption id={captionId} className="sr-only">
            {t('meetingQuality.table.caption')}
          </caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('meetingQuality.table.measure')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('meetingQuality.table.result')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('meetingQuality.table.details')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.key} data-testid={`${testId}-${row.key}`}>
                <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                <Table.DataCell>{row.result}</Table.DataCell>
                <Table.DataCell>
                  <Detail as="div">{row.details}</Detail>
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollableTable>
      <Detail textColor="subtle">{t('meetingQuality.therapistNote')}</Detail>
    </VStack>
  );
}

/** Loading, error, empty or the figures, for either query. */
export function QualityContent({
  query,
  captionId,
  testId,
  errorHeadingLevel,
}: {
  query: {
    isPending: boolean;
    isError: boolean;
    isFetching: boolean;
    error: unknown;
    data: MeetingQualityView | undefined;
    refetch: () => unknown;
  };
  captionId: string;
  testId: string;
  errorHeadingLevel: '2' | '3';
}) {
  const { t } = useTranslation();
  if (query.isPending) return <LoadingState label={t('meetingQuality.loading')} />;
  if (query.isError || !query.data)
    return (
      <ErrorState
        heading={t('meetingQuality.loadError')}
        headingLevel={errorHeadingLevel}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  if (query.data.empty)
    return (
      <BodyShort className="text-subtle" data-testid={`${testId}-empty`}>
        {t('meetingQuality.empty')}
      </BodyShort>
    );
  return <QualityFigures data={query.data} captionId={captionId} testId={testId} />;
}

export function QualityHeading({ id, level, text }: { id: string; level: '2' | '3'; text: string }) {
  return (
    <Heading level={level} size={level === '2' ? 'medium' : 'small'} id={id}>
      {text}
    </Heading>
  );
}

const TEAM_QUALITY_HEADING_ID = 'team-quality-heading';

/** "Møtekvalitet" on the team page: the team's figures over a period the reader chooses. */
export function TeamMeetingQuality() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(initialQualityPeriod);
  const query = useTeamMeetingQuality(period);
  return (
    <section aria-labelledby={TEAM_QUALITY_HEADING_ID} data-testid="team-quality">
      <VStack gap="space-12">
        <QualityHeading id={TEAM_QUALITY_HEADING_ID} level="2" text={t('meetingQuality.heading')} />
        <BodyShort>{t('meetingQuality.teamIntro', { minimum: TEAM_QUALITY_MINIMUM })}</BodyShort>
        <QualityPeriodForm idPrefix="team-quality" period={period} onShow={setPeriod} />
        <QualityContent
          query={query}
          captionId="team-quality-caption"
          testId="team-quality-figures"
          errorHeadingLevel="3"
        />
      </VStack>
    </section>
  );
}

const PARTICIPANT_QUALITY_HEADING_ID = 'participant-quality-heading';

/** A small "Meeting quality" part of the participant's meetings area. */
export function ParticipantMeetingQuality({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(initialQualityPeriod);
  const query = useParticipantMeetingQuality(participantId, period);
  return (
    <section aria-labelledby={PARTICIPANT_QUALITY_HEADING_ID} data-testid="participant-quality">
      <VStack gap="space-12">
        <QualityHeading
          id={PARTICIPANT_QUALITY_HEADING_ID}
          level="3"
          text={t('meetingQuality.participantHeading')}
        />
        <BodyShort>{t('meetingQuality.participantIntro')}</BodyShort>
        <QualityPeriodForm idPrefix="participant-quality" period={period} onShow={setPeriod} />
        <QualityContent
          query={query}
          captionId="participant-quality-caption"
          testId="participant-quality-figures"
          errorHeadingLevel="3"
        />
      </VStack>
    </section>
  );
}
