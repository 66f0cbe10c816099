import type { BenefitKind, EstimateResult, ExplanationStep, MoneyAmount } from '@ips-bridge/domain';
import { BodyLong, BodyShort, Detail, ExpansionCard, Heading, Table, Tag, VStack } from '@navikt/ds-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../components/DetailList.tsx';
import { ScrollableTable } from '../../components/ScrollableTable.tsx';
import { explanationText } from '../../i18n/benefitTexts.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { grunnbelopOf, keyFigureRows, kr, lawText } from './moneyText.ts';

/** One explanation step: the text, its legal reference, and a visible marker when it is not verified. */
function Step({ step }: { step: ExplanationStep }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li className="money-step" data-testid="money-step" data-verified={step.reference.verified}>
      <BodyLong>{explanationText(step, language)}</BodyLong>
      <div className="money-step__reference">
        <Detail as="span" textColor="subtle">
          {t('money.details.law', { law: lawText(t, step.reference.law) })}
        </Detail>
        {step.reference.verified ? null : (
          <Tag variant="warning" size="xsmall" title={t('money.details.notVerifiedHelp')}>
            {t('money.details.notVerified')}
          </Tag>
        )}
      </div>
    </li>
  );
}

interface MoneyRow {
  key: string;
  label: string;
  without: MoneyAmount;
  with: MoneyAmount;
  sign?: -1;
  strong?: boolean;
}

function benefitRows(t: TFunction, result: EstimateResult): MoneyRow[] {
  const scenario = result.scenarios[0];
  if (!scenario) return [];
  const kinds: BenefitKind[] = result.baseline.benefits.map((b) => b.kind);
  const zero: MoneyAmount = { yearly: 0, monthly: 0 };
  return kinds.map((kind) => ({
    key: kind,
    label: t(`money.details.benefits.${kind}`),
    without: result.baseline.benefits.find((b) => b.kind === kind) ?? zero,
    with: scenario.benefits.find((b) => b.kind === kind) ?? zero,
  }));
}

/**
 * "See how we calculated": work income, each benefit after reduction, tax and net, per month and per year; every
 * step in words with its legal reference; what the estimate rests on, which figures are not verified, and what it
 * does not cover. One step away from the simple answer, closed at first.
 */
