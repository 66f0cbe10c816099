import { parseArgs } from 'node:util';
import { type CrashReport, runCrashHarness } from './harness.ts';

/**
 * `npm run test:crash`: the full crash-safety run (issue 9). A durable run of many kill cycles and thousands of
 * writes must lose nothing; a control run with durability switched off must be seen losing data. Replay a run with
 * `CRASH_SEED=<seed> npm run test:crash` (or --seed).
 */
const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    cycles: { type: 'string', default: '20' },
    writes: { type: 'string', default: '250' },
    concurrency: { type: 'string', default: '24' },
    'skip-control': { type: 'boolean', default: false },
  },
});
const seed = Number(values.seed ?? process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const log = (line: string) => process.stdout.write(`${line}\n`);

function summary(report: CrashReport): string[] {
  return [
    ...report.lost.slice(0, 10).map((w) => `  lost: ${w}`),
    ...report.duplicated.slice(0, 10).map((w) => `  duplicated: ${w}`),
    ...report.missingAudit.slice(0, 10).map((w) => `  without audit: ${w}`),
    ...report.anomalies.slice(0, 10).map((w) => `  unexpected answer: ${w}`),
  ];
}

const durable = await runCrashHarness({
  seed,
  cycles: Number(values.cycles),
  writesPerCycle: Number(values.writes),
  concurrency: Number(values.concurrency),
  durability: 'on',
  stopAtFirstLoss: false,
  log,
});
let failed = false;
const durableProblems = summary(durable);
if (durableProblems.length > 0) {
  failed = true;
  log(`✖ durable run: writes lost, doubled or unaudited (seed ${seed}):`);
  for (const line of durableProblems) log(line);
} else {
  log(
    `✔ durable run: all ${durable.acknowledged} acknowledged writes there exactly once, each with its audit row`,
  );
}

if (!values['skip-control']) {
  const control = await runCrashHarness({
    seed,
    cycles: 5,
    writesPerCycle: Number(values.writes),
    concurrency: Number(values.concurrency),
    durability: 'off',
    log,
  });
  if (control.lost.length > 0) {
    log(`✔ control run (durability off): the harness saw ${control.lost.length} acknowledged writes lost`);
  } else {
    failed = true;
    log(`✖ control run (durability off) lost nothing: the harness cannot see loss (seed ${seed})`);
  }
}
process.exit(failed ? 1 : 0);
