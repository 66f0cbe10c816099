import { JOB_END_REASONS, PHASES } from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import type { ImportEntity, ImportProblem } from '../../api/imports.ts';
import type { importNb } from '../../i18n/locales/import/nb.ts';
import { fieldProblemMessage } from '../../i18n/problemMessage.ts';

type ImportProblemCode = keyof typeof importNb.problemCodes;

const CODES = new Set<string>([
  'national_id_taken',
  'unknown_specialist',
  'unknown_phase',
  'unknown_participant',
  'employer_exists',
  'organisation_number_format',
  'organisation_number_checksum',
  'reason_required',
  'unknown_reason',
  'hours_out_of_range',
  'negative_wage',
  'end_before_start',
  'empty',
  'too_small',
  'too_big',
  'invalid_type',
  'invalid_value',
  'date_format',
] satisfies ImportProblemCode[]);

function isImportProblemCode(code: string): code is ImportProblemCode {
  return CODES.has(code);
}

/** Columns whose name is not the field name written in snake_case. */
const RENAMED: Partial<Record<ImportEntity, Record<string, string>>> = {
  jobs: { employerName: 'employer', employerId: 'employer' },
};

/**
 * The spreadsheet column a problem is about. The server names some by column (`national_id`) and some by the
 * field it checks (`nationalId`); the user knows the columns, so fields are written back as columns. `(row)` and
 * `(file)` (a problem with the whole row or file) give null.
 */
export function importProblemColumn(entity: ImportEntity, field: string): string | null {
  if (field.startsWith('(')) return null;
  const renamed = RENAMED[entity]?.[field];
  if (renamed) return renamed;
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** A dated column gets the date formats as its message when the value is not a date. */
function effectiveCode(problem: ImportProblem, column: string | null): string {
  if ((problem.code === 'invalid_format' || problem.code === 'date_format') && column?.endsWith('_date'))
    return 'date_format';
  return problem.code;
}

/** The problem in the user's language: by code where the import knows it, else as for other field errors. */
export function importProblemMessage(t: TFunction, entity: ImportEntity, problem: ImportProblem): string {
  const code = effectiveCode(problem, importProblemColumn(entity, problem.field));
  if (code === 'unknown_phase') return t('import.problemCodes.unknown_phase', { values: PHASES.join(', ') });
  if (code === 'unknown_reason')
    return t('import.problemCodes.unknown_reason', { values: JOB_END_REASONS.join(', ') });
  if (isImportProblemCode(code)) return t(`import.problemCodes.${code}`);
  return fieldProblemMessage(t, { path: problem.field, code, message: problem.message });
}
