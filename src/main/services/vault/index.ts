export {
  VaultStore,
  type ImportPolicy,
  type LockReason,
  type OpenResult,
  type ReadResult,
  type VaultOptions,
  type VaultStatus,
  type Recovery,
} from './vault-store'
export {
  PassphraseKeyProtector,
  StaticKeyProtector,
  type KeyProtector,
  type ProtectorAvailability,
} from './key-protector'
export { MemoryVaultFiles, type VaultFiles } from './vault-files'
export { sealExport, openExport, type DocumentMap } from './export-file'
export { PRODUCTION_SCRYPT, MIN_PASSPHRASE_LENGTH, type ScryptParams } from './kdf'
export { isValidDocumentId, type Slot } from './names'
