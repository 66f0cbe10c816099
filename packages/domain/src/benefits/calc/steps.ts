import type { ExplanationStep, RuleReference } from '../result.ts';
import type { ResolvedParameter } from '../rules/types.ts';
import type { StepCode, TextParams } from '../texts/codes.ts';

type AnyParameter = ResolvedParameter<unknown>;

/** Provenance for steps that apply no rule (plain arithmetic on the input). */
const ARITHMETIC = { law: 'No rule: arithmetic on the input', source: 'The input entered' } as const;

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Joins the provenance of the parameters a step used; verified only if every one of them is. */
export function referenceFor(used: readonly AnyParameter[]): RuleReference {
  if (used.length === 0) return { ...ARITHMETIC, verified: true, parameters: [] };
  return {
    law: unique(used.map((p) => p.law)).join('; '),
    source: unique(used.map((p) => p.source)).join('; '),
    verified: used.every((p) => p.verified),
    parameters: unique(used.map((p) => p.id)),
  };
}

/** Makes explanation steps and remembers every parameter that is not verified, for the caveats list. */
export type StepMaker = {
  readonly step: (code: StepCode, params: TextParams, used: readonly AnyParameter[]) => ExplanationStep;
  readonly unverified: () => readonly AnyParameter[];
};

export function createStepMaker(): StepMaker {
  const notVerified = new Map<string, AnyParameter>();
  return {
    step(code, params, used) {
      for (const p of used) if (!p.verified) notVerified.set(p.id, p);
      return { code, params, reference: referenceFor(used) };
    },
    unverified: () => [...notVerified.values()],
  };
}
