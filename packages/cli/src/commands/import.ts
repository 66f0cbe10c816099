import { createReadStream } from 'node:fs';
import { findUserWithPasswordHash, listOrganisations } from '@ips-bridge/db';
import { loadConfig, openDatabase } from '@ips-bridge/server';
import { type ImportEntity, runImport } from '@ips-bridge/server/import';
import { print, UsageError } from '../exit.ts';

export interface ImportCommandOptions {
  team: string;
  as: string;
  dryRun?: boolean;
}

/** `ips-bridge import <entity> <file>`: the same all-or-nothing streaming import as the API, with progress. */
export async function runImportCommand(
  entity: ImportEntity,
  file: string,
  options: ImportCommandOptions,
): Promise<void> {
  const format = file.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
  const config = loadConfig();
  const database = await openDatabase(config);
  let failed = false;
  try {
    const team = (await listOrganisations(database.db)).find(
      (o) => o.kind === 'ips_team' && (o.name === options.team || o.id === options.team),
    );
    if (!team) throw new UsageError(`no IPS team named "${options.team}"`);
    const actor = await findUserWithPasswordHash(database.db, options.as);
    if (!actor || actor.user.team?.id !== team.id)
      throw new UsageError(`--as: "${options.as}" is not a user of ${team.name}`);
    const report = await runImport(database.db, {
      entity,
      format,
      input: createReadStream(file),
      teamId: team.id,
      actor: { id: actor.user.id, role: actor.user.role },
      dryRun: options.dryRun ?? false,
      now: new Date(),
      requestId: null,
      onProgress: (rows) => process.stderr.write(`\r${rows} rows read…`),
    });
    process.stderr.write('\n');
    for (const p of report.problems) print(`line ${p.line}, ${p.field}: ${p.message} (${p.code})`);
    if (report.problemCount > report.problems.length)
      print(`…and ${report.problemCount - report.problems.length} more problems`);
    print(
      report.dryRun
        ? `Dry run: ${report.rowsRead} rows read, ${report.problemCount} problems. Nothing was written.`
        : report.problemCount > 0
          ? `${report.rowsRead} rows read, ${report.problemCount} problems: nothing was imported.`
          : `Imported ${report.imported} ${entity} from ${report.rowsRead} rows.`,
    );
    failed = report.problemCount > 0;
  } finally {
    await database.close();
  }
  // An explicit exit: the embedded PostgreSQL's exit hook would otherwise end the process with code 0.
  if (failed) process.exit(1);
}
