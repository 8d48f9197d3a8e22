export { VaultStore, type ImportPolicy } from './vault-store'
export {
  PassphraseKeyProtector,
  type KeyProtector,
  type ProtectorAvailability,
} from './key-protector'
export type { VaultFiles } from './vault-files'
