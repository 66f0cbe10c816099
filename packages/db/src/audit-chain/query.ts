import { CompiledQuery, type Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: the chain's queries are raw SQL that also run inside a restore
export type AnyKysely = Kysely<any>;

export async function query<T>(db: AnyKysely, text: string, parameters: unknown[] = []): Promise<T[]> {
  const result = await db.executeQuery<T>(CompiledQuery.raw(text, parameters));
  return result.rows as T[];
}

/** Whether the audit chain's table exists (a database migrated to 2026_11_22_0015_audit_seal or later). */
export async function hasAuditChain(db: AnyKysely): Promise<boolean> {
  const [row] = await query<{ present: boolean }>(
    db,
    `SELECT to_regclass(quote_ident(current_schema()) || '.audit_seal') IS NOT NULL AS present`,
  );
  return row?.present === true;
}

export class AuditChainMissingError extends Error {
  constructor() {
    super(
      'This database has no audit chain table (audit_seal): run `ips-bridge migrate` (or start IPS Bridge) first',
    );
    this.name = 'AuditChainMissingError';
  }
}
