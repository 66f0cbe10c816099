import { MAX_HOURS_PER_WEEK } from '@ips-bridge/domain';
import { MinusIcon, PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Fieldset, Heading, HStack, TextField, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CURVE_MAX_HOURS, CURVE_STEP_HOURS } from '../../forms/moneyForm.ts';
import { decimalForInput, parseDecimal } from '../../forms/numbers.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { hoursText } from './moneyText.ts';
import { type MoneyFieldProps, moneyFieldId } from './SituationFields.tsx';

/** Whole steps for the − and + buttons: 10 → 11, 22.5 → 23 and 22.5 → 22. */
function stepHours(current: number, direction: 1 | -1): number {
  const next = direction === 1 ? Math.floor(current) + 1 : Math.ceil(current) - 1;
  return Math.min(MAX_HOURS_PER_WEEK, Math.max(0, next));
}

/**
 * Hours a week three ways, all the same value: a slider (arrow keys move half an hour), − and + buttons, and a
 * number field for any value up to the calculation's limit. Then the hourly wage and the weeks a year.
 */
export function WorkFields(props: MoneyFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { values, onChange, onBlur, errorFor } = props;
  const sliderHelpId = useId();
  const parsed = parseDecimal(values.hours);
  const hours = parsed !== null && Number.isFinite(parsed) ? parsed : null;
  const sliderValue = Math.min(CURVE_MAX_HOURS, Math.max(0, hours ?? 0));
  const hoursError = errorFor('hours');

  const setHours = (value: number) => onChange('hours', decimalForInput(value, language));

  return (
    <section aria-labelledby="money-work-heading" className="money-panel">
      <VStack gap="space-20">
        <Heading level="2" size="medium" id="money-work-heading">
          {t('money.work.heading')}
        </Heading>
        <Fieldset
          legend={t('money.work.hoursLegend')}
          description={t('money.work.hoursHelp')}
          error={hoursError}
        >
          <VStack gap="space-12">
            <div className="money-slider">
              <label htmlFor="money-hours-slider" className="sr-only">
                {t('money.work.hoursSlider')}
              </label>
              <input
                id="money-hours-slider"
                type="range"
                min={0}
                max={CURVE_MAX_HOURS}
                step={CURVE_STEP_HOURS}
                value={sliderValue}
                aria-valuetext={t('money.work.hoursValue', { hours: hoursText(sliderValue, language) })}
                aria-describedby={sliderHelpId}
                onChange={(event) => setHours(Number(event.target.value))}
                onBlur={() => onBlur('hours')}
              />
              <div className="money-slider__scale" id={sliderHelpId} aria-hidden>
                <span>0</span>
                <span>{hoursText(CURVE_MAX_HOURS / 2, language)}</span>
                <span>{hoursText(CURVE_MAX_HOURS, language)}</span>
              </div>
            </div>
            <HStack gap="space-8" align="center" wrap>
              <Button
                type="button"
                variant="secondary"
                icon={<MinusIcon aria-hidden />}
                onClick={() => setHours(stepHours(hours ?? 0, -1))}
                disabled={hours !== null && hours <= 0}
                aria-controls={moneyFieldId('hours')}
                title={t('money.work.less')}
              >
                <span className="sr-only">{t('money.work.less')}</span>
              </Button>
              <TextField
                id={moneyFieldId('hours')}
                name="hours"
                label={t('money.work.hours')}
                hideLabel
                inputMode="decimal"
                autoComplete="off"
                htmlSize={6}
                value={values.hours}
                onChange={(event) => onChange('hours', event.target.value)}
                onBlur={() => onBlur('hours')}
                className="money-hours-input"
              />
              <Button
                type="button"
                variant="secondary"
                icon={<PlusIcon aria-hidden />}
                onClick={() => setHours(stepHours(hours ?? 0, 1))}
                disabled={hours !== null && hours >= MAX_HOURS_PER_WEEK}
                aria-controls={moneyFieldId('hours')}
                title={t('money.work.more')}
              >
                <span className="sr-only">{t('money.work.more')}</span>
              </Button>
              <BodyShort as="span" className="money-hours-unit" aria-hidden>
                {t('money.work.hoursLegend').toLocaleLowerCase()}
              </BodyShort>
            </HStack>
          </VStack>
        </Fieldset>
        <TextField
          id={moneyFieldId('wage')}
          name="wage"
          label={t('money.work.wage')}
          description={t('money.work.wageHelp')}
          inputMode="decimal"
          autoComplete="off"
          htmlSize={10}
          value={values.wage}
          onChange={(event) => onChange('wage', event.target.value)}
          onBlur={() => onBlur('wage')}
          error={errorFor('wage')}
        />
        <TextField
          id={moneyFieldId('weeks')}
          name="weeks"
          label={t('money.work.weeks')}
          description={t('money.work.weeksHelp')}
          inputMode="decimal"
          autoComplete="off"
          htmlSize={6}
          value={values.weeks}
          onChange={(event) => onChange('weeks', event.target.value)}
          onBlur={() => onBlur('weeks')}
          error={errorFor('weeks')}
        />
      </VStack>
    </section>
  );
}
