import type { EstimateResult, WorkScenario } from '@ips-bridge/domain';
import { PlusIcon, XMarkIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Button, Heading, HStack, Table, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { ScrollableTable } from '../../components/ScrollableTable.tsx';
import { containsWork, MAX_COMPARED } from '../../forms/moneyForm.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { flagText, hoursText, kr, workName } from './moneyText.ts';

function change(value: number, language: ReturnType<typeof useLanguage>): string {
  if (value === 0) return kr(0, language);
  return `${value > 0 ? '+' : '−'}${kr(Math.abs(value), language)}`;
}

/**
 * Up to four work scenarios side by side with no work: hours, wage, weeks, net a month, the change from no work,
 * and the notes in words. `result` holds the current scenario first, then the compared ones in order.
 */
export function CompareSection({
  compared,
  current,
  result,
  onAdd,
  onRemove,
  onUse,
  onClear,
}: {
  compared: readonly WorkScenario[];
  current: WorkScenario | null;
  result: EstimateResult | null;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onUse: (index: number) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const full = compared.length >= MAX_COMPARED;
  const already = current !== null && containsWork(compared, current);
  const baseline = result?.baseline;
  const results = result ? result.scenarios.slice(1) : [];
  const shown = baseline && results.length === compared.length;
  // The same work is never compared twice, so hours, wage and weeks name a column.
  const columns = compared.flatMap((scenario, index) => {
    const columnResult = results[index];
    if (!columnResult) return [];
    const key = `${scenario.hoursPerWeek}-${scenario.hourlyWage}-${scenario.weeksPerYear}`;
    return [{ key, scenario, index, result: columnResult }];
  });

  return (
    <section aria-labelledby="money-compare-heading" className="money-section" data-testid="money-compare">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id="money-compare-heading">
          {t('money.compare.heading')}
        </Heading>
        <BodyLong>{t('money.compare.intro')}</BodyLong>
        <HStack gap="space-12" wrap align="center">
          <Button
            type="button"
            variant="secondary"
            icon={<PlusIcon aria-hidden />}
            onClick={onAdd}
            disabled={full || already || current === null}
            data-testid="money-compare-add"
          >
            {t('money.compare.add')}
          </Button>
          {compared.length > 0 ? (
            <Button type="button" variant="tertiary" onClick={onClear}>
              {t('money.compare.clear')}
            </Button>
          ) : null}
        </HStack>
        {full ? <BodyShort size="small">{t('money.compare.full')}</BodyShort> : null}
        {!full && already ? <BodyShort size="small">{t('money.compare.already')}</BodyShort> : null}
        {compared.length === 0 ? <BodyShort>{t('money.compare.empty')}</BodyShort> : null}
        {compared.length > 0 && !shown ? <BodyShort>{t('money.compare.notShown')}</BodyShort> : null}
        {compared.length > 0 && shown && baseline ? (
          <ScrollableTable labelledBy="money-compare-table-caption">
            <Table size="small" data-testid="money-compare-table" className="money-compare-table">
              <caption id="money-compare-table-caption" className="money-caption">
                {t('money.compare.tableHeading')}
              </caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">
                    <span className="sr-only">{t('money.details.columns.item')}</span>
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('money.compare.withoutWork')}</Table.HeaderCell>
                  {columns.map(({ key, scenario, index }) => {
                    const name = workName(t, scenario, language);
                    return (
                      <Table.HeaderCell scope="col" key={key} data-testid="money-compare-column">
                        <VStack gap="space-4" align="start">
                          <span>{name}</span>
                          <HStack gap="space-4" wrap={false}>
                            <Button
                              type="button"
                              size="xsmall"
                              variant="tertiary"
                              onClick={() => onUse(index)}
                              aria-label={t('money.compare.useLabel', { name })}
                            >
                              {t('money.compare.use')}
                            </Button>
                            <Button
                              type="button"
                              size="xsmall"
                              variant="tertiary"
                              icon={<XMarkIcon aria-hidden />}
                              onClick={() => onRemove(index)}
                              aria-label={t('money.compare.removeLabel', { name })}
                            >
                              {t('money.compare.remove')}
                            </Button>
                          </HStack>
                        </VStack>
                      </Table.HeaderCell>
                    );
                  })}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                <Table.Row>
                  <Table.HeaderCell scope="row">{t('money.compare.rows.hours')}</Table.HeaderCell>
                  <Table.DataCell>0</Table.DataCell>
                  {columns.map(({ key, scenario }) => (
                    <Table.DataCell key={key}>{hoursText(scenario.hoursPerWeek, language)}</Table.DataCell>
                  ))}
                </Table.Row>
                <Table.Row>
                  <Table.HeaderCell scope="row">{t('money.compare.rows.wage')}</Table.HeaderCell>
                  <Table.DataCell>–</Table.DataCell>
                  {columns.map(({ key, scenario }) => (
                    <Table.DataCell key={key}>{kr(scenario.hourlyWage, language)}</Table.DataCell>
                  ))}
                </Table.Row>
                <Table.Row>
                  <Table.HeaderCell scope="row">{t('money.compare.rows.weeks')}</Table.HeaderCell>
                  <Table.DataCell>–</Table.DataCell>
                  {columns.map(({ key, scenario }) => (
                    <Table.DataCell key={key}>{hoursText(scenario.weeksPerYear, language)}</Table.DataCell>
                  ))}
                </Table.Row>
                <Table.Row className="money-row--total">
                  <Table.HeaderCell scope="row">{t('money.compare.rows.net')}</Table.HeaderCell>
                  <Table.DataCell>{kr(baseline.net.monthly, language)}</Table.DataCell>
                  {columns.map(({ key, result: scenario }) => (
                    <Table.DataCell
                      key={key}
                      data-testid="money-compare-net"
                      data-value={scenario.net.monthly}
                    >
                      {kr(scenario.net.monthly, language)}
                    </Table.DataCell>
                  ))}
                </Table.Row>
                <Table.Row>
                  <Table.HeaderCell scope="row">{t('money.compare.rows.change')}</Table.HeaderCell>
                  <Table.DataCell>–</Table.DataCell>
                  {columns.map(({ key, result: scenario }) => (
                    <Table.DataCell key={key}>
                      {change(scenario.net.monthly - baseline.net.monthly, language)}
                    </Table.DataCell>
                  ))}
                </Table.Row>
                <Table.Row>
                  <Table.HeaderCell scope="row">{t('money.compare.rows.notes')}</Table.HeaderCell>
                  <Table.DataCell>–</Table.DataCell>
                  {columns.map(({ key, result: scenario }) => (
                    <Table.DataCell key={key} className="money-wrap money-compare-notes">
                      {scenario.flags.length === 0
                        ? t('money.flags.none')
                        : scenario.flags.map((flag) => flagText(flag, language)).join(' ')}
                    </Table.DataCell>
                  ))}
                </Table.Row>
              </Table.Body>
            </Table>
          </ScrollableTable>
        ) : null}
      </VStack>
    </section>
  );
}
