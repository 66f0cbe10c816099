import { type BackupManifest, BackupSourceError, createBackupFile, writeBackup } from '@ips-bridge/db/backup';
import { loadConfig } from '@ips-bridge/server';
import { print, UsageError } from '../exit.ts';
import { appVersion, openMaintenanceDatabase } from './maintenance-database.ts';

/** `ips-bridge backup [--out file]`: see docs/operations.md "Backup and restore". */
export async function runBackup(options: { out?: string }): Promise<void> {
  const toStdout = options.out === '-';
  // With the backup on standard output, messages go to standard error.
  const say = toStdout ? (line: string) => process.stderr.write(`${line}\n`) : print;
  const config = loadConfig();
  const database = await openMaintenanceDatabase(config);
  try {
    say(`Backing up ${database.where}`);
    if (toStdout) {
      const manifest = await writeBackup(database.db, process.stdout, {
        appVersion: appVersion(),
        end: false,
      });
      say(`Wrote the backup to standard output: ${describeBackup(manifest)}`);
    } else {
      const file = options.out ?? defaultFileName(new Date());
      const result = await createBackupFile(database.db, file, { appVersion: appVersion() }).catch(
        (error: unknown) => {
          throw error instanceof BackupSourceError ? new UsageError(error.message) : error;
        },
      );
      say(`Wrote ${result.file} (${formatBytes(result.bytes)}): ${describeBackup(result.manifest)}`);
    }
    say('The backup holds personal data: keep it encrypted and access-controlled (docs/operations.md).');
  } finally {
    await database.close();
  }
}

export function describeBackup(manifest: BackupManifest): string {
  return (
    `${manifest.tables.length} tables, ${manifest.totalRows} rows, taken ${manifest.createdAt} by IPS Bridge ` +
    `${manifest.appVersion} from PostgreSQL ${manifest.postgresVersion}, schema at ${manifest.migrations.at(-1)}`
  );
}

function defaultFileName(now: Date): string {
  return `ips-bridge-backup-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z.sql.gz`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
