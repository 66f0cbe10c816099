import { osloDate } from '@ips-bridge/domain';
import { CheckmarkCircleIcon, ExclamationmarkTriangleIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Detail, Heading, HStack, Table, VStack } from '@navikt/ds-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workforce } from '../../api/types.ts';
import { useWorkforce } from '../../api/workforce.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { ScrollableTable } from '../../components/ScrollableTable.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { formatNumber, formatYearMonth } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { SupervisionNotesPanel } from './SupervisionNotesPanel.tsx';
import './workforce.css';

const TABLE_HEADING_ID = 'workforce-table-heading';
const CASELOAD_HEADING_ID = 'workforce-caseload-heading';

type Specialist = Workforce['specialists'][number];

/** The default period: from the first day of the month five months back to today (six months of caseload). */
function defaultPeriod(today: string): { from: string; to: string } {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7)) - 5;
  if (month < 1) {
    month += 12;
    year -= 1;
  }
  return { from: `${year}-${String(month).padStart(2, '0')}-01`, to: today };
}

/** The flags in words with an icon, never colour alone; "no flags" said as well. */
function Flags({ specialist, thresholds }: { specialist: Specialist; thresholds: Workforce['thresholds'] }) {
  const { t } = useTranslation();
  if (specialist.flags.length === 0)
    return (
      <HStack gap="space-4" align="center" wrap={false}>
        <CheckmarkCircleIcon aria-hidden className="icon-success" />
        <BodyShort size="small">{t('workforce.noFlags')}</BodyShort>
      </HStack>
    );
  return (
    <ul className="workforce-flags" data-testid="workforce-flags">
      {specialist.flags.map((flag) => (
        <li key={flag} data-flag={flag}>
          <HStack gap="space-4" align="start" wrap={false}>
            <ExclamationmarkTriangleIcon aria-hidden />
            <BodyShort size="small" weight="semibold">
              {t(`workforce.flags.${flag}`, {
                limit: flag === 'over_caseload' ? thresholds.caseload : thresholds.communityTimePercent,
              })}
            </BodyShort>
          </HStack>
        </li>
      ))}
    </ul>
  );
}

function PeriodForm({
  period,
  onChange,
}: {
  period: { from: string; to: string };
  onChange: (period: { from: string; to: string }) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(period);
  const [error, setError] = useState<{ from?: string; to?: string }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: { from?: string; to?: string } = {};
    if (draft.from === '') found.from = t('workforce.period.required');
    if (draft.to === '') found.to = t('workforce.period.required');
    else if (draft.from !== '' && draft.to < draft.from) found.to = t('workforce.period.endBeforeStart');
    setError(found);
    if (Object.keys(found).length === 0) onChange(draft);
  };
  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="workforce-period">
        <legend>{t('workforce.period.legend')}</legend>
        <HStack gap="space-16" align="end">
          <DateField
            id="workforce-from"
            label={t('workforce.period.from')}
            value={draft.from}
            onChange={(event) => setDraft((d) => ({ ...d, from: event.target.value }))}
            error={error.from}
          />
          <DateField
            id="workforce-to"
            label={t('workforce.period.to')}
            value={draft.to}
            onChange={(event) => setDraft((d) => ({ ...d, to: event.target.value }))}
            error={error.to}
          />
          <Button type="submit" size="small" variant="secondary">
            {t('workforce.period.show')}
          </Button>
        </HStack>
      </fieldset>
    </form>
  );
}

