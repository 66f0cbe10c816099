import { JOB_END_REASONS, PHASES, REFERRAL_SOURCES } from '@ips-bridge/domain';
import type { ImportEntity } from '../../api/imports.ts';

/** Whether a column must be filled in; `oneOf`: one of a group of columns (jobs: employer or organisation_number). */
export type ColumnRequirement = 'yes' | 'no' | 'oneOf';

export interface ImportColumn {
  name: string;
  required: ColumnRequirement;
  /** The allowed values, for columns that take a code. */
  values?: readonly string[];
}

/** The columns the server reads for each kind of import, as docs/import.md lists them. */
export const IMPORT_COLUMNS = {
  participants: [
    { name: 'given_name', required: 'yes' },
    { name: 'family_name', required: 'yes' },
    { name: 'national_id', required: 'yes' },
    { name: 'phone', required: 'no' },
    { name: 'email', required: 'no' },
    { name: 'referral_source', required: 'no', values: REFERRAL_SOURCES },
    { name: 'referral_date', required: 'yes' },
    { name: 'specialist_username', required: 'no' },
    { name: 'phase', required: 'no', values: PHASES },
  ],
  employers: [
    { name: 'name', required: 'yes' },
    { name: 'organisation_number', required: 'no' },
    { name: 'sector', required: 'no' },
    { name: 'address', required: 'no' },
    { name: 'notes', required: 'no' },
  ],
  jobs: [
    { name: 'national_id', required: 'yes' },
    { name: 'employer', required: 'oneOf' },
    { name: 'organisation_number', required: 'oneOf' },
    { name: 'title', required: 'yes' },
    { name: 'competitive', required: 'yes' },
    { name: 'found_with_ips', required: 'yes' },
    { name: 'hours_per_week', required: 'yes' },
    { name: 'hourly_wage', required: 'yes' },
    { name: 'start_date', required: 'yes' },
    { name: 'end_date', required: 'no' },
    { name: 'end_reason', required: 'no', values: JOB_END_REASONS },
  ],
} as const satisfies Record<ImportEntity, readonly ImportColumn[]>;

export type ImportColumnName<E extends ImportEntity> = (typeof IMPORT_COLUMNS)[E][number]['name'];
