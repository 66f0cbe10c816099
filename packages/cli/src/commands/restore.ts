import { createInterface } from 'node:readline/promises';
import { inspectBackupFile, RestoreRefusedError, restoreBackup } from '@ips-bridge/db/backup';
import { loadConfig } from '@ips-bridge/server';
import { print, UsageError } from '../exit.ts';
import { AUDIT_CHAIN_BROKEN_EXIT, describeAuditChain } from './audit.ts';
import { describeBackup } from './backup.ts';
import { openMaintenanceDatabase } from './maintenance-database.ts';

export interface RestoreCommandOptions {
  forceClean?: boolean;
  yes?: boolean;
  verifyOnly?: boolean;
}

/** `ips-bridge restore <file> [--force-clean] [--yes] [--verify-only]`: see docs/operations.md. */
export async function runRestore(file: string, options: RestoreCommandOptions): Promise<void> {
  if (options.verifyOnly) {
    const manifest = await inspectBackupFile(file);
    print(`Backup: ${describeBackup(manifest)}`);
    print('The file is complete and undamaged, and every table has the rows its manifest lists.');
    print(
      '(Checksums are compared when the backup is restored: restore it into a scratch database to test it.)',
    );
    return;
  }
  const config = loadConfig();
  const database = await openMaintenanceDatabase(config);
  let chainBroken = false;
  try {
    print(`Restoring into ${database.where}`);
    const result = await restoreBackup(database.db, file, {
      clean: options.forceClean === true,
      confirmClean: (problem) => confirmClean(database.where, problem, options.yes === true),
      onManifest: (manifest) => print(`Backup: ${describeBackup(manifest)}`),
    }).catch((error: unknown) => {
      throw error instanceof RestoreRefusedError ? new UsageError(withOption(error.message)) : error;
    });
    if (result.cleaned) print('Deleted everything that was in the target first (--force-clean).');
    print(
      `Restored and verified ${result.tables.length} tables, ${result.manifest.totalRows} rows: every table's row ` +
        'count and checksum equals the backup’s.',
    );
    const width = Math.max(5, ...result.tables.map((t) => t.name.length));
    print(`  ${'table'.padEnd(width)}  ${'rows'.padStart(8)}  checksum`);
    for (const table of result.tables) {
      print(`  ${table.name.padEnd(width)}  ${String(table.rows).padStart(8)}  ${table.checksum}`);
    }
    print(
      result.migratedAfter.length
        ? `Then applied the migrations newer than the backup: ${result.migratedAfter.join(', ')}`
        : 'The schema is at this version’s latest migration.',
    );
    if (result.auditChain) {
      print('The audit log’s hash chain, recomputed over the restored rows:');
      for (const line of describeAuditChain(result.auditChain)) print(`  ${line}`);
      chainBroken = !result.auditChain.ok;
    } else {
      print('The backup predates the audit hash chain: its rows are sealed when IPS Bridge starts.');
    }
  } finally {
    await database.close();
  }
  if (chainBroken) process.exit(AUDIT_CHAIN_BROKEN_EXIT);
}

function withOption(message: string): string {
  return message.replace('ips-bridge restore --force-clean', 'add --force-clean');
}

async function confirmClean(where: string, problem: string, yes: boolean): Promise<boolean> {
  const warning = `--force-clean deletes every table and row in ${where}, the audit log included (${problem}).`;
  if (yes) {
    print(`${warning} Confirmed by --yes.`);
    return true;
  }
  if (!process.stdin.isTTY) {
    throw new UsageError(`${warning} Add --yes to confirm; there is no terminal to ask on.`);
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await prompt.question(`${warning}\nType "delete" to go on: `);
    return answer.trim() === 'delete';
  } finally {
    prompt.close();
  }
}
