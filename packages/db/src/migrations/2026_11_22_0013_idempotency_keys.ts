import { type Kysely, sql } from 'kysely';

// Idempotency-Key records (docs/adr/0002-idempotency-keys.md): the answer to a completed write, kept for a while so
// a retried request gets the same answer instead of a second write. A row is written in the same transaction as the
// write it answers, so there is never one without the other. Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE idempotency_key (
      scope text NOT NULL CHECK (scope = 'anonymous' OR scope ~ '^user:[0-9a-f-]{36}$'),
      method text NOT NULL CHECK (method IN ('POST', 'PUT', 'PATCH', 'DELETE')),
      route text NOT NULL CHECK (length(route) BETWEEN 1 AND 500),
      key text NOT NULL CHECK (key ~ '^[!-~]{8,200}$'),
      fingerprint text NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
      status_code smallint NOT NULL CHECK (status_code BETWEEN 200 AND 299),
      response_headers jsonb NOT NULL DEFAULT '{}',
      response_body bytea NOT NULL,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL CHECK (expires_at > created_at),
      PRIMARY KEY (scope, method, route, key)
    );
    CREATE INDEX idempotency_key_expires_idx ON idempotency_key (expires_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS idempotency_key;`.execute(db);
}
