import {
  type AuditChainReport,
  type ChainHead,
  parseChainHead,
  sealAuditLog,
  verifyAuditChain,
} from '@ips-bridge/db';
import { loadConfig } from '@ips-bridge/server';
import { print, UsageError } from '../exit.ts';
import { openMaintenanceDatabase } from './maintenance-database.ts';

/** Exit code of `audit verify` (and of `restore`) when the audit chain is broken. */
export const AUDIT_CHAIN_BROKEN_EXIT = 4;

/** `ips-bridge audit seal`: seals every settled audit row now (the server also does this every few seconds). */
export async function runAuditSeal(options: { waitSeconds?: string }): Promise<void> {
  const waitMs = seconds(options.waitSeconds ?? '10', '--wait');
  const config = loadConfig();
  const database = await openMaintenanceDatabase(config);
  try {
    const started = performance.now();
    const result = await sealAuditLog(database.db, { waitMs });
    const elapsed = (performance.now() - started) / 1000;
    print(
      result.busy
        ? `Another sealer (a running IPS Bridge) is sealing ${database.where}; sealed ${result.sealed} rows here.`
        : `Sealed ${result.sealed} audit rows in ${elapsed.toFixed(2)} s.`,
    );
    if (result.waiting) {
      print(
        'Rows after the head wait for a transaction that was still open: they are sealed once it has ended.',
      );
    }
    print(result.head ? `Chain head: ${formatHead(result.head)}` : 'The chain is empty (no audit rows).');
  } finally {
    await database.close();
  }
}

/** `ips-bridge audit verify [--anchor ID:HASH] [--json]`: recomputes the chain; exit 4 when it is broken. */
export async function runAuditVerify(options: { anchor?: string; json?: boolean }): Promise<void> {
  let anchor: ChainHead | undefined;
  if (options.anchor !== undefined) {
    const parsed = parseChainHead(options.anchor);
    if (!parsed) throw new UsageError('--anchor takes ID:HASH as printed by `ips-bridge audit seal`');
    anchor = parsed;
  }
  const config = loadConfig();
  const database = await openMaintenanceDatabase(config);
  let report: AuditChainReport;
  try {
    if (!options.json) print(`Verifying the audit chain in ${database.where}`);
    const started = performance.now();
    report = await verifyAuditChain(database.db, anchor ? { anchor } : {});
    if (options.json) print(JSON.stringify(report, null, 2));
    else {
      for (const line of describeAuditChain(report)) print(line);
      print(`Checked in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
    }
  } finally {
    await database.close();
  }
  // process.exit, not exitCode: a dependency (async-exit-hook) ends the process with 0 when the event loop empties.
  if (!report.ok) process.exit(AUDIT_CHAIN_BROKEN_EXIT);
}

/** The report as lines for people: the counts, then the verdict and the problems. */
export function describeAuditChain(report: AuditChainReport): string[] {
  const lines = [
    `Audit rows: ${report.auditRows}; sealed and checked: ${report.sealedRows}; not sealed yet: ` +
      `${report.pendingRows}${report.oldestPendingAt ? ` (oldest from ${report.oldestPendingAt})` : ''}.`,
    report.head ? `Chain head: ${formatHead(report.head)}` : 'The chain is empty (nothing sealed yet).',
  ];
  if (report.ok) {
    lines.push('The audit chain is intact: every sealed row is present and unchanged, in its place.');
    return lines;
  }
  const { counts } = report;
  lines.push(
    `THE AUDIT CHAIN IS BROKEN: ${counts['row-changed']} changed, ${counts['row-missing']} deleted, ` +
      `${counts['link-broken']} broken links, ${counts['unsealed-inside']} added behind the seal, ` +
      `${counts['anchor-mismatch']} anchor mismatches.`,
  );
  if (report.firstProblem) {
    lines.push(`First problem, at audit row ${report.firstProblem.auditId}: ${report.firstProblem.message}`);
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  for (const problem of report.problems) lines.push(`  ${problem.kind}: ${problem.message}`);
  if (total > report.problems.length) lines.push(`  … and ${total - report.problems.length} more`);
  lines.push('See docs/operations.md, "Audit log integrity", for what to do.');
  return lines;
}

function formatHead(head: ChainHead): string {
  return `${head.id}:${head.hash}`;
}

function seconds(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 3600) throw new UsageError(`${option} takes seconds (0–3600)`);
  return n * 1000;
}
