import { describe, expect, it } from 'vitest';
import { checks, type EndpointResult, formatTable } from './load-report.ts';

const ceiling: EndpointResult = {
  name: 'bare Fastify',
  kind: 'ceiling',
  http: { requestsPerSecond: 10_000, p50Ms: 4, p99Ms: 9, failed: 0 },
};

const db = (rps: number, p99: number, raw: number, failed = 0): EndpointResult => ({
  name: 'caseload',
  kind: 'database',
  http: { requestsPerSecond: rps, p50Ms: p99 / 2, p99Ms: p99, failed },
  raw: { requestsPerSecond: raw, p50Ms: 1, p99Ms: 3, statements: 6 },
});

const compute = (rps: number, p99: number): EndpointResult => ({
  name: 'benefits estimate',
  kind: 'compute',
  http: { requestsPerSecond: rps, p50Ms: 2, p99Ms: p99, failed: 0 },
});

const failing = (list: ReturnType<typeof checks>) => list.filter((c) => !c.ok).map((c) => c.rule);

describe('load targets', () => {
  it.each([
    { name: 'database endpoint at 60 % of raw with p99 49 ms passes', r: db(600, 49, 1000), misses: 0 },
    { name: 'database endpoint at 59 % of raw misses', r: db(590, 20, 1000), misses: 1 },
    { name: 'database p99 of 50 ms misses the 50 ms target', r: db(900, 50, 1000), misses: 1 },
    { name: 'database p99 of 251 ms misses both latency targets', r: db(900, 251, 1000), misses: 2 },
    { name: 'failed answers are a miss of their own', r: db(900, 10, 1000, 3), misses: 1 },
    { name: 'compute at 50 % of the ceiling passes', r: compute(5000, 30), misses: 0 },
    { name: 'compute at 49 % of the ceiling misses', r: compute(4900, 30), misses: 1 },
    { name: 'compute is not held to the 50 ms database target', r: compute(6000, 120), misses: 0 },
  ])('$name', ({ r, misses }) => {
    expect(failing(checks([ceiling, r], { appPeakRssMb: null }))).toHaveLength(misses);
  });

  it('holds the app server under 300 MB peak RSS', () => {
    expect(failing(checks([ceiling], { appPeakRssMb: 299.9 }))).toEqual([]);
    expect(failing(checks([ceiling], { appPeakRssMb: 300 }))).toEqual(['peak RSS 300.0 MB < 300 MB']);
  });
});

describe('the printed table', () => {
  it('shows each endpoint against the ceiling and its raw-SQL limit', () => {
    const table = formatTable([ceiling, db(600, 20, 1000), compute(5000, 30)]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(
      /^endpoint\s+req\/s\s+p50 ms\s+p99 ms\s+× ceiling\s+raw req\/s\s+raw p99\s+of raw$/,
    );
    expect(lines[2]).toMatch(/^bare Fastify\s+10000\s+4\.0\s+9\.0\s+100 %\s+—\s+—\s+—$/);
    expect(lines[3]).toMatch(/^caseload\s+600\s+10\.0\s+20\.0\s+6 %\s+1000\s+3\.0\s+60 %$/);
    expect(lines[4]).toMatch(/^benefits estimate\s+5000\s+2\.0\s+30\.0\s+50 %\s+—\s+—\s+—$/);
  });
});
