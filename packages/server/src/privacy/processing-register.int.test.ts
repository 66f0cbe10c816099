import { readFileSync } from 'node:fs';
import { listParticipantReferences, listSchemaColumns, type SchemaColumn } from '@ips-bridge/db';
import { createTestDatabase, type TestDatabase } from '@ips-bridge/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LEGAL_BASES, PROCESSING_REGISTER } from './processing-register.ts';

// The record of processing (GDPR art. 30) against the real schema after every migration: a table or column added
// without being classified here fails with its name, and so does an entry for one that no longer exists.

let database: TestDatabase;
let columns: SchemaColumn[];

beforeAll(async () => {
  database = await createTestDatabase(inject('adminDatabaseUrl'));
  columns = await listSchemaColumns(database.db);
});
afterAll(() => database?.drop());

const registerFile = 'packages/server/src/privacy/processing-register.ts';

describe('the record of processing', () => {
  it('lists every table of the database, and no table that does not exist', () => {
    const inDatabase = [...new Set(columns.map((c) => c.table))].sort();
    const missing = inDatabase.filter((t) => !(t in PROCESSING_REGISTER));
    const stale = Object.keys(PROCESSING_REGISTER).filter((t) => !inDatabase.includes(t));
    expect(missing, `tables not in the record of processing (add them to ${registerFile})`).toEqual([]);
    expect(stale, `tables in ${registerFile} that the database does not have`).toEqual([]);
  });

  it('classifies every column as none, personal or special, and no column that does not exist', () => {
    const missing = columns
      .filter((c) => PROCESSING_REGISTER[c.table]?.columns[c.column] === undefined)
      .map((c) => `${c.table}.${c.column}`);
    const inDatabase = new Set(columns.map((c) => `${c.table}.${c.column}`));
    const stale = Object.entries(PROCESSING_REGISTER).flatMap(([table, entry]) =>
      Object.keys(entry.columns)
        .map((column) => `${table}.${column}`)
        .filter((name) => !inDatabase.has(name)),
    );
    expect(missing, `columns not classified in ${registerFile}`).toEqual([]);
    expect(stale, `columns in ${registerFile} that the database does not have`).toEqual([]);
  });

  it('ties every table that refers to a participant to the export, by that column', async () => {
    const references = await listParticipantReferences(database.db);
    const untied = references
      .filter(({ table, column }) => {
        const link = PROCESSING_REGISTER[table]?.subject?.link;
        return !link || !('column' in link) || link.column !== column;
      })
      .map(({ table, column }) => `${table}.${column}`);
    expect(untied, `participant references without an export link in ${registerFile}`).toEqual([]);
    expect(PROCESSING_REGISTER.participant?.subject?.link).toEqual({ column: 'id' });
  });

  it('names a purpose, a known legal basis, recipients and retention for every table', () => {
    for (const [table, entry] of Object.entries(PROCESSING_REGISTER)) {
      expect(entry.purpose.length, `${table}: purpose`).toBeGreaterThan(0);
      expect(entry.basis.length, `${table}: legal basis`).toBeGreaterThan(0);
      for (const basis of entry.basis) expect(Object.keys(LEGAL_BASES), `${table}: basis`).toContain(basis);
      expect(entry.recipients.length, `${table}: recipients`).toBeGreaterThan(0);
      expect(entry.retention.length, `${table}: retention`).toBeGreaterThan(0);
      const holdsPersonal = Object.values(entry.columns).some((c) => c !== 'none');
      if (holdsPersonal) {
        expect(entry.basis, `${table}: holds personal data, so needs a lawful basis`).not.toContain('none');
      }
    }
  });

  it('is described table by table in docs/record-of-processing.md', () => {
    const doc = readFileSync(new URL('../../../../docs/record-of-processing.md', import.meta.url), 'utf8');
    const undocumented = Object.keys(PROCESSING_REGISTER).filter((t) => !doc.includes(`\`${t}\``));
    expect(undocumented, 'tables missing from docs/record-of-processing.md').toEqual([]);
  });
});
