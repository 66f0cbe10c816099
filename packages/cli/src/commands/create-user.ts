import { createInterface } from 'node:readline/promises';
import { insertUser, listOrganisations } from '@ips-bridge/db';
import type { Role } from '@ips-bridge/domain';
import { hashPassword, loadConfig, MIN_PASSWORD_LENGTH, openDatabase } from '@ips-bridge/server';
import { print, UsageError } from '../exit.ts';

interface CreateUserOptions {
  username: string;
  displayName: string;
  role: Role;
  organisation: string;
  team?: string;
}

async function readPassword(): Promise<string> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  if (process.stdin.isTTY) process.stdout.write('Password (min 12 characters): ');
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

export async function runCreateUser(options: CreateUserOptions): Promise<void> {
  const username = options.username.trim().toLowerCase();
  if (!/^[a-z0-9._-]{3,64}$/.test(username)) throw new UsageError('--username: use 3–64 of a–z, 0–9, . _ -');
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new UsageError(
      `the password must be at least ${MIN_PASSWORD_LENGTH} characters (read from standard input)`,
    );
  }
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const organisations = await listOrganisations(database.db);
    const organisation = organisations.find(
      (o) => o.name === options.organisation || o.id === options.organisation,
    );
    if (!organisation) throw new UsageError(`no organisation named "${options.organisation}"`);
    let teamId: string | null = null;
    if (options.team) {
      const team = organisations.find(
        (o) => o.kind === 'ips_team' && (o.name === options.team || o.id === options.team),
      );
      if (!team) throw new UsageError(`no IPS team named "${options.team}"`);
      teamId = team.id;
    }
    const id = await insertUser(database.db, {
      username,
      displayName: options.displayName.trim(),
      role: options.role,
      organisationId: organisation.id,
      teamId,
      passwordHash: await hashPassword(password),
    }).catch((error: unknown) => {
      if ((error as { code?: string }).code === '23505')
        throw new UsageError(`the username "${username}" is taken`);
      throw error;
    });
    print(`Created user ${username} (${options.role}), id ${id}.`);
  } finally {
    await database.close();
  }
}
