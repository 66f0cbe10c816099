/**
 * Norwegian organisation numbers (organisasjonsnummer) from Enhetsregisteret: nine digits, the last a mod-11 control
 * digit over the first eight with weights 3, 2, 7, 6, 5, 4, 3, 2 (Brønnøysundregistrene). A remainder giving 10 is
 * never issued; 11 gives 0. Numbers start with 8 or 9.
 */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export type OrganisationNumberProblem = 'format' | 'checksum';

export function organisationNumberProblem(input: string): OrganisationNumberProblem | null {
  if (!/^[89]\d{8}$/.test(input)) return 'format';
  const digits = [...input].map(Number);
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += (digits[i] ?? 0) * (WEIGHTS[i] ?? 0);
  const rest = 11 - (sum % 11);
  const control = rest === 11 ? 0 : rest;
  if (control === 10 || control !== digits[8]) return 'checksum';
  return null;
}

/** Accepts the common written forms ("974 760 673", "974760673") and returns the nine digits. */
export function normaliseOrganisationNumber(input: string): string {
  return input.replace(/[\s.]/g, '');
}