export function CalculationDetails({ result }: { result: EstimateResult }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const scenario = result.scenarios[0];
  if (!scenario) return null;
  const g = grunnbelopOf(result.situationSteps);
  const rows: MoneyRow[] = [
    { key: 'work', label: t('money.details.rows.work'), without: result.baseline.work, with: scenario.work },
    ...benefitRows(t, result),
    {
      key: 'tax',
      label: t('money.details.rows.tax'),
      without: result.baseline.tax,
      with: scenario.tax,
      sign: -1,
    },
    {
      key: 'net',
      label: t('money.details.rows.net'),
      without: result.baseline.net,
      with: scenario.net,
      strong: true,
    },
  ];
  const amount = (value: number, sign?: -1) =>
    sign === -1 && value !== 0
      ? t('money.details.taxMinus', { amount: kr(value, language) })
      : kr(value, language);
  const keyRows = keyFigureRows(t, result.keyFigures, language);

  return (
    <ExpansionCard aria-labelledby="money-details-title" size="small" data-testid="money-details">
      <ExpansionCard.Header>
        <ExpansionCard.Title as="h2" size="small" id="money-details-title">
          {t('money.details.toggle')}
        </ExpansionCard.Title>
        <ExpansionCard.Description>{t('money.details.toggleHelp')}</ExpansionCard.Description>
      </ExpansionCard.Header>
      <ExpansionCard.Content>
        <VStack gap="space-24">
          {g !== null ? (
            <BodyLong>
              {t('money.details.gExplained', { year: result.year, amount: kr(g, language) })}
            </BodyLong>
          ) : null}
          <section aria-labelledby="money-key-figures-heading">
            <Heading level="3" size="small" id="money-key-figures-heading" spacing>
              {t('money.details.keyFiguresHeading')}
            </Heading>
            {keyRows.length > 0 ? (
              <DetailList details={keyRows} />
            ) : (
              <BodyLong>{t('money.keyFigures.none')}</BodyLong>
            )}
          </section>
          <section aria-labelledby="money-amounts-heading">
            <Heading level="3" size="small" id="money-amounts-heading" spacing>
              {t('money.details.tableHeading')}
            </Heading>
            <ScrollableTable labelledBy="money-amounts-heading">
              <Table size="small" data-testid="money-amounts">
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('money.details.columns.item')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" align="right">
                      {t('money.details.columns.withoutMonth')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" align="right">
                      {t('money.details.columns.withoutYear')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" align="right">
                      {t('money.details.columns.withMonth')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" align="right">
                      {t('money.details.columns.withYear')}
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {rows.map((row) => (
                    <Table.Row key={row.key} className={row.strong ? 'money-row--total' : undefined}>
                      <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                      <Table.DataCell align="right">{amount(row.without.monthly, row.sign)}</Table.DataCell>
                      <Table.DataCell align="right">{amount(row.without.yearly, row.sign)}</Table.DataCell>
                      <Table.DataCell align="right">{amount(row.with.monthly, row.sign)}</Table.DataCell>
                      <Table.DataCell align="right">{amount(row.with.yearly, row.sign)}</Table.DataCell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollableTable>
          </section>
          <section aria-labelledby="money-steps-heading">
            <Heading level="3" size="small" id="money-steps-heading" spacing>
              {t('money.details.stepsHeading')}
            </Heading>
            <BodyShort spacing>{t('money.details.stepsIntro')}</BodyShort>
            <ol className="money-steps">
              {scenario.steps.map((step, index) => (
                // Steps have no id of their own; their order is fixed for one result.
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole for each result.
                <Step key={`${step.code}-${index}`} step={step} />
              ))}
            </ol>
          </section>
          {result.caveats.length > 0 ? (
            <section aria-labelledby="money-caveats-heading">
              <Heading level="3" size="small" id="money-caveats-heading" spacing>
                {t('money.details.caveatsHeading')}
              </Heading>
              <ul className="money-list">
                {result.caveats.map((caveat, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole for each result.
                  <Step key={`${caveat.code}-${index}`} step={caveat} />
                ))}
              </ul>
            </section>
          ) : null}
          {result.unverifiedParameters.length > 0 ? (
            <section aria-labelledby="money-unverified-heading">
              <Heading level="3" size="small" id="money-unverified-heading" spacing>
                {t('money.details.unverifiedHeading')}
              </Heading>
              <ScrollableTable labelledBy="money-unverified-heading">
                <Table size="small">
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell scope="col">
                        {t('money.details.unverifiedColumns.parameter')}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col">
                        {t('money.details.unverifiedColumns.value')}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col">
                        {t('money.details.unverifiedColumns.law')}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col">
                        {t('money.details.unverifiedColumns.source')}
                      </Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {result.unverifiedParameters.map((parameter) => (
                      <Table.Row key={`${parameter.id}-${parameter.year}`}>
                        <Table.HeaderCell scope="row">{parameter.id}</Table.HeaderCell>
                        <Table.DataCell>{parameter.value}</Table.DataCell>
                        <Table.DataCell>{parameter.law}</Table.DataCell>
                        <Table.DataCell className="money-wrap">{parameter.source}</Table.DataCell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </ScrollableTable>
            </section>
          ) : null}
          <section aria-labelledby="money-not-covered-heading">
            <Heading level="3" size="small" id="money-not-covered-heading" spacing>
              {t('money.details.notCoveredHeading')}
            </Heading>
            <ul className="money-list">
              {result.notCovered.map((item) => (
                <li key={item.code}>{explanationText(item, language)}</li>
              ))}
            </ul>
          </section>
        </VStack>
      </ExpansionCard.Content>
    </ExpansionCard>
  );
}
