import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMPORT_ENTITIES, type ImportEntity } from '../../api/imports.ts';
import { IMPORT_COLUMNS } from './importColumns.ts';

const docs = new URL('../../../../../docs/', import.meta.url);

/** The column names docs/import.md lists for each entity (its table: entity | column | required | meaning). */
function documentedColumns(): Record<string, string[]> {
  const columns: Record<string, string[]> = {};
  let entity = '';
  for (const line of readFileSync(new URL('import.md', docs), 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 5 || cells[2]?.startsWith('`') !== true) continue;
    entity = cells[1] || entity;
    columns[entity] = [
      ...(columns[entity] ?? []),
      ...[...(cells[2] ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1] ?? ''),
    ];
  }
  return columns;
}

const shown = (entity: ImportEntity): string[] => IMPORT_COLUMNS[entity].map((column) => column.name);

describe('the columns shown on the import page', () => {
  it('are the columns docs/import.md documents', () => {
    const documented = documentedColumns();
    for (const entity of IMPORT_ENTITIES) {
      expect([...shown(entity)].sort(), entity).toEqual([...(documented[entity] ?? [])].sort());
    }
  });

  it('cover every column of the sample files', () => {
    for (const entity of IMPORT_ENTITIES) {
      const header = readFileSync(new URL(`import/${entity}.csv`, docs), 'utf8').split(/\r?\n/)[0] ?? '';
      expect(
        header.split(';').filter((column) => !shown(entity).includes(column)),
        entity,
      ).toEqual([]);
    }
  });
});
