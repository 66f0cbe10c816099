import { z } from 'zod';
import { uuid } from './common.ts';

/**
 * The GDPR export of everything about one participant (art. 15 and 20): every row of every table that holds data
 * about them, as stored, under the table's name. `withheld` lists what a staff reader's export leaves out.
 */
export const participantExportSchema = z.object({
  format: z.literal('ips-bridge/participant-export'),
  formatVersion: z.number().int(),
  exportedAt: z.string(),
  participantId: uuid,
  completeness: z.enum(['complete', 'limited']),
  tables: z.record(
    z.string(),
    z.object({
      category: z.string(),
      rows: z.array(z.record(z.string(), z.unknown())),
    }),
  ),
  withheld: z.array(
    z.object({ table: z.string(), column: z.string().nullable(), rows: z.number().int().nullable() }),
  ),
});

export type ParticipantExportDto = z.infer<typeof participantExportSchema>;
