import { loadConfig, type RetentionReport, runRetention } from '@ips-bridge/server';
import { print } from '../exit.ts';
import { openMaintenanceDatabase } from './maintenance-database.ts';

/**
 * `ips-bridge privacy retention [--dry-run]`: anonymises every record whose journey ended at least
 * RETENTION_YEARS_AFTER_END years ago (GDPR art. 5(1)(e) and 17; docs/privacy-rights.md), each in its own transaction
 * with an erasure record. `--dry-run` only lists them. Prints ids and dates, never names.
 */
export async function runPrivacyRetention(options: { dryRun?: boolean; json?: boolean }): Promise<void> {
  const config = loadConfig();
  const database = await openMaintenanceDatabase(config);
  try {
    const report = await runRetention(database.db, {
      now: new Date(),
      years: config.retentionYearsAfterEnd,
      dryRun: options.dryRun === true,
    });
    if (options.json) print(JSON.stringify(report, null, 2));
    else for (const line of describeRetention(report)) print(line);
  } finally {
    await database.close();
  }
}

export function describeRetention(report: RetentionReport): string[] {
  const lines = [
    `Retention: records whose journey ended ${report.years} years or more before ${report.today} are anonymised.`,
  ];
  if (report.due.length === 0) {
    lines.push('No record is due.');
    return lines;
  }
  lines.push(`${report.due.length} record(s) due:`);
  for (const c of report.due) lines.push(`  ${c.participantId}  ended ${c.endedOn}, due ${c.dueOn}`);
  lines.push(
    report.dryRun
      ? 'Dry run: nothing was changed. Run without --dry-run to anonymise them.'
      : `Anonymised ${report.erased} record(s); an erasure record was kept for each.`,
  );
  return lines;
}
