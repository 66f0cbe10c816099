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
