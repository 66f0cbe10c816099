import { describe, expect, it } from 'vitest';
import { normaliseOrganisationNumber, organisationNumberProblem } from './organisation-number.ts';

// 974760673 is Brønnøysundregistrene's own number: 9·3+7·2+4·7+7·6+6·5+0·4+6·3+7·2 = 173, 173 mod 11 = 8,
// 11 − 8 = 3 = the last digit. 889640782 (NAV): 8·3+8·2+9·7+6·6+4·5+0·4+7·3+8·2 = 196, 196 mod 11 = 9, 11 − 9 = 2.
describe('organisationNumberProblem', () => {
  it.each([
    { value: '974760673', expected: null },
    { value: '889640782', expected: null },
    { value: '974760674', expected: 'checksum' },
    { value: '97476067', expected: 'format' },
    { value: '174760673', expected: 'format' },
    { value: '97476067a', expected: 'format' },
  ])('$value → $expected', ({ value, expected }) => {
    expect(organisationNumberProblem(value)).toBe(expected);
  });

  it('accepts the number written with spaces once normalised', () => {
    expect(organisationNumberProblem(normaliseOrganisationNumber('974 760 673'))).toBeNull();
  });
});
