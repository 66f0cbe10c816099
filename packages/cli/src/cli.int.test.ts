import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@ips-bridge/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../test-support/postgres-global-setup.ts';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string> = {}, stdin = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main, ...args], {
      cwd: path.dirname(main),
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.stdin.end(stdin);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase(inject('adminDatabaseUrl'), { migrate: false });
});
afterAll(() => database.drop());

describe('ips-bridge command line', () => {
  it('lists its commands, and each has --help', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['start', 'migrate', 'seed-demo', 'create-user']) {
      expect(help.stdout).toContain(command);
      const sub = await run([command, '--help']);
      expect(sub.code, command).toBe(0);
      expect(sub.stdout).toContain(`Usage: ips-bridge ${command}`);
    }
  });

  it('exits 2 naming the variable on bad configuration', async () => {
    const result = await run(['migrate'], { PORT: 'eighty', DATABASE_URL: database.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('PORT');
  });

  it('exits 3 with a clear message when the database does not answer', async () => {
    const result = await run(['migrate'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:9/none' });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Cannot reach the database (127.0.0.1:9/none)');
  });

  it('migrates, then reports the database up to date', async () => {
    const first = await run(['migrate'], { DATABASE_URL: database.url });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Applied: 2026_11_22_0001_foundation');
    const second = await run(['migrate'], { DATABASE_URL: database.url });
    expect(second.stdout).toContain('up to date');
  });

  it('seeds the demo once, and refuses a second time without --force', async () => {
    const first = await run(['seed-demo'], { DATABASE_URL: database.url });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Seeded \d+ users and 40 participants/);
    const second = await run(['seed-demo'], { DATABASE_URL: database.url });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('--force');
    const ids = await database.db.selectFrom('participant').select('national_id').execute();
    expect(ids).toHaveLength(40);
    // Every demo person has a synthetic number (month + 80), so none can be a real person.
    expect(ids.every((r) => Number(r.national_id.slice(2, 4)) > 80)).toBe(true);
  });

  it('creates a user with the password from standard input', async () => {
    const args = [
      'create-user',
      '--username',
      'Ny.Bruker',
      '--display-name',
      'Ny Bruker',
      '--role',
      'therapist',
    ];
    const result = await run(
      [...args, '--organisation', 'UNN DPS Tromsø'],
      { DATABASE_URL: database.url },
      'a-long-enough-password\n',
    );
    expect(result.code, result.stderr).toBe(0);
    const row = await database.db
      .selectFrom('app_user')
      .select(['role', 'password_hash'])
      .where('username', '=', 'ny.bruker')
      .executeTakeFirst();
    expect(row?.role).toBe('therapist');
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);

    const short = await run(
      [...args, '--organisation', 'UNN DPS Tromsø'],
      { DATABASE_URL: database.url },
      'short\n',
    );
    expect(short.code).toBe(2);
    const unknownOrg = await run(
      [...args, '--organisation', 'Nowhere'],
      { DATABASE_URL: database.url },
      'a-long-enough-password\n',
    );
    expect(unknownOrg.code).toBe(2);
    expect(unknownOrg.stderr).toContain('Nowhere');
  });
});

describe('ips-bridge import', () => {
  it('dry-runs and then imports the sample employers file, all or nothing', async () => {
    const file = fileURLToPath(new URL('../../../docs/import/employers.csv', import.meta.url));
    const args = ['import', 'employers', file, '--team', 'IPS Tromsø', '--as', 'js1.tromso'];
    const dry = await run([...args, '--dry-run'], { DATABASE_URL: database.url });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Dry run: 2 rows read, 0 problems');
    const count = async () => (await database.db.selectFrom('employer').select('id').execute()).length;
    const before = await count();
    const real = await run(args, { DATABASE_URL: database.url });
    expect(real.stdout).toContain('Imported 2 employers');
    expect(await count()).toBe(before + 2);
    const again = await run(args, { DATABASE_URL: database.url });
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/line 2, organisation_number: .*employer_exists/);
    expect(await count()).toBe(before + 2);
  });

  it('refuses a user of another team', async () => {
    const file = fileURLToPath(new URL('../../../docs/import/employers.csv', import.meta.url));
    const result = await run(['import', 'employers', file, '--team', 'IPS Tromsø', '--as', 'js1.bodo'], {
      DATABASE_URL: database.url,
    });
    expect(result.code).toBe(2);
  });
});

describe('ips-bridge benefits estimate', () => {
  const input = {
    year: 2026,
    situation: {
      kind: 'uforetrygd',
      uforegrad: 60,
      household: 'single',
      monthsReceivedBeforeYear: 36,
      incomeBeforeDisability: 450_000,
    },
    scenarios: [{ hoursPerWeek: 12, hourlyWage: 220, weeksPerYear: 44 }],
  };

  it('prints the same numbers as the pure calculation and the API, as JSON', async () => {
    const result = await run(['benefits', 'estimate', '--format', 'json'], {}, JSON.stringify(input));
    expect(result.code, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout);
    const { estimateBenefits } = await import('@ips-bridge/domain');
    expect(printed).toEqual(JSON.parse(JSON.stringify(estimateBenefits(input as never))));
  });

  it('prints plain text in the chosen language', async () => {
    const result = await run(['benefits', 'estimate', '--locale', 'en'], {}, JSON.stringify(input));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Disability benefit (uføretrygd)');
    expect(result.stdout).toMatch(/Net: [\d ,]+ kr \/ month/);
  });

  it('names the bad field and exits 2', async () => {
    const bad = { ...input, scenarios: [{ hoursPerWeek: 120, hourlyWage: 220, weeksPerYear: 44 }] };
    const result = await run(['benefits', 'estimate'], {}, JSON.stringify(bad));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('scenarios.0.hoursPerWeek');
    const notJson = await run(['benefits', 'estimate'], {}, '{ nope');
    expect(notJson.code).toBe(2);
  });
});

describe('ips-bridge start', () => {
  it('starts on a fresh embedded database with demo data, serves the API, and shuts down cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ipsb-start-'));
    chmodSync(dataDir, 0o755);
    try {
      const child = spawn(process.execPath, [main, 'start'], {
        env: {
          PATH: process.env.PATH ?? '',
          DATA_DIR: dataDir,
          EMBEDDED_PG_PORT: String(await freePort()),
          PORT: String(await freePort()),
          LOG_LEVEL: 'warn',
        },
      });
      let stdout = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => {
          stdout += c.toString();
          const match = /running: open (http:\/\/\S+)/.exec(stdout);
          if (match?.[1]) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`start exited with ${code}: ${stdout}`)));
      });
      expect(stdout).toMatch(/Seeded demo data: \d+ users, 40 participants/);
      const ready = await fetch(`${url}/health/ready`);
      expect(ready.status).toBe(200);
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'js1.tromso', password: 'ips-demo-2026' }),
      });
      expect(login.status).toBe(200);

      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      // The embedded PostgreSQL was stopped with the app: its lock file is gone.
      expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
