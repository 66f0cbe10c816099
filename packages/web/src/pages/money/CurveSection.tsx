import type { EstimateResult, NetIncomePoint, WorkScenario } from '@ips-bridge/domain';
import { BodyLong, Heading, ReadMore, Table, VStack } from '@navikt/ds-react';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState.tsx';
import { ScrollableTable } from '../../components/ScrollableTable.tsx';
import { CURVE_MAX_HOURS } from '../../forms/moneyForm.ts';
import { useMediaQuery } from '../../hooks/useMediaQuery.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { cliffMarkers, findCliffs, tablePoints } from './cliffs.ts';
import { cliffTexts, flagText, hoursText, kr } from './moneyText.ts';

// recharts is large: it loads with the chart only, after the rest of the page is on screen.
const NetIncomeChart = lazy(() =>
  import('./NetIncomeChart.tsx').then((m) => ({ default: m.NetIncomeChart })),
);

function changeText(value: number, language: ReturnType<typeof useLanguage>): string {
  if (value === 0) return kr(0, language);
  return `${value > 0 ? '+' : '−'}${kr(Math.abs(value), language)}`;
}

/**
 * Net income a month against hours a week (0–40), with the hours being tried marked and every cliff named: in
 * words above the chart, as labelled lines in it, and in a table of the same numbers, so nothing is in the chart
 * alone.
 */
export function CurveSection({
  result,
  curve,
  work,
}: {
  result: EstimateResult;
  curve: readonly NetIncomePoint[];
  work: WorkScenario;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const cliffs = useMemo(() => findCliffs(result, curve, work), [result, curve, work]);
  const texts = cliffTexts(t, cliffs, language, CURVE_MAX_HOURS);
  // On a phone the lines get short names; the full sentences are in the list above the chart.
  const wide = useMediaQuery('(min-width: 40em)');
  const markers = cliffMarkers(cliffs, CURVE_MAX_HOURS).map((marker) => ({
    hours: marker.hours,
    label: wide
      ? t(`money.curve.markers.${marker.kind}`, { hours: hoursText(marker.hours, language) })
      : t(`money.curve.shortMarkers.${marker.kind}`),
  }));
  const baseline = result.baseline.net.monthly;
  const rows = tablePoints(curve);

  return (
    <section aria-labelledby="money-curve-heading" className="money-section" data-testid="money-curve">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id="money-curve-heading">
          {t('money.curve.heading')}
        </Heading>
        <BodyLong>{t('money.curve.intro')}</BodyLong>
        <section aria-labelledby="money-cliffs-heading" className="money-cliffs" data-testid="money-cliffs">
          <Heading level="3" size="small" id="money-cliffs-heading" spacing>
            {t('money.curve.cliffsHeading')}
          </Heading>
          <ul className="money-list">
            {texts.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
        <figure className="money-chart" aria-labelledby="money-chart-title" data-testid="money-chart">
          <figcaption id="money-chart-title" className="money-chart__title">
            {t('money.curve.chartTitle')}
          </figcaption>
          {/* The chart's height is kept while it loads, so nothing below jumps when it appears. */}
          <p className="money-chart__unit" aria-hidden>
            {t('money.curve.yAxis')}
          </p>
          <div className="money-chart__frame">
            <Suspense fallback={<LoadingState label={t('money.curve.loadingChart')} />}>
              <NetIncomeChart
                curve={curve}
                baselineMonthly={baseline}
                currentHours={work.hoursPerWeek}
                currentLabel={t('money.curve.now', { hours: hoursText(work.hoursPerWeek, language) })}
                baselineLabel={t('money.curve.withoutWorkLine')}
                markers={markers}
                language={language}
                xAxisLabel={t('money.curve.xAxis')}
                hoursLabel={(hours) => t('money.curve.tooltipHours', { hours: hoursText(hours, language) })}
                amountLabel={(amount) => kr(amount, language)}
                lineName={t('money.curve.lineName')}
                maxHours={CURVE_MAX_HOURS}
                reducedMotion={reducedMotion}
              />
            </Suspense>
          </div>
        </figure>
        <ReadMore header={t('money.curve.showTable')}>
          <ScrollableTable labelledBy="money-curve-table-caption">
            <Table size="small" data-testid="money-curve-table">
              <caption id="money-curve-table-caption" className="money-caption">
                {t('money.curve.tableCaption')}
              </caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('money.curve.columns.hours')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" align="right">
                    {t('money.curve.columns.net')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" align="right">
                    {t('money.curve.columns.change')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('money.curve.columns.notes')}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {rows.map((point) => (
                  <Table.Row key={point.hoursPerWeek}>
                    <Table.HeaderCell scope="row">
                      {hoursText(point.hoursPerWeek, language)}
                      {point.hoursPerWeek === work.hoursPerWeek ? ` ${t('money.curve.current')}` : ''}
                    </Table.HeaderCell>
                    <Table.DataCell align="right">{kr(point.netMonthly, language)}</Table.DataCell>
                    <Table.DataCell align="right">
                      {changeText(point.netMonthly - baseline, language)}
                    </Table.DataCell>
                    <Table.DataCell className="money-wrap">
                      {point.flags.length === 0
                        ? t('money.flags.none')
                        : point.flags.map((flag) => flagText(flag, language)).join(' ')}
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollableTable>
        </ReadMore>
      </VStack>
    </section>
  );
}
