/**
 * Import throughput and memory: writes CSV files of 1 000 and 10 000 participants (or --rows N), imports each
 * into a fresh database through the same streaming importer the API and CLI use, and prints time, rows per second
 * and the peak extra memory during the run. Streaming means the peak should not grow with the file.
 *
 *   node --expose-gc bench/import.bench.ts [--rows 10000]
 *
 * With --expose-gc the retained heap is measured after a full collection at every batch (what the import holds on
 * to); RSS also counts memory the runtime has not yet given back, so it is shown but is the rougher figure.
 */
import { chmodSync, createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { insertOrganisation, insertUser, startEmbeddedPostgres } from '@ips-bridge/db';
import { createTestDatabase } from '@ips-bridge/db/testing';
import { nextSyntheticNationalId } from '@ips-bridge/domain';
import { runImport } from '@ips-bridge/server/import';
import { freePort } from '../test-support/postgres-global-setup.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' } } });
const largest = Number(values.rows);
if (!globalThis.gc) console.warn('Run with node --expose-gc for the retained-heap figure.');
if (!(largest >= 1000 && largest <= 1_000_000)) {
  console.error('--rows must be 1000–1000000');
  process.exit(2);
}

const dir = mkdtempSync(path.join(tmpdir(), 'ipsb-import-bench-'));
chmodSync(dir, 0o755);
let adminUrl = process.env.DATABASE_URL ?? '';
let stop: (() => Promise<void>) | null = null;
if (!adminUrl) {
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort() });
  adminUrl = server.url();
  stop = () => server.stop();
}

function writeCsv(rows: number): string {
  const file = path.join(dir, `participants-${rows}.csv`);
  const next = new Map<string, number>();
  const lines = ['given_name;family_name;national_id;phone;referral_source;referral_date'];
  for (let n = 0; n < rows; n++) {
    const birth = `${1960 + (n % 45)}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
    const id = nextSyntheticNationalId(birth, next.get(birth) ?? 0);
    next.set(birth, Number(id.slice(6, 9)) - (Number(birth.slice(0, 4)) >= 2000 ? 500 : 0) + 1);
    lines.push(`Navn${n};Etternavn${n % 500};${id};+47 900 ${String(n).padStart(5, '0')};nav;01.10.2026`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function measure(rows: number): Promise<void> {
  const file = writeCsv(rows);
  const database = await createTestDatabase(adminUrl);
  try {
    const team = await insertOrganisation(database.db, { name: 'IPS Bench', kind: 'ips_team', region: null });
    const user = await insertUser(database.db, {
      username: 'bench.user',
      displayName: 'Bench',
      role: 'employment_specialist',
      organisationId: team.id,
      teamId: team.id,
      passwordHash: null,
    });
    const gc = globalThis.gc ?? (() => {});
    gc();
    const baseline = process.memoryUsage();
    let peakRss = baseline.rss;
    // Live heap after a full collection at each progress step: what the import keeps, not garbage awaiting GC.
    let peakRetained = baseline.heapUsed;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 5);
    const t0 = performance.now();
    const report = await runImport(database.db, {
      entity: 'participants',
      format: 'csv',
      input: createReadStream(file),
      teamId: team.id,
      actor: { id: user, role: 'employment_specialist' },
      dryRun: false,
      now: new Date(),
      requestId: null,
      onProgress: () => {
        gc();
        peakRetained = Math.max(peakRetained, process.memoryUsage().heapUsed);
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    if (report.problemCount > 0 || report.imported !== rows)
      throw new Error(`import failed: ${JSON.stringify(report.problems.slice(0, 3))}`);
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.log(
      `${String(rows).padStart(8)} rows  ${seconds.toFixed(2).padStart(6)} s  ${String(Math.round(rows / seconds)).padStart(6)} rows/s  ` +
        `peak retained heap +${mb(peakRetained - baseline.heapUsed).padStart(5)} MB  peak RSS +${mb(peakRss - baseline.rss).padStart(5)} MB`,
    );
  } finally {
    await database.drop();
  }
}

try {
  console.log('Importing participants from CSV, committed, through the streaming importer:');
  for (const rows of [...new Set([1000, Math.round(largest / 10), largest])].filter((r) => r >= 1000))
    await measure(rows);
} finally {
  await stop?.();
  rmSync(dir, { recursive: true, force: true });
}
