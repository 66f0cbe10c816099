import { readFile } from 'node:fs/promises';
import { estimateInputSchema } from '@ips-bridge/contracts';
import {
  BENEFITS_LOCALES,
  BenefitsInputError,
  type BenefitsLocale,
  type EstimateResult,
  estimateBenefits,
  explanationText,
  type ScenarioResult,
} from '@ips-bridge/domain';
import { print, UsageError } from '../exit.ts';

export interface EstimateOptions {
  input?: string;
  format: 'json' | 'text';
  locale: string;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const BENEFIT_LABELS: Record<string, Record<BenefitsLocale, string>> = {
  uforetrygd: { nb: 'Uføretrygd', nn: 'Uføretrygd', en: 'Disability benefit (uføretrygd)' },
  aap: {
    nb: 'Arbeidsavklaringspenger',
    nn: 'Arbeidsavklaringspengar',
    en: 'Work assessment allowance (AAP)',
  },
  aap_child_supplement: { nb: 'Barnetillegg', nn: 'Barnetillegg', en: 'Child supplement' },
  sosialhjelp: { nb: 'Sosialhjelp', nn: 'Sosialhjelp', en: 'Social assistance' },
};

function kroner(value: number, locale: BenefitsLocale): string {
  return `${new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nb-NO').format(value)} kr`;
}

function scenarioText(s: ScenarioResult, locale: BenefitsLocale): string[] {
  const title = s.isBaseline
    ? locale === 'en'
      ? 'Without work'
      : 'Uten jobb'
    : `${s.label ?? ''} ${s.hoursPerWeek} h/${locale === 'en' ? 'week' : 'uke'} × ${kroner(s.hourlyWage, locale)}`.trim();
  const lines = [
    `## ${title}`,
    `${locale === 'en' ? 'Work income' : 'Arbeidsinntekt'}: ${kroner(s.work.monthly, locale)} / ${locale === 'en' ? 'month' : 'mnd'}`,
    ...s.benefits.map(
      (b) =>
        `${BENEFIT_LABELS[b.kind]?.[locale] ?? b.kind}: ${kroner(b.monthly, locale)} / ${locale === 'en' ? 'month' : 'mnd'}`,
    ),
    `${locale === 'en' ? 'Tax' : 'Skatt'}: ${kroner(s.tax.monthly, locale)} / ${locale === 'en' ? 'month' : 'mnd'}`,
    `${locale === 'en' ? 'Net' : 'Netto'}: ${kroner(s.net.monthly, locale)} / ${locale === 'en' ? 'month' : 'mnd'} (${kroner(s.net.yearly, locale)} / ${locale === 'en' ? 'year' : 'år'})`,
  ];
  if (s.flags.length > 0) lines.push(`! ${s.flags.join(', ')}`);
  for (const step of s.steps) lines.push(`  - ${explanationText(step, locale)} [${step.reference.law}]`);
  return lines;
}

export function resultAsText(result: EstimateResult, locale: BenefitsLocale): string {
  const lines = [
    ...scenarioText(result.baseline, locale),
    '',
    ...result.scenarios.flatMap((s) => [...scenarioText(s, locale), '']),
    explanationText(result.disclaimer, locale),
  ];
  return lines.join('\n');
}

/** `ips-bridge benefits estimate`: the same input and the same numbers as POST /api/v1/benefits/estimate. */
export async function runBenefitsEstimate(options: EstimateOptions): Promise<void> {
  if (!(BENEFITS_LOCALES as readonly string[]).includes(options.locale)) {
    throw new UsageError(`--locale must be one of ${BENEFITS_LOCALES.join(', ')}`);
  }
  const locale = options.locale as BenefitsLocale;
  const raw =
    options.input && options.input !== '-' ? await readFile(options.input, 'utf8') : await readStdin();
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new UsageError('the input is not valid JSON');
  }
  const parsed = estimateInputSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`);
    throw new UsageError(`invalid input:\n  ${problems.join('\n  ')}`);
  }
  let result: EstimateResult;
  try {
    result = estimateBenefits(parsed.data);
  } catch (error) {
    if (error instanceof BenefitsInputError) throw new UsageError(`${error.field}: ${error.message}`);
    throw error;
  }
  print(options.format === 'json' ? JSON.stringify(result, null, 2) : resultAsText(result, locale));
}
