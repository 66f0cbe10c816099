import { RULE_YEARS } from '@ips-bridge/domain';
import {
  Checkbox,
  CheckboxGroup,
  Heading,
  Radio,
  RadioGroup,
  ReadMore,
  Select,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import {
  AAP_WORK_LIMITS,
  type MoneyField,
  type MoneyFormValues,
  type MoneyTextField,
  SITUATION_KINDS,
  SOSIALHJELP_HOUSEHOLDS,
  UFORE_HOUSEHOLDS,
} from '../../forms/moneyForm.ts';

export const moneyFieldId = (field: MoneyField): string => `money-${field}`;

export interface MoneyFieldProps {
  values: MoneyFormValues;
  /** Sets one value; text fields, radios and selects all go through here. */
  onChange: <K extends keyof MoneyFormValues>(field: K, value: MoneyFormValues[K]) => void;
  onBlur: (field: MoneyField) => void;
  errorFor: (field: MoneyField) => string | undefined;
}

/** A number field with a hint, as people type numbers (decimal comma, spaces in amounts). */
function NumberField({
  field,
  label,
  description,
  values,
  onChange,
  onBlur,
  errorFor,
  htmlSize = 14,
  decimals = false,
}: MoneyFieldProps & {
  field: MoneyTextField;
  label: string;
  description?: string;
  htmlSize?: number;
  decimals?: boolean;
}) {
  return (
    <TextField
      id={moneyFieldId(field)}
      name={field}
      label={label}
      description={description}
      inputMode={decimals ? 'decimal' : 'numeric'}
      autoComplete="off"
      htmlSize={htmlSize}
      value={values[field]}
      onChange={(event) => onChange(field, event.target.value)}
      onBlur={() => onBlur(field)}
      error={errorFor(field)}
    />
  );
}

function AapFields(props: MoneyFieldProps) {
  const { t } = useTranslation();
  const year = props.values.year;
  return (
    <VStack gap="space-20">
      <NumberField
        {...props}
        field="aapBasisIncome"
        label={t('money.situation.aap.basisIncome')}
        description={t('money.situation.aap.basisIncomeHelp')}
      />
      <NumberField
        {...props}
        field="aapAge"
        label={t('money.situation.aap.age', { year })}
        description={t('money.situation.aap.ageHelp')}
        htmlSize={6}
      />
      <NumberField
        {...props}
        field="aapChildren"
        label={t('money.situation.aap.children')}
        description={t('money.situation.aap.childrenHelp')}
        htmlSize={6}
      />
    </VStack>
  );
}

function UforetrygdFields(props: MoneyFieldProps) {
  const { t } = useTranslation();
  const { values, onChange, errorFor } = props;
  return (
    <VStack gap="space-20">
      <NumberField
        {...props}
        field="uforegrad"
        label={t('money.situation.uforetrygd.uforegrad')}
        description={t('money.situation.uforetrygd.uforegradHelp')}
        htmlSize={6}
        decimals
      />
      <RadioGroup
        id={moneyFieldId('ufHousehold')}
        legend={t('money.situation.uforetrygd.household')}
        value={values.ufHousehold}
        onChange={(value: MoneyFormValues['ufHousehold']) => onChange('ufHousehold', value)}
        error={errorFor('ufHousehold')}
      >
        {UFORE_HOUSEHOLDS.map((household) => (
          <Radio key={household} value={household}>
            {t(`money.situation.uforetrygd.households.${household}`)}
          </Radio>
        ))}
      </RadioGroup>
      <NumberField
        {...props}
        field="ufIfu"
        label={t('money.situation.uforetrygd.ifu')}
        description={t('money.situation.uforetrygd.ifuHelp')}
      />
      <NumberField
        {...props}
        field="ufMonths"
        label={t('money.situation.uforetrygd.months', { year: values.year })}
        description={t('money.situation.uforetrygd.monthsHelp')}
        htmlSize={6}
      />
      <CheckboxGroup
        legend={t('money.situation.uforetrygd.extras')}
        value={[values.ufYoungDisabled ? 'young' : null, values.ufVta ? 'vta' : null].filter(Boolean)}
        onChange={(selected: string[]) => {
          onChange('ufYoungDisabled', selected.includes('young'));
          onChange('ufVta', selected.includes('vta'));
        }}
      >
        <Checkbox value="young">{t('money.situation.uforetrygd.youngDisabled')}</Checkbox>
        <Checkbox value="vta">{t('money.situation.uforetrygd.vta')}</Checkbox>
      </CheckboxGroup>
    </VStack>
  );
}

function SosialhjelpFields(props: MoneyFieldProps) {
  const { t } = useTranslation();
  const { values, onChange, errorFor } = props;
  return (
    <VStack gap="space-20">
      <RadioGroup
        id={moneyFieldId('shHousehold')}
        legend={t('money.situation.sosialhjelp.household')}
        value={values.shHousehold}
        onChange={(value: MoneyFormValues['shHousehold']) => onChange('shHousehold', value)}
        error={errorFor('shHousehold')}
      >
        {SOSIALHJELP_HOUSEHOLDS.map((household) => (
          <Radio key={household} value={household}>
            {t(`money.situation.sosialhjelp.households.${household}`)}
          </Radio>
        ))}
      </RadioGroup>
      <NumberField
        {...props}
        field="shHousing"
        label={t('money.situation.sosialhjelp.housing')}
        description={t('money.situation.sosialhjelp.housingHelp')}
      />
      <TextField
        id={moneyFieldId('shChildAges')}
        name="shChildAges"
        label={t('money.situation.sosialhjelp.childAges')}
        description={t('money.situation.sosialhjelp.childAgesHelp')}
        autoComplete="off"
        htmlSize={14}
        value={values.shChildAges}
        onChange={(event) => onChange('shChildAges', event.target.value)}
        onBlur={() => props.onBlur('shChildAges')}
        error={errorFor('shChildAges')}
      />
    </VStack>
  );
}

/** The optional figures from the decision, and the year; opened by the page when one of them has an error. */
function MoreFields(props: MoneyFieldProps) {
  const { t } = useTranslation();
  const { values, onChange, errorFor } = props;
  const years = RULE_YEARS.includes(Number(values.year)) ? RULE_YEARS : [...RULE_YEARS, Number(values.year)];
  return (
    <VStack gap="space-20">
      {values.kind === 'aap' ? (
        <RadioGroup
          id={moneyFieldId('aapWorkLimit')}
          legend={t('money.situation.aap.workLimit')}
          description={t('money.situation.aap.workLimitHelp')}
          value={values.aapWorkLimit}
          onChange={(value: MoneyFormValues['aapWorkLimit']) => onChange('aapWorkLimit', value)}
          error={errorFor('aapWorkLimit')}
        >
          {AAP_WORK_LIMITS.map((limit) => (
            <Radio key={limit} value={limit}>
              {t(`money.situation.aap.workLimits.${limit}`)}
            </Radio>
          ))}
        </RadioGroup>
      ) : null}
      {values.kind === 'uforetrygd' ? (
        <>
          <NumberField
            {...props}
            field="ufYearlyBenefit"
            label={t('money.situation.uforetrygd.yearlyBenefit')}
            description={t('money.situation.uforetrygd.yearlyBenefitHelp')}
          />
          <NumberField
            {...props}
            field="ufIeu"
            label={t('money.situation.uforetrygd.ieu')}
            description={t('money.situation.uforetrygd.ieuHelp')}
          />
          <NumberField
            {...props}
            field="ufKompensasjonsgrad"
            label={t('money.situation.uforetrygd.kompensasjonsgrad')}
            description={t('money.situation.uforetrygd.kompensasjonsgradHelp')}
            htmlSize={6}
            decimals
          />
          <NumberField
            {...props}
            field="ufIndividualLimit"
            label={t('money.situation.uforetrygd.individualLimit')}
            description={t('money.situation.uforetrygd.individualLimitHelp')}
          />
        </>
      ) : null}
      {values.kind === 'sosialhjelp' ? (
        <NumberField
          {...props}
          field="shNorm"
          label={t('money.situation.sosialhjelp.norm')}
          description={t('money.situation.sosialhjelp.normHelp')}
        />
      ) : null}
      <Select
        id={moneyFieldId('year')}
        label={t('money.situation.year')}
        description={t('money.situation.yearHelp')}
        value={values.year}
        onChange={(event) => onChange('year', event.target.value)}
        error={errorFor('year')}
        className="money-year-select"
      >
        {years.map((year) => (
          <option key={year} value={String(year)}>
            {year}
          </option>
        ))}
      </Select>
    </VStack>
  );
}

/**
 * "Which benefit do you get now?" with a one-line explanation of each, then only the few figures that benefit
 * needs. The rest is one step away under "More details".
 */
export function SituationFields(
  props: MoneyFieldProps & { moreOpen: boolean; onMoreOpenChange: (open: boolean) => void },
) {
  const { t } = useTranslation();
  const { values, onChange, errorFor, moreOpen, onMoreOpenChange } = props;
  return (
    <section aria-labelledby="money-situation-heading" className="money-panel">
      <VStack gap="space-20">
        <Heading level="2" size="medium" id="money-situation-heading">
          {t('money.situation.heading')}
        </Heading>
        <RadioGroup
          id={moneyFieldId('kind')}
          legend={t('money.situation.legend')}
          value={values.kind}
          onChange={(value: MoneyFormValues['kind']) => onChange('kind', value)}
          error={errorFor('kind')}
        >
          {SITUATION_KINDS.map((kind) => (
            <Radio key={kind} value={kind} description={t(`money.situation.kindHelp.${kind}`)}>
              {t(`money.situation.kinds.${kind}`)}
            </Radio>
          ))}
        </RadioGroup>
        {values.kind === 'aap' ? <AapFields {...props} /> : null}
        {values.kind === 'uforetrygd' ? <UforetrygdFields {...props} /> : null}
        {values.kind === 'sosialhjelp' ? <SosialhjelpFields {...props} /> : null}
        <ReadMore header={t('money.situation.more')} open={moreOpen} onOpenChange={onMoreOpenChange}>
          <MoreFields {...props} />
        </ReadMore>
      </VStack>
    </section>
  );
}
