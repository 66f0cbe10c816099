import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dependencyOrder } from './catalog.ts';
import {
  BackupFileError,
  type BackupManifest,
  copyStatement,
  formatCopyLine,
  parseCopyLine,
  parseManifest,
  readLines,
  setvalStatement,
} from './format.ts';

describe('COPY text values', () => {
  it('round-trips any row of strings and NULLs, on one line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.string({ unit: 'grapheme' }), { nil: null }), { minLength: 1 }),
        (row) => {
          const line = formatCopyLine(row);
          expect(line).not.toMatch(/[\n\r]/);
          expect(parseCopyLine(line, row.length)).toEqual(row);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('writes what pg_dump writes for the special characters', () => {
    expect(formatCopyLine(['a\tb', 'c\nd\re', 'back\\slash', null, '', '\\N'])).toBe(
      'a\\tb\tc\\nd\\re\tback\\\\slash\t\\N\t\t\\\\N',
    );
  });

  it('refuses a line with the wrong number of values or a byte escape', () => {
    expect(() => parseCopyLine('a\tb', 3)).toThrow('expected 3 values, found 2');
    expect(() => parseCopyLine('\\101', 1)).toThrow('unsupported escape');
    expect(() => parseCopyLine('ends\\', 1)).toThrow('lone backslash');
  });
});

describe('statements in the file', () => {
  it('quotes names', () => {
    expect(copyStatement({ name: 'odd"name', columns: [{ name: 'a b', type: 'text' }] })).toBe(
      'COPY "odd""name" ("a b") FROM stdin;',
    );
    expect(setvalStatement({ name: "it's_seq", lastValue: '42', isCalled: true })).toBe(
      `SELECT pg_catalog.setval('"it''s_seq"', 42, true);`,
    );
  });
});

describe('parseManifest', () => {
  const manifest: BackupManifest = {
    format: 'ips-bridge-backup',
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt: '2026-11-22T10:00:00.000Z',
    postgresVersion: '18.4',
    migrations: ['2026_11_22_0001_foundation'],
    tables: [
      { name: 'organisation', columns: [{ name: 'id', type: 'uuid' }], rows: 2, checksum: 'a'.repeat(32) },
    ],
    sequences: [{ name: 'audit_log_id_seq', lastValue: '7', isCalled: true }],
    totalRows: 2,
  };

  it('accepts a manifest as the backup writes it', () => {
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest);
  });

  it('names what is wrong', () => {
    const bad = (change: object) => () => parseManifest(JSON.stringify({ ...manifest, ...change }));
    expect(() => parseManifest('{')).toThrow(BackupFileError);
    expect(bad({ format: 'other' })).toThrow('format is not ips-bridge-backup');
    expect(bad({ formatVersion: 2 })).toThrow('format version 2; this IPS Bridge reads version 1');
    expect(bad({ totalRows: 3 })).toThrow('totalRows is not the sum');
    expect(bad({ tables: [{ name: 'x', columns: [], rows: 1, checksum: 'zz' }] })).toThrow(
      'tables is malformed',
    );
    expect(bad({ sequences: [{ name: 's', lastValue: '1; DROP', isCalled: true }] })).toThrow(
      'sequences is malformed',
    );
  });
});

describe('dependencyOrder', () => {
  it('puts referred-to tables first, ignores self-references and still lists tables in a cycle', () => {
    const tables = ['participant', 'organisation', 'plan_goal', 'app_user', 'a', 'b'].map((name) => ({
      name,
    }));
    const order = dependencyOrder(tables, [
      { child: 'participant', parent: 'organisation' },
      { child: 'participant', parent: 'app_user' },
      { child: 'app_user', parent: 'organisation' },
      { child: 'plan_goal', parent: 'participant' },
      { child: 'plan_goal', parent: 'plan_goal' },
      { child: 'a', parent: 'b' },
      { child: 'b', parent: 'a' },
    ]).map((t) => t.name);
    expect(order).toEqual(['organisation', 'app_user', 'participant', 'plan_goal', 'a', 'b']);
  });
});

describe('readLines', () => {
  it('splits on \\n only and keeps characters split across chunks whole', async () => {
    const bytes = Buffer.from('første\r linje\nandre ø\n\nsiste');
    const chunks = [bytes.subarray(0, 2), bytes.subarray(2, 17), bytes.subarray(17)];
    const lines: string[] = [];
    for await (const line of readLines(Readable.from(chunks))) lines.push(line);
    expect(lines).toEqual(['første\r linje', 'andre ø', '', 'siste']);
  });
});
