export { type TableChecksum, tableChecksum } from './catalog.ts';
export {
  type BackupFileResult,
  type BackupOptions,
  BackupSourceError,
  createBackupFile,
  writeBackup,
} from './create-backup.ts';
export { BackupFileError, type BackupManifest, type BackupTable } from './format.ts';
export {
  BackupIncompatibleError,
  inspectBackupFile,
  inspectTarget,
  type RestoreOptions,
  RestoreRefusedError,
  type RestoreResult,
  RestoreVerificationError,
  restoreBackup,
  type TargetState,
  targetProblem,
} from './restore-backup.ts';
export { runningEmbeddedPostgres } from './running-embedded.ts';
