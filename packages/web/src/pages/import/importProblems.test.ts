import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../api/imports.ts';
import { importProblemColumn, importProblemMessage } from './importProblems.ts';

/** A t() that shows which key was asked for, and its values. */
const t = ((key: string, options?: { values?: string }) =>
  options?.values ? `${key} [${options.values}]` : key) as unknown as TFunction;

const problem = (field: string, code: string, message = 'server text'): ImportProblem => ({
  line: 3,
  field,
  code,
  message,
});

describe('importProblemColumn', () => {
  it('writes the fields the server checks back as the columns of the file', () => {
    expect(importProblemColumn('participants', 'nationalId')).toBe('national_id');
    expect(importProblemColumn('participants', 'givenName')).toBe('given_name');
    expect(importProblemColumn('participants', 'national_id')).toBe('national_id');
    expect(importProblemColumn('jobs', 'hoursPerWeek')).toBe('hours_per_week');
    expect(importProblemColumn('jobs', 'foundWithIps')).toBe('found_with_ips');
    expect(importProblemColumn('jobs', 'employerName')).toBe('employer');
    expect(importProblemColumn('employers', 'organisationNumber')).toBe('organisation_number');
  });

  it('gives null for a problem with the whole row or file', () => {
    expect(importProblemColumn('participants', '(row)')).toBeNull();
    expect(importProblemColumn('participants', '(file)')).toBeNull();
  });
});

describe('importProblemMessage', () => {
  it('translates the import’s own codes, with the allowed values where there are some', () => {
    expect(
      importProblemMessage(t, 'participants', problem('specialist_username', 'unknown_specialist')),
    ).toBe('import.problemCodes.unknown_specialist');
    expect(importProblemMessage(t, 'participants', problem('phase', 'unknown_phase'))).toMatch(
      /^import\.problemCodes\.unknown_phase \[referred, engagement, .*ended\]$/,
    );
    expect(importProblemMessage(t, 'jobs', problem('end_reason', 'unknown_reason'))).toContain('quit_health');
  });

  it('gives a date column the accepted date formats', () => {
    expect(importProblemMessage(t, 'jobs', problem('startDate', 'invalid_format'))).toBe(
      'import.problemCodes.date_format',
    );
    expect(importProblemMessage(t, 'participants', problem('referral_date', 'date_format'))).toBe(
      'import.problemCodes.date_format',
    );
  });

  it('falls back to the field errors, then to the server’s own text', () => {
    expect(importProblemMessage(t, 'participants', problem('nationalId', 'national_id_checksum'))).toBe(
      'serverFieldErrors.national_id_checksum',
    );
    expect(importProblemMessage(t, 'participants', problem('email', 'something_new', 'Odd value'))).toBe(
      'Odd value',
    );
  });
});
