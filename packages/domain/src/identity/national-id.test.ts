import { describe, expect, it } from 'vitest';
import {
  makeSyntheticNationalId,
  maskNationalId,
  nextSyntheticNationalId,
  validateNationalId,
} from './national-id.ts';

// Control digits worked by hand from the weights in national-id.ts (Skatteetaten's mod-11 rule).
// 010180 123 → K1: 3·0+7·1+6·0+1·1+8·8+9·0+4·1+5·2+2·3 = 92, 92 mod 11 = 4, 11−4 = 7;
//              K2: 5·0+4·1+3·0+2·1+7·8+6·0+5·1+4·2+3·3+2·7 = 98, 98 mod 11 = 10, 11−10 = 1 → 01018012371.
// 410180 123 (D-nummer, day + 40) → K1 = 11 − (104 mod 11) = 6, K2 = 11 − (116 mod 11) = 5 → 41018012365.
describe('validateNationalId', () => {
  it.each([
    { id: '01018012371', kind: 'fodselsnummer', birthDate: '1980-01-01' },
    { id: '41018012365', kind: 'd-nummer', birthDate: '1980-01-01' },
  ])('accepts $id as $kind born $birthDate', ({ id, kind, birthDate }) => {
    const result = validateNationalId(id);
    expect(result).toEqual({ valid: true, kind, birthDate });
  });

  it.each([
    { id: '0101801237', problem: 'format', why: 'ten digits' },
    { id: '010180123711', problem: 'format', why: 'twelve digits' },
    { id: '0101801237a', problem: 'format', why: 'a letter' },
    { id: '', problem: 'format', why: 'empty' },
    { id: '01018012372', problem: 'checksum', why: 'wrong K2' },
    { id: '01018012381', problem: 'checksum', why: 'wrong K1' },
  ])('rejects $id ($why) with $problem', ({ id, problem }) => {
    expect(validateNationalId(id)).toEqual({ valid: false, problem });
  });

  it('rejects a number whose control digits are right but whose date does not exist (31 February)', () => {
    // Try every control-digit pair for 310290 + individual numbers; those passing mod 11 must fail on the date.
    const checksumValid = [];
    for (let individual = 100; individual < 200; individual++) {
      for (let k = 0; k < 100; k++) {
        const candidate = `310290${individual}${String(k).padStart(2, '0')}`;
        const result = validateNationalId(candidate);
        if (result.valid || result.problem !== 'checksum') checksumValid.push(result);
      }
    }
    expect(checksumValid.length).toBeGreaterThan(10);
    expect(checksumValid.every((r) => !r.valid && r.problem === 'date')).toBe(true);
  });
});

describe('synthetic numbers (month + 80)', () => {
  it.each(['1970-01-01', '1985-06-15', '1999-12-31', '2004-02-29'])(
    'makes a valid synthetic number for %s',
    (date) => {
      const id = nextSyntheticNationalId(date, 100);
      const result = validateNationalId(id);
      expect(result).toEqual({ valid: true, kind: 'synthetic', birthDate: date });
      expect(Number(id.slice(2, 4))).toBeGreaterThan(80);
    },
  );

  it('returns null for an impossible date', () => {
    expect(makeSyntheticNationalId('2001-02-29', 123)).toBeNull();
  });

  it('masks all but the birth date part', () => {
    expect(maskNationalId('01018012371')).toBe('010180 *****');
  });
});
