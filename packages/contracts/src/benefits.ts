import {
  MAX_AAP_AGE,
  MAX_AMOUNT,
  MAX_CHILD_AGE,
  MAX_CHILDREN,
  MAX_HOURLY_WAGE,
  MAX_HOURS_PER_WEEK,
  MAX_KOMPENSASJONSGRAD,
  MAX_LABEL_LENGTH,
  MAX_MONTHS_RECEIVED,
  MAX_SCENARIOS,
  MAX_UFOREGRAD,
  MAX_WEEKS_PER_YEAR,
  MIN_AAP_AGE,
  MIN_SCENARIOS,
  RULE_YEARS,
} from '@ips-bridge/domain';
import { z } from 'zod';
import { isoDate, uuid } from './common.ts';

/**
 * The benefits estimate's input, validated with the same limits the calculation enforces (packages/domain
 * benefits/limits.ts), so a bad value is a 400 naming the field, never a silent zero.
 */
const kroner = z.number().min(0).max(MAX_AMOUNT);

export const workScenarioSchema = z.strictObject({
  label: z.string().trim().max(MAX_LABEL_LENGTH).optional(),
  hoursPerWeek: z.number().min(0).max(MAX_HOURS_PER_WEEK),
  hourlyWage: z.number().min(0).max(MAX_HOURLY_WAGE),
  weeksPerYear: z.number().min(0).max(MAX_WEEKS_PER_YEAR),
});

export const benefitSituationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({
    kind: z.literal('uforetrygd'),
    uforegrad: z.number().min(0).max(MAX_UFOREGRAD),
    household: z.enum(['single', 'couple']),
    youngDisabled: z.boolean().optional(),
    yearlyBenefitBeforeReduction: kroner.optional(),
    incomeBeforeDisability: kroner.optional(),
    incomeAfterDisability: kroner.optional(),
    kompensasjonsgrad: z.number().min(0).max(MAX_KOMPENSASJONSGRAD).optional(),
    individualIncomeLimit: kroner.optional(),
    vta: z.boolean().optional(),
    monthsReceivedBeforeYear: z.number().int().min(0).max(MAX_MONTHS_RECEIVED),
  }),
  z.strictObject({
    kind: z.literal('aap'),
    basisIncome: kroner,
    age: z.number().int().min(MIN_AAP_AGE).max(MAX_AAP_AGE),
    children: z.number().int().min(0).max(MAX_CHILDREN),
    workLimit: z.enum(['standard', 'occupational_injury', 'gradual_return']).optional(),
  }),
  z.strictObject({
    kind: z.literal('sosialhjelp'),
    household: z.enum(['single', 'couple', 'shared_housing']),
    childAges: z.array(z.number().int().min(0).max(MAX_CHILD_AGE)).max(MAX_CHILDREN).optional(),
    monthlyHousingCost: kroner,
    monthlyNorm: kroner.optional(),
  }),
]);

export const estimateInputSchema = z
  .strictObject({
    year: z
      .number()
      .int()
      .refine((y) => RULE_YEARS.includes(y), {
        message: `No rule data for this year; use one of ${RULE_YEARS.join(', ')}`,
      }),
    situation: benefitSituationSchema,
    scenarios: z.array(workScenarioSchema).min(MIN_SCENARIOS).max(MAX_SCENARIOS),
  })
  .meta({ id: 'EstimateInput' });

/**
 * The result is described loosely for OpenAPI (its full type is `EstimateResult` in @ips-bridge/domain); every
 * money figure is whole kroner, `steps` explain each rule with its legal reference.
 */
export const estimateResultSchema = z
  .looseObject({
    year: z.number().int(),
    situation: z.string(),
    keyFigures: z.looseObject({ kind: z.string() }),
    baseline: z.looseObject({}),
    scenarios: z.array(z.looseObject({})).readonly(),
    situationSteps: z.array(z.looseObject({})).readonly(),
    caveats: z.array(z.looseObject({})).readonly(),
    unverifiedParameters: z.array(z.looseObject({})).readonly(),
    notCovered: z.array(z.looseObject({})).readonly(),
    disclaimer: z.looseObject({}),
  })
  .meta({ id: 'EstimateResult' });

export const saveScenarioBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  input: estimateInputSchema,
});

export const savedScenarioSchema = z
  .object({
    id: uuid,
    name: z.string(),
    input: estimateInputSchema,
    /** Net per month in the baseline and in each work scenario, as calculated when it was saved. */
    summary: z.object({
      year: z.number().int(),
      baselineNetMonthly: z.number(),
      scenarioNetMonthly: z.array(z.number()),
    }),
    createdBy: z.object({ id: uuid, displayName: z.string() }).nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'SavedScenario' });

export const navQuestionBody = z.strictObject({
  question: z.string().trim().min(1).max(2000),
  scenarioId: uuid.nullish(),
});

export const navAnswerBody = z.strictObject({
  answer: z.string().trim().min(1).max(4000),
  answeredOn: isoDate,
});

export const navQuestionSchema = z
  .object({
    id: uuid,
    scenarioId: uuid.nullable(),
    question: z.string(),
    askedBy: z.object({ id: uuid, displayName: z.string() }).nullable(),
    askedAt: z.iso.datetime(),
    answer: z.string().nullable(),
    answeredOn: z.string().nullable(),
    answeredBy: z.object({ id: uuid, displayName: z.string() }).nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'NavQuestion' });

export const moneyPlanSchema = z
  .object({ scenarios: z.array(savedScenarioSchema), questions: z.array(navQuestionSchema) })
  .meta({ id: 'MoneyPlan' });

export type EstimateInputBody = z.input<typeof estimateInputSchema>;
export type SavedScenario = z.output<typeof savedScenarioSchema>;
export type NavQuestion = z.output<typeof navQuestionSchema>;
export type MoneyPlan = z.output<typeof moneyPlanSchema>;
