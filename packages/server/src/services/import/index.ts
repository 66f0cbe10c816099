export type { ImportFormat } from './rows.ts';
export { IMPORT_ENTITIES, type ImportEntity, type ImportReport, runImport } from './run-import.ts';
