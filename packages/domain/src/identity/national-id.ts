/**
 * Norwegian national identity numbers (fødselsnummer, D-nummer) and their synthetic test variants.
 *
 * Structure (Skatteetaten, "Fødselsnummer" / Folkeregisterloven § 2-2 and forskrift § 2-2-1):
 *   DDMMYY III K1 K2 — birth date, individual number, two mod-11 control digits.
 *   - D-nummer: the first digit of the day is increased by 4 (day + 40).
 *   - H-nummer (assigned by health services): month + 40.
 *   - Synthetic numbers (NAV Dolly / Skatteetaten Tenor test data): month + 80. They can never be real people,
 *     so all demo and test people in IPS Bridge use them.
 *   Control digits: K1 = 11 − (3·d1 + 7·d2 + 6·m1 + 1·m2 + 8·y1 + 9·y2 + 4·i1 + 5·i2 + 2·i3) mod 11,
 *                   K2 = 11 − (5·d1 + 4·d2 + 3·m1 + 2·m2 + 7·y1 + 6·y2 + 5·i1 + 4·i2 + 3·i3 + 2·K1) mod 11;
 *   a result of 11 gives 0, a result of 10 means the number is invalid.
 * Numbers issued from 2032 may use a relaxed K1 rule; that change is not modelled yet.
 */

export type NationalIdKind = 'fodselsnummer' | 'd-nummer' | 'h-nummer' | 'synthetic';

export type NationalIdProblem = 'format' | 'date' | 'checksum';

export type NationalIdResult =
  | { valid: true; kind: NationalIdKind; birthDate: string }
  | { valid: false; problem: NationalIdProblem };

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function controlDigit(digits: readonly number[], weights: readonly number[]): number | null {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  if (rest === 10) return null;
  return rest;
}

/** Century from the individual number and two-digit year (Skatteetaten's allocation table). */
function fullYear(individual: number, yy: number): number | null {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (individual >= 900 && yy >= 40) return 1900 + yy;
  if (individual >= 500 && yy <= 39) return 2000 + yy;
  return null;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function validateNationalId(input: string): NationalIdResult {
  if (!/^\d{11}$/.test(input)) return { valid: false, problem: 'format' };
  const digits = [...input].map(Number);
  const k1 = controlDigit(digits, K1_WEIGHTS);
  const k2 = k1 === null ? null : controlDigit(digits, K2_WEIGHTS);
  if (k1 === null || k2 === null || k1 !== digits[9] || k2 !== digits[10]) {
    return { valid: false, problem: 'checksum' };
  }

  let day = Number(input.slice(0, 2));
  let month = Number(input.slice(2, 4));
  const yy = Number(input.slice(4, 6));
  const individual = Number(input.slice(6, 9));

  let kind: NationalIdKind = 'fodselsnummer';
  if (day > 40) {
    kind = 'd-nummer';
    day -= 40;
  }
  if (month > 80) {
    kind = 'synthetic';
    month -= 80;
  } else if (month > 40) {
    kind = 'h-nummer';
    month -= 40;
  }

  const year = fullYear(individual, yy);
  if (year === null || !isRealDate(year, month, day)) return { valid: false, problem: 'date' };
  const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { valid: true, kind, birthDate };
}

export function isSyntheticNationalId(input: string): boolean {
  const result = validateNationalId(input);
  return result.valid && result.kind === 'synthetic';
}

/**
 * Builds a valid synthetic national identity number (month + 80) for a birth date and an individual number,
 * or null when no control digits exist for that combination. Used by the demo seed and by tests.
 */
export function makeSyntheticNationalId(birthDate: string, individual: number): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) return null;
  const [, year, month, day] = match;
  const base = `${day}${String(Number(month) + 80)}${(year ?? '').slice(2)}${String(individual).padStart(3, '0')}`;
  const digits = [...base].map(Number);
  const k1 = controlDigit(digits, K1_WEIGHTS);
  if (k1 === null) return null;
  const k2 = controlDigit([...digits, k1], K2_WEIGHTS);
  if (k2 === null) return null;
  const id = `${base}${k1}${k2}`;
  const check = validateNationalId(id);
  // The individual number also encodes the century: a number from the wrong range means another birth date.
  return check.valid && check.birthDate === birthDate ? id : null;
}

/** Shows only the birth date part, for lists where the full number is not needed. */
export function maskNationalId(input: string): string {
  return `${input.slice(0, 6)} *****`;
}

/**
 * The first valid synthetic number for a birth date, trying individual numbers from `seed` on within the range that
 * encodes the birth year's century (1900–1999: 000–499; 2000–2039: 500–999). Not every number has control digits.
 */
export function nextSyntheticNationalId(birthDate: string, seed: number): string {
  const year = Number(birthDate.slice(0, 4));
  const [low, size] = year >= 2000 ? [500, 500] : year < 1900 ? [500, 250] : [0, 500];
  for (let step = 0; step < size; step++) {
    const id = makeSyntheticNationalId(birthDate, low + ((seed + step) % size));
    if (id) return id;
  }
  throw new Error(`no synthetic identity number for ${birthDate}`);
}
