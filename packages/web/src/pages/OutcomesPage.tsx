import { EMPLOYMENT_BENCHMARKS } from '@ips-bridge/domain';
import { DownloadIcon, PrinterSmallIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  Detail,
  Heading,
  HGrid,
  HStack,
  Select,
  Table,
  VStack,
} from '@navikt/ds-react';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { type OutcomeGrouping, outcomeFileUrl, useOutcomeReport, useOutcomeTrend } from '../api/outcomes.ts';
import type { OutcomeReport } from '../api/types.ts';
import { useMe } from '../auth/MeContext.tsx';
import { ErrorState } from '../components/ErrorState.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { ScrollableTable } from '../components/ScrollableTable.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useMediaQuery } from '../hooks/useMediaQuery.ts';
import { formatLocalDate, formatNumber } from '../i18n/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { formatFigure, OUTCOME_COLUMNS } from './outcomes/outcomeColumns.ts';
import {
  choiceFromSearch,
  choiceToQuery,
  choiceToSearch,
  defaultChoice,
  type PeriodChoice,
  trendPeriod,
} from './outcomes/outcomePeriod.ts';
import './outcomes/outcomes.css';

const OutcomeTrendChart = lazy(() =>
  import('./outcomes/OutcomeTrendChart.tsx').then((m) => ({ default: m.OutcomeTrendChart })),
);

const GROUPINGS: readonly OutcomeGrouping[] = ['team', 'specialist', 'region'];
type Counts = OutcomeReport['total'];

function PeriodForm({ choice, onShow }: { choice: PeriodChoice; onShow: (choice: PeriodChoice) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [draft, setDraft] = useState(choice);
  const thisYear = Number(new Date().toISOString().slice(0, 4));
  const years = Array.from({ length: 8 }, (_, i) => thisYear - i);
  // Regions only mean something across teams.
  const groupings = me.role === 'administrator' ? GROUPINGS : GROUPINGS.filter((g) => g !== 'region');
  return (
    <form
      className="form-panel"
      onSubmit={(event) => {
        event.preventDefault();
        onShow(draft);
      }}
      data-testid="outcomes-period-form"
    >
      <fieldset className="outcomes-period">
        <legend className="sr-only">{t('outcomes.period.legend')}</legend>
        <HStack gap="space-16" align="end" wrap>
          <Select
            label={t('outcomes.period.year')}
            value={draft.year}
            onChange={(e) => setDraft({ ...draft, year: Number(e.target.value) })}
            data-testid="outcomes-year"
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
          <Select
            label={t('outcomes.period.part')}
            value={String(draft.part)}
            onChange={(e) =>
              setDraft({
                ...draft,
                part: e.target.value === 'year' ? 'year' : (Number(e.target.value) as 1 | 2 | 3 | 4),
              })
            }
            data-testid="outcomes-part"
          >
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {t('outcomes.period.quarter', { n })}
              </option>
            ))}
            <option value="year">{t('outcomes.period.wholeYear')}</option>
          </Select>
          <Select
            label={t('outcomes.period.groupBy')}
            value={draft.groupBy}
            onChange={(e) => setDraft({ ...draft, groupBy: e.target.value as OutcomeGrouping })}
            data-testid="outcomes-group-by"
          >
            {groupings.map((g) => (
              <option key={g} value={g}>
                {t(`outcomes.groupBy.${g}`)}
              </option>
            ))}
          </Select>
          <Button type="submit" data-testid="outcomes-show">
            {t('outcomes.period.show')}
          </Button>
        </HStack>
      </fieldset>
    </form>
  );
}

function Figure({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: string;
  detail?: string;
  testId: string;
}) {
  return (
    <div className="outcomes-figure" data-testid={testId}>
      <BodyShort weight="semibold">{label}</BodyShort>
      <span className="outcomes-figure__value">{value}</span>
      {detail ? <Detail>{detail}</Detail> : null}
    </div>
  );
}

