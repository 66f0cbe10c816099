import { describe, expect, it } from 'vitest';
import { runCrashHarness } from './harness.ts';

// The short form of `npm run test:crash` (docs/operations.md "Crash safety"): a few kill cycles and a few hundred
// writes (about a minute). It always runs on an embedded PostgreSQL of its own, even when DATABASE_URL is set, because it kills it.
const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const log = (line: string) => process.stdout.write(`${line}\n`);

describe(`crash safety (seed ${seed}; replay with CRASH_SEED=${seed})`, () => {
  it('loses, doubles and leaves unaudited no acknowledged write across SIGKILLs of the app and PostgreSQL', async () => {
    const report = await runCrashHarness({
      seed,
      cycles: 3,
      writesPerCycle: 150,
      concurrency: 12,
      durability: 'on',
      stopAtFirstLoss: false,
      log,
    });
    expect(report.cyclesRun).toBe(3);
    expect(report.acknowledged).toBeGreaterThan(100);
    expect(report.processesKilled).toBeGreaterThanOrEqual(3 * 2);
    expect(report.lost).toEqual([]);
    expect(report.duplicated).toEqual([]);
    expect(report.missingAudit).toEqual([]);
    expect(report.anomalies).toEqual([]);
  }, 300_000);

  it('sees the loss when durability is switched off (control run)', async () => {
    const report = await runCrashHarness({
      seed,
      cycles: 3,
      writesPerCycle: 150,
      concurrency: 12,
      durability: 'off',
      log,
    });
    expect(report.lost.length).toBeGreaterThan(0);
  }, 300_000);
});
