import type { ScenarioResult } from '@ips-bridge/domain';
import { ExclamationmarkTriangleIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Heading, Link, VStack } from '@navikt/ds-react';
import type { MouseEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import type { Calculation, MoneyField } from '../../forms/moneyForm.ts';
import { useDebouncedValue } from '../../hooks/useDebouncedValue.ts';
import { explanationText } from '../../i18n/benefitTexts.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { flagText, kr } from './moneyText.ts';
import { moneyFieldId } from './SituationFields.tsx';

function focusField(event: MouseEvent<HTMLAnchorElement>, field: MoneyField): void {
  const element = document.getElementById(moneyFieldId(field));
  if (!element) return;
  event.preventDefault();
  element.focus();
  element.scrollIntoView({ block: 'center' });
}

/** The difference in words (more, less, the same), so it never depends on colour. */
function Difference({ baseline, scenario }: { baseline: ScenarioResult; scenario: ScenarioResult }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const difference = scenario.net.monthly - baseline.net.monthly;
  if (difference === 0) return <BodyLong size="large">{t('money.result.same')}</BodyLong>;
  const amount = kr(Math.abs(difference), language);
  return (
    <BodyLong size="large" weight="semibold" data-testid="money-difference">
      {difference > 0 ? t('money.result.more', { amount }) : t('money.result.less', { amount })}
    </BodyLong>
  );
}

export interface MissingField {
  field: MoneyField;
  name: string;
}

/**
 * "Without work: X kr a month. With this job: Y kr a month." Big and clear, updated as the figures change, with
 * the notes for this job in words and the disclaimer always beside it. While a figure is missing or wrong, it says
 * which, instead of showing a number.
 */
export function ResultPanel({
  calculation,
  missing,
  errorEntries,
  generalError,
  showErrors,
  summaryRef,
}: {
  calculation: Calculation;
  missing: MissingField[];
  errorEntries: { fieldId: string; message: string }[];
  /** A problem the calculation found that is not tied to one field. */
  generalError: string | null;
  /** After "Save" with figures missing: list them as errors instead of as a gentle hint. */
  showErrors: boolean;
  summaryRef: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ok = calculation.status === 'ok' ? calculation : null;
  const baseline = ok?.result.baseline;
  const scenario = ok?.result.scenarios[0];
  const live =
    baseline && scenario
      ? t('money.result.summaryLive', {
          without: kr(baseline.net.monthly, language),
          with: kr(scenario.net.monthly, language),
        })
      : '';
  const announced = useDebouncedValue(live, 800);

  return (
    <section aria-labelledby="money-result-heading" className="money-result" data-testid="money-result">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id="money-result-heading">
          {t('money.result.heading')}
        </Heading>
        {baseline && scenario ? (
          <>
            <dl className="money-result__figures">
              <div>
                <dt>{t('money.result.withoutWork')}</dt>
                <dd>
                  <span
                    className="money-result__amount"
                    data-testid="net-without-work"
                    data-value={baseline.net.monthly}
                  >
                    {kr(baseline.net.monthly, language)}
                  </span>{' '}
                  <span>{t('money.result.perMonth')}</span>
                </dd>
              </div>
              <div>
                <dt>{t('money.result.withJob')}</dt>
                <dd>
                  <span
                    className="money-result__amount"
                    data-testid="net-with-work"
                    data-value={scenario.net.monthly}
                  >
                    {kr(scenario.net.monthly, language)}
                  </span>{' '}
                  <span>{t('money.result.perMonth')}</span>
                </dd>
              </div>
            </dl>
            <Difference baseline={baseline} scenario={scenario} />
            <BodyShort size="small" textColor="subtle">
              {t('money.result.afterTax')}
            </BodyShort>
            {scenario.flags.length > 0 ? (
              <VStack gap="space-8" data-testid="money-flags">
                <Heading level="3" size="xsmall">
                  {t('money.result.notesHeading')}
                </Heading>
                <ul className="money-notes">
                  {scenario.flags.map((flag) => (
                    <li key={flag}>
                      <ExclamationmarkTriangleIcon aria-hidden className="money-notes__icon" />
                      <span>{flagText(flag, language)}</span>
                    </li>
                  ))}
                </ul>
              </VStack>
            ) : null}
          </>
        ) : null}
        {calculation.status === 'incomplete' && !showErrors ? (
          <Alert variant="info" size="small">
            <VStack gap="space-8">
              <BodyShort weight="semibold">{t('money.result.incompleteHeading')}</BodyShort>
              <ul className="money-missing">
                {missing.map((item) => (
                  <li key={item.field}>
                    <Link
                      href={`#${moneyFieldId(item.field)}`}
                      onClick={(event) => focusField(event, item.field)}
                    >
                      {item.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </VStack>
          </Alert>
        ) : null}
        {calculation.status === 'invalid' || (calculation.status === 'incomplete' && showErrors) ? (
          <VStack gap="space-8">
            {calculation.status === 'invalid' ? <BodyShort>{t('money.result.invalid')}</BodyShort> : null}
            <FormErrorSummary ref={summaryRef} entries={errorEntries} />
            {generalError ? (
              <Alert variant="error" size="small">
                {generalError}
              </Alert>
            ) : null}
          </VStack>
        ) : null}
        <Alert variant="info" size="small" data-testid="money-disclaimer">
          <Heading level="3" size="xsmall" spacing>
            {t('money.result.disclaimerHeading')}
          </Heading>
          <BodyShort size="small">{explanationText({ code: 'disclaimer', params: {} }, language)}</BodyShort>
          {ok ? (
            <BodyShort size="small" className="money-disclaimer__more">
              {ok.result.unverifiedParameters.length > 0
                ? `${t('money.result.unverifiedNote', { count: ok.result.unverifiedParameters.length })} `
                : ''}
              {t('money.result.notCoveredNote', { count: ok.result.notCovered.length })}
            </BodyShort>
          ) : null}
        </Alert>
        <div aria-live="polite" className="sr-only">
          {announced}
        </div>
      </VStack>
    </section>
  );
}
