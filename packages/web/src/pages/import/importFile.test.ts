import { describe, expect, it } from 'vitest';
import { checkImportFile, MAX_IMPORT_BYTES } from './importFile.ts';

describe('checkImportFile', () => {
  it('accepts CSV and XLSX files, whatever the case of the extension', () => {
    expect(checkImportFile({ name: 'deltakere.csv', size: 120 })).toBeNull();
    expect(checkImportFile({ name: 'Deltakere 2026.XLSX', size: 12_000 })).toBeNull();
    expect(checkImportFile({ name: 'jobs.csv', size: MAX_IMPORT_BYTES })).toBeNull();
  });

  it('refuses other files, the old Excel format by name', () => {
    expect(checkImportFile({ name: 'deltakere.xls', size: 120 })).toBe('oldExcel');
    expect(checkImportFile({ name: 'deltakere.pdf', size: 120 })).toBe('type');
    expect(checkImportFile({ name: 'deltakere', size: 120 })).toBe('type');
    expect(checkImportFile({ name: 'csv', size: 120 })).toBe('type');
  });

  it('refuses an empty file and one over 50 MB', () => {
    expect(checkImportFile({ name: 'tom.csv', size: 0 })).toBe('empty');
    expect(checkImportFile({ name: 'stor.xlsx', size: MAX_IMPORT_BYTES + 1 })).toBe('tooLarge');
    expect(MAX_IMPORT_BYTES).toBe(52_428_800);
  });
});
