import { type Kysely, sql } from 'kysely';

// Login with OpenID Connect (issue 6, item 7). user_identity links one external identity (issuer + subject) to one
// internal user; oidc_login_flow holds the state, nonce and PKCE verifier of a login in progress, server side and
// single use, so any app instance can finish a login another one started. Never edit once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE user_identity (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
      provider text NOT NULL CHECK (provider IN ('idporten', 'entra', 'helseid')),
      issuer text NOT NULL CHECK (length(issuer) BETWEEN 1 AND 500),
      subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 500),
      linked_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
      linked_how text NOT NULL CHECK (linked_how IN ('administrator', 'national_id')),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_login_at timestamptz,
      UNIQUE (issuer, subject)
    );
    CREATE INDEX user_identity_user_idx ON user_identity (user_id);

    CREATE TABLE oidc_login_flow (
      state_hash text PRIMARY KEY,
      provider text NOT NULL,
      browser_hash text NOT NULL,
      nonce text NOT NULL,
      code_verifier text NOT NULL,
      return_to text NOT NULL,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX oidc_login_flow_expires_idx ON oidc_login_flow (expires_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS oidc_login_flow; DROP TABLE IF EXISTS user_identity;`.execute(db);
}
