export {
  AUDIT_CHAIN_FORMAT,
  type AuditChainRow,
  auditChainHash,
  auditRowHash,
  canonicalAuditRow,
  GENESIS_HASH,
} from './canonical.ts';
export { AuditChainMissingError, hasAuditChain } from './query.ts';
export {
  type AuditSealer,
  type AuditSealerOptions,
  auditSealLag,
  type ChainHead,
  chainHead,
  type SealLag,
  type SealOptions,
  type SealResult,
  sealAuditLog,
  startAuditSealer,
} from './seal.ts';
export {
  type AuditChainProblem,
  type AuditChainProblemKind,
  type AuditChainReport,
  parseChainHead,
  type VerifyOptions,
  verifyAuditChain,
} from './verify.ts';
