export { VaultStore, type ImportPolicy } from './vault-store'
export {
  PassphraseKeyProtector,
  StaticKeyProtector,
  type KeyProtector,
  type ProtectorAvailability,
} from './key-protector'
export { MemoryVaultFiles, type VaultFiles } from './vault-files'