function SpecialistTable({
  data,
  selected,
  onSelect,
}: {
  data: Workforce;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby={TABLE_HEADING_ID}>
      <VStack gap="space-12">
        <Heading level="2" size="small" id={TABLE_HEADING_ID}>
          {t('workforce.table.heading')}
        </Heading>
        <Detail>
          {t('workforce.thresholds', {
            caseload: data.thresholds.caseload,
            overdue: data.thresholds.overdueFollowUps,
            community: data.thresholds.communityTimePercent,
          })}
        </Detail>
        <ScrollableTable labelledBy={TABLE_HEADING_ID}>
          <Table size="small" data-testid="workforce-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('workforce.table.specialist')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('workforce.table.activeNow')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('workforce.table.overdue')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('workforce.table.meetings')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('workforce.table.community')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('workforce.table.flags')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.specialists.map((s) => (
                <Table.Row key={s.id} data-testid="workforce-specialist" data-flags={s.flags.join(' ')}>
                  <Table.HeaderCell scope="row">
                    <VStack gap="space-4" align="start">
                      <span>{s.displayName}</span>
                      <Button
                        size="xsmall"
                        variant={selected === s.id ? 'primary' : 'tertiary'}
                        aria-pressed={selected === s.id}
                        onClick={() => onSelect(s.id)}
                      >
                        {t('workforce.notes.open', { name: s.displayName })}
                      </Button>
                    </VStack>
                  </Table.HeaderCell>
                  <Table.DataCell>{formatNumber(s.activeNow, language)}</Table.DataCell>
                  <Table.DataCell>{formatNumber(s.overdueFollowUps, language)}</Table.DataCell>
                  <Table.DataCell>
                    <VStack gap="space-2">
                      <BodyShort size="small">{formatNumber(s.meetings.perWeek, language)}</BodyShort>
                      <Detail>
                        {t('workforce.meetingsDetail', {
                          treatmentTeam: s.meetings.treatmentTeam,
                          nav: s.meetings.nav,
                          collaboration: s.meetings.collaboration,
                        })}
                      </Detail>
                    </VStack>
                  </Table.DataCell>
                  <Table.DataCell>
                    {s.communityTime.percent === null ? (
                      t('workforce.noTime')
                    ) : (
                      <VStack gap="space-2">
                        <BodyShort size="small">
                          {t('workforce.percent', { value: formatNumber(s.communityTime.percent, language) })}
                        </BodyShort>
                        <Detail>
                          {t('workforce.communityDetail', { count: s.communityTime.weeksRecorded })}
                        </Detail>
                      </VStack>
                    )}
                  </Table.DataCell>
                  <Table.DataCell>
                    <Flags specialist={s} thresholds={data.thresholds} />
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollableTable>
      </VStack>
    </section>
  );
}

/** Caseload over time as a table: a row per specialist, a column per month (figures, readable by screen readers). */
function CaseloadTable({ data }: { data: Workforce }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const months = data.specialists[0]?.caseloadByMonth ?? [];
  return (
    <section aria-labelledby={CASELOAD_HEADING_ID}>
      <VStack gap="space-12">
        <Heading level="2" size="small" id={CASELOAD_HEADING_ID}>
          {t('workforce.caseload.heading')}
        </Heading>
        <BodyShort size="small">{t('workforce.caseload.intro')}</BodyShort>
        <ScrollableTable labelledBy={CASELOAD_HEADING_ID}>
          <Table size="small" data-testid="workforce-caseload">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('workforce.table.specialist')}</Table.HeaderCell>
                {months.map((m) => (
                  <Table.HeaderCell scope="col" key={m.month}>
                    {formatYearMonth(m.month, language)}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.specialists.map((s) => (
                <Table.Row key={s.id}>
                  <Table.HeaderCell scope="row">{s.displayName}</Table.HeaderCell>
                  {s.caseloadByMonth.map((m) => (
                    <Table.DataCell key={m.month}>
                      {formatNumber(m.active, language)}
                      {m.active > data.thresholds.caseload ? (
                        <ExclamationmarkTriangleIcon
                          className="workforce-over"
                          title={t('workforce.flags.over_caseload', { limit: data.thresholds.caseload })}
                        />
                      ) : null}
                    </Table.DataCell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollableTable>
      </VStack>
    </section>
  );
}

/** "Arbeidsbelastning": the supervisor's view of the team's workload, with supervision notes per specialist. */
export function WorkforcePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workforce.heading'));
  const [period, setPeriod] = useState(() => defaultPeriod(osloDate(new Date())));
  const [selected, setSelected] = useState<string | null>(null);
  const query = useWorkforce(period.from, period.to);

  let content: ReactNode;
  if (query.isPending) content = <LoadingState label={t('workforce.loading')} />;
  else if (query.isError)
    content = (
      <ErrorState
        heading={t('workforce.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  else if (query.data.specialists.length === 0)
    content = <BodyShort className="text-subtle">{t('workforce.empty')}</BodyShort>;
  else {
    const chosen = query.data.specialists.find((s) => s.id === selected) ?? null;
    content = (
      <VStack gap="space-32">
        <SpecialistTable data={query.data} selected={selected} onSelect={setSelected} />
        {chosen ? (
          <SupervisionNotesPanel
            key={chosen.id}
            specialistId={chosen.id}
            heading={t('workforce.notes.headingFor', { name: chosen.displayName })}
          />
        ) : (
          <BodyShort className="text-subtle">{t('workforce.notes.choose')}</BodyShort>
        )}
        <CaseloadTable data={query.data} />
      </VStack>
    );
  }

  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('workforce.heading')}
        </Heading>
        <BodyShort>{t('workforce.intro')}</BodyShort>
      </VStack>
      <PeriodForm period={period} onChange={setPeriod} />
      {content}
    </VStack>
  );
}
