import { BenefitsInputError } from '../errors.ts';
import { valueForYear, valueOnDate } from './lookup.ts';
import type {
  AapRules,
  DagpengerRules,
  DatedSeries,
  ResolvedParameter,
  RuleSet,
  SosialhjelpRules,
  TaxRules,
  UforetrygdRules,
} from './types.ts';

type ResolvedSection<S> = {
  readonly [K in keyof S]: S[K] extends DatedSeries<infer T> ? ResolvedParameter<T> : never;
};

/** Every parameter of a rule set, resolved for one calendar year. */
export type YearRules = {
  readonly year: number;
  readonly g: {
    /** The calendar year's average G: amounts expressed in G use it, see `docs/rules/benefits.md`. */
    readonly average: ResolvedParameter<number>;
    readonly beforeMay: ResolvedParameter<number>;
    readonly fromMay: ResolvedParameter<number>;
  };
  readonly uforetrygd: ResolvedSection<UforetrygdRules>;
  readonly aap: ResolvedSection<AapRules>;
  readonly sosialhjelp: ResolvedSection<SosialhjelpRules>;
  readonly tax: ResolvedSection<TaxRules>;
  readonly dagpenger: ResolvedSection<DagpengerRules>;
};

function resolveSection<S extends Record<string, DatedSeries<unknown>>>(
  name: string,
  section: S,
  year: number,
): ResolvedSection<S> {
  const out: Record<string, ResolvedParameter<unknown>> = {};
  for (const [key, series] of Object.entries(section))
    out[key] = valueForYear(`${name}.${key}`, series, year);
  return out as ResolvedSection<S>;
}

/**
 * Resolved years per rule set. Rule sets are immutable data, so this only saves repeating the same lookups
 * (about half the cost of an estimate); it cannot change any result. Failed lookups are not kept.
 */
const resolvedCache = new WeakMap<RuleSet, Map<number, YearRules>>();

/** Resolves the rule set for a year; throws `BenefitsInputError` (`no_rule_data`, field `year`) when it cannot. */
export function resolveYearRules(rules: RuleSet, year: number): YearRules {
  if (!Number.isInteger(year)) {
    throw new BenefitsInputError('year', 'not_an_integer', `The year must be a whole number, got ${year}.`);
  }
  let years = resolvedCache.get(rules);
  const cached = years?.get(year);
  if (cached) return cached;
  const resolved = resolveUncached(rules, year);
  if (!years) {
    years = new Map();
    resolvedCache.set(rules, years);
  }
  years.set(year, resolved);
  return resolved;
}

function resolveUncached(rules: RuleSet, year: number): YearRules {
  return {
    year,
    g: {
      average: valueForYear('grunnbelop.yearlyAverage', rules.grunnbelop.yearlyAverage, year),
      beforeMay: valueOnDate('grunnbelop.periods', rules.grunnbelop.periods, `${year}-01-01`),
      fromMay: valueOnDate('grunnbelop.periods', rules.grunnbelop.periods, `${year}-05-01`),
    },
    uforetrygd: resolveSection('uforetrygd', rules.uforetrygd, year),
    aap: resolveSection('aap', rules.aap, year),
    sosialhjelp: resolveSection('sosialhjelp', rules.sosialhjelp, year),
    tax: resolveSection('tax', rules.tax, year),
    dagpenger: resolveSection('dagpenger', rules.dagpenger, year),
  };
}

/** The years a rule set can estimate: every parameter has one value for the whole year. */
export function ruleYears(rules: RuleSet): readonly number[] {
  const candidates = rules.grunnbelop.yearlyAverage.map((entry) => Number(entry.from.slice(0, 4)));
  return candidates.filter((year) => {
    try {
      resolveYearRules(rules, year);
      return true;
    } catch (error) {
      if (error instanceof BenefitsInputError) return false;
      throw error;
    }
  });
}