function Summary({ total }: { total: Counts }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  return (
    <section aria-labelledby="outcomes-summary-heading">
      <VStack gap="space-12">
        <Heading level="2" size="medium" id="outcomes-summary-heading">
          {t('outcomes.summary.heading')}
        </Heading>
        <HGrid gap="space-16" columns={{ xs: 1, sm: 2, md: 3 }}>
          <Figure testId="outcomes-served" label={t('outcomes.summary.served')} value={n(total.served)} />
          <Figure
            testId="outcomes-in-work"
            label={t('outcomes.summary.inWork')}
            value={n(total.inCompetitiveWork)}
            detail={
              total.competitiveWorkPercent === null
                ? t('outcomes.summary.noShare')
                : `${t('outcomes.summary.share', { percent: n(total.competitiveWorkPercent) })} · ${t(
                    `outcomes.band.${total.band ?? 'below_minimal'}`,
                  )}`
            }
          />
          <Figure
            testId="outcomes-job-starts"
            label={t('outcomes.summary.jobStarts')}
            value={n(total.jobStarts)}
            detail={t('outcomes.summary.jobStartsDetail', { count: total.competitiveJobStarts })}
          />
          <Figure
            testId="outcomes-first-jobs"
            label={t('outcomes.summary.firstJobs')}
            value={n(total.firstJobs)}
            detail={
              total.medianDaysToFirstJob === null
                ? t('outcomes.summary.noMedian')
                : t('outcomes.summary.medianDays', { days: n(total.medianDaysToFirstJob) })
            }
          />
          <Figure
            testId="outcomes-education"
            label={t('outcomes.summary.educationStarts')}
            value={n(total.educationStarts)}
          />
          <Figure
            testId="outcomes-held-90"
            label={t('outcomes.summary.held90')}
            value={n(total.jobsHeld90Days)}
          />
        </HGrid>
        <BodyLong>{t('outcomes.benchmarks')}</BodyLong>
      </VStack>
    </section>
  );
}

