/**
 * The figures of `npm run bench` and the targets they are held to (issue 9, "Load and latency"; the targets are set
 * for 100 000 participants at 50 connections):
 * - each database endpoint reaches at least 60 % of the throughput of its own SQL replayed raw, with p99 under 50 ms;
 * - the benefits estimate (no database) reaches at least 50 % of a bare Fastify route;
 * - no endpoint's p99 is above 250 ms;
 * - the app server's peak resident memory stays under 300 MB.
 * Pure: `load.bench.ts` measures, this module judges and prints.
 */

export type EndpointKind = 'ceiling' | 'database' | 'compute';

export interface Figures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface EndpointResult {
  name: string;
  kind: EndpointKind;
  http: Figures & { failed: number };
  /** The same SQL the endpoint issues, replayed by raw clients (database endpoints only). */
  raw?: Figures & { statements: number };
}

export const TARGETS = {
  databaseShareOfRaw: 0.6,
  databaseP99Ms: 50,
  computeShareOfCeiling: 0.5,
  anyP99Ms: 250,
  appPeakRssMb: 300,
} as const;

export interface Check {
  subject: string;
  rule: string;
  ok: boolean;
}

export function checks(results: readonly EndpointResult[], memory: { appPeakRssMb: number | null }): Check[] {
  const ceiling = results.find((r) => r.kind === 'ceiling');
  const out: Check[] = [];
  for (const r of results) {
    if (r.http.failed > 0) {
      out.push({ subject: r.name, rule: `${r.http.failed} failed or non-2xx answers`, ok: false });
    }
    if (r.kind === 'ceiling') continue;
    out.push({
      subject: r.name,
      rule: `p99 ${fmt(r.http.p99Ms)} ms ≤ ${TARGETS.anyP99Ms} ms`,
      ok: r.http.p99Ms <= TARGETS.anyP99Ms,
    });
    if (r.kind === 'database') {
      out.push({
        subject: r.name,
        rule: `p99 ${fmt(r.http.p99Ms)} ms < ${TARGETS.databaseP99Ms} ms`,
        ok: r.http.p99Ms < TARGETS.databaseP99Ms,
      });
      if (r.raw) {
        const share = r.http.requestsPerSecond / r.raw.requestsPerSecond;
        out.push({
          subject: r.name,
          rule: `${percent(share)} of its raw-SQL limit ≥ ${percent(TARGETS.databaseShareOfRaw)}`,
          ok: share >= TARGETS.databaseShareOfRaw,
        });
      }
    }
    if (r.kind === 'compute' && ceiling) {
      const share = r.http.requestsPerSecond / ceiling.http.requestsPerSecond;
      out.push({
        subject: r.name,
        rule: `${percent(share)} of the bare-Fastify ceiling ≥ ${percent(TARGETS.computeShareOfCeiling)}`,
        ok: share >= TARGETS.computeShareOfCeiling,
      });
    }
  }
  if (memory.appPeakRssMb !== null) {
    out.push({
      subject: 'app server',
      rule: `peak RSS ${fmt(memory.appPeakRssMb)} MB < ${TARGETS.appPeakRssMb} MB`,
      ok: memory.appPeakRssMb < TARGETS.appPeakRssMb,
    });
  }
  return out;
}

export function formatTable(results: readonly EndpointResult[]): string {
  const ceiling = results.find((r) => r.kind === 'ceiling');
  const header = ['endpoint', 'req/s', 'p50 ms', 'p99 ms', '× ceiling', 'raw req/s', 'raw p99', 'of raw'];
  const rows = results.map((r) => [
    r.name,
    fmt(r.http.requestsPerSecond, 0),
    fmt(r.http.p50Ms),
    fmt(r.http.p99Ms),
    ceiling ? percent(r.http.requestsPerSecond / ceiling.http.requestsPerSecond) : '—',
    r.raw ? fmt(r.raw.requestsPerSecond, 0) : '—',
    r.raw ? fmt(r.raw.p99Ms) : '—',
    r.raw ? percent(r.http.requestsPerSecond / r.raw.requestsPerSecond) : '—',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatChecks(list: readonly Check[]): string {
  return list.map((c) => `${c.ok ? 'ok  ' : 'MISS'}  ${c.subject}: ${c.rule}`).join('\n');
}

function fmt(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '—';
}

function percent(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)} %` : '—';
}
