import { z } from 'zod';

export const uuid = z.uuid();

/** RFC 9457 problem details with our stable `code`; `errors` names invalid fields. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string(), code: z.string() })).optional(),
    requestId: z.string(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details with a stable code' });

export type Problem = z.output<typeof problemSchema>;

/** A custom validation issue carrying one of our stable problem codes (shown per field, translated by the UI). */
export function issueCode(code: string, message: string) {
  return { code: 'custom' as const, message, params: { code } };
}

/** The first and the last date the service takes. */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2100-12-31';

/**
 * A calendar date (YYYY-MM-DD) from 1900 to 2100. `z.iso.date()` alone allows the year 0000, which PostgreSQL does not
 * have, and dates so far out that the week around them leaves PostgreSQL's range; both answered 500.
 */
export const isoDate = z.iso.date().superRefine((value, ctx) => {
  if (value < MIN_DATE || value > MAX_DATE)
    ctx.addIssue(issueCode('date_out_of_range', `Give a date from ${MIN_DATE} to ${MAX_DATE}`));
});

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export interface ItemsResponse<T> {
  items: T[];
}