function GroupTable({ report }: { report: OutcomeReport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const groupName = t(`outcomes.groupBy.${report.groupBy}`).toLowerCase();
  const noKey = report.groupBy === 'region' ? t('outcomes.table.noRegion') : t('outcomes.table.noSpecialist');
  const row = (key: string, label: ReactNode, c: Counts, isTotal: boolean) => (
    <Table.Row key={key} data-testid={isTotal ? 'outcomes-total-row' : 'outcomes-group-row'}>
      <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
      {OUTCOME_COLUMNS.map((column) => (
        <Table.DataCell key={column.key} align="right">
          {formatFigure(column.key, c[column.key], language)}
        </Table.DataCell>
      ))}
    </Table.Row>
  );
  return (
    <section aria-labelledby="outcomes-table-heading">
      <VStack gap="space-12">
        <Heading level="2" size="medium" id="outcomes-table-heading">
          {t('outcomes.table.heading', { groupBy: groupName })}
        </Heading>
        <ScrollableTable labelledBy="outcomes-table-heading">
          <Table data-testid="outcomes-table">
            <caption className="sr-only">
              {t('outcomes.table.caption', {
                from: formatLocalDate(report.period.from, language),
                to: formatLocalDate(report.period.to, language),
                groupBy: groupName,
              })}
            </caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('outcomes.table.group')}</Table.HeaderCell>
                {OUTCOME_COLUMNS.map((column) => (
                  <Table.HeaderCell key={column.key} scope="col" align="right">
                    {t(`outcomes.table.${column.label}`)}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {report.groups.map((g) => row(g.key ?? 'none', g.label ?? noKey, g, false))}
              {row('total', <strong>{t('outcomes.table.total')}</strong>, report.total, true)}
            </Table.Body>
          </Table>
        </ScrollableTable>
      </VStack>
    </section>
  );
}

function Endings({ endings }: { endings: Counts['jobEndings'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const entries = Object.entries(endings).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
  return (
    <section aria-labelledby="outcomes-endings-heading">
      <VStack gap="space-12">
        <Heading level="2" size="medium" id="outcomes-endings-heading">
          {t('outcomes.endings.heading')}
        </Heading>
        {entries.length === 0 ? (
          <BodyLong>{t('outcomes.endings.none')}</BodyLong>
        ) : (
          <Table size="small" data-testid="outcomes-endings">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('outcomes.endings.reason')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  {t('outcomes.endings.count')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {entries.map(([reason, count]) => (
                <Table.Row key={reason}>
                  <Table.HeaderCell scope="row">{t(`work.endReasons.${reason as 'other'}`)}</Table.HeaderCell>
                  <Table.DataCell align="right">{formatNumber(count ?? 0, language)}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </VStack>
    </section>
  );
}

function Sharing({ choice, empty }: { choice: PeriodChoice; empty: boolean }) {
  const { t } = useTranslation();
  const query = choiceToQuery(choice);
  return (
    <section aria-labelledby="outcomes-export-heading">
      <VStack gap="space-12">
        <Heading level="2" size="medium" id="outcomes-export-heading">
          {t('outcomes.export.heading')}
        </Heading>
        <BodyLong>{empty ? t('outcomes.export.emptyHelp') : t('outcomes.export.help')}</BodyLong>
        {empty ? null : (
          <HStack gap="space-12" wrap>
            <Button
              as="a"
              variant="secondary"
              href={outcomeFileUrl(query, 'csv')}
              download
              icon={<DownloadIcon aria-hidden />}
              data-testid="outcomes-csv"
            >
              {t('outcomes.export.csv')}
            </Button>
            <Button
              as="a"
              variant="secondary"
              href={outcomeFileUrl(query, 'xlsx')}
              download
              icon={<DownloadIcon aria-hidden />}
              data-testid="outcomes-xlsx"
            >
              {t('outcomes.export.xlsx')}
            </Button>
            <Button
              as={RouterLink}
              variant="secondary"
              to={`/reports/outcomes/print?${choiceToSearch(choice)}`}
              icon={<PrinterSmallIcon aria-hidden />}
              data-testid="outcomes-print"
            >
              {t('outcomes.export.print')}
            </Button>
          </HStack>
        )}
      </VStack>
    </section>
  );
}

function Trend({ choice }: { choice: PeriodChoice }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trend = useOutcomeTrend(trendPeriod(choice));
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  let content: ReactNode;
  if (trend.isPending) content = <LoadingState label={t('outcomes.trend.loading')} />;
  else if (trend.isError)
    content = (
      <ErrorState
        heading={t('outcomes.trend.loadError')}
        error={trend.error}
        onRetry={() => void trend.refetch()}
        retrying={trend.isFetching}
      />
    );
  else {
    const quarters = trend.data.quarters;
    content = (
      <VStack gap="space-12">
        <Suspense fallback={<LoadingState label={t('outcomes.trend.loading')} />}>
          <OutcomeTrendChart
            points={quarters.map((q) => ({ quarter: q.quarter, percent: q.competitiveWorkPercent }))}
            label={t('outcomes.trend.chartLabel')}
            targetLabel={t('outcomes.trend.target')}
            target={EMPLOYMENT_BENCHMARKS.average}
            reducedMotion={reducedMotion}
          />
        </Suspense>
        <ScrollableTable labelledBy="outcomes-trend-heading">
          <Table size="small" data-testid="outcomes-trend-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('outcomes.trend.quarter')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  {t('outcomes.trend.served')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  {t('outcomes.trend.share')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {quarters.map((q) => (
                <Table.Row key={q.quarter}>
                  <Table.HeaderCell scope="row">{q.quarter}</Table.HeaderCell>
                  <Table.DataCell align="right">{formatNumber(q.served, language)}</Table.DataCell>
                  <Table.DataCell align="right">
                    {q.competitiveWorkPercent === null
                      ? t('outcomes.trend.noValue')
                      : t('outcomes.trend.percent', {
                          percent: formatNumber(q.competitiveWorkPercent, language),
                        })}
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollableTable>
      </VStack>
    );
  }
  return (
    <section aria-labelledby="outcomes-trend-heading">
      <VStack gap="space-12">
        <Heading level="2" size="medium" id="outcomes-trend-heading">
          {t('outcomes.trend.heading')}
        </Heading>
        {content}
      </VStack>
    </section>
  );
}

/** "Resultater": the team's outcomes for a quarter or a year, against the IPS benchmarks, with exports. */
export function OutcomesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('outcomes.title'));
  const me = useMe();
  const language = useLanguage();
  const [search, setSearch] = useSearchParams();
  const choice = choiceFromSearch(search, defaultChoice());
  const query = choiceToQuery(choice);
  const report = useOutcomeReport(query);

  let content: ReactNode;
  if (report.isPending) content = <LoadingState label={t('outcomes.loading')} />;
  else if (report.isError)
    content = (
      <ErrorState
        heading={t('outcomes.loadError')}
        error={report.error}
        onRetry={() => void report.refetch()}
        retrying={report.isFetching}
      />
    );
  else if (report.data.total.served === 0)
    content = (
      <>
        <Alert variant="info" data-testid="outcomes-empty">
          {t('outcomes.empty')}
        </Alert>
        <Sharing choice={choice} empty />
      </>
    );
  else
    content = (
      <>
        <Summary total={report.data.total} />
        <GroupTable report={report.data} />
        <Endings endings={report.data.total.jobEndings} />
        <Sharing choice={choice} empty={false} />
      </>
    );

  return (
    <VStack gap="space-32" maxWidth="64rem">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('outcomes.title')}
        </Heading>
        <BodyLong size="large">{t('outcomes.intro')}</BodyLong>
        <BodyShort>
          {me.role === 'administrator'
            ? t('outcomes.scope.all')
            : t('outcomes.scope.team', { team: me.team?.name ?? me.organisation.name })}
        </BodyShort>
      </VStack>
      <PeriodForm
        key={search.toString()}
        choice={choice}
        onShow={(next) => setSearch(choiceToSearch(next))}
      />
      <BodyShort weight="semibold" aria-live="polite" data-testid="outcomes-period">
        {t('outcomes.period.range', {
          from: formatLocalDate(query.from, language),
          to: formatLocalDate(query.to, language),
        })}
      </BodyShort>
      {content}
      <Trend choice={choice} />
    </VStack>
  );
}
