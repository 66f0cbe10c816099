import { type Kysely, sql } from 'kysely';

// The audit log's hash chain (docs/adr/0003-audit-hash-chain.md): one seal per audit row, written after the row's
// transaction committed, in id order, append-only like the audit log itself. No foreign key to audit_log: a seal
// whose row has gone is what the verifier reports (row-missing), and a foreign key would answer TRUNCATE audit_log
// with its own error before the append-only trigger. Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE audit_seal (
      audit_id bigint PRIMARY KEY,
      row_hash bytea NOT NULL CHECK (octet_length(row_hash) = 32),
      chain_hash bytea NOT NULL CHECK (octet_length(chain_hash) = 32),
      sealed_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE FUNCTION audit_seal_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_seal is append-only' USING ERRCODE = 'insufficient_privilege';
    END;
    $$;
    CREATE TRIGGER audit_seal_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_seal
      FOR EACH ROW EXECUTE FUNCTION audit_seal_is_append_only();
    CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
      FOR EACH STATEMENT EXECUTE FUNCTION audit_seal_is_append_only();
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_seal FROM PUBLIC;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS audit_seal;
    DROP FUNCTION IF EXISTS audit_seal_is_append_only();
  `.execute(db);
}
