import * as v from 'valibot'

/**
 * What the renderer learns about the encrypted vault (`vault:*` channels): enough for the recovery
 * screen, the weak-protection banner and export / import. File names only, never paths.
 */

/** The same rule as main's key derivation: counted in code points after NFC. */
export const PASSPHRASE_MIN_LENGTH = 10
/** A bound against runaway input, far above anything typed by hand. */
export const PASSPHRASE_MAX_LENGTH = 1024

export const passphraseLength = (passphrase: string): number =>
  [...passphrase.normalize('NFC')].length

/**
 * Only spaces (half- or full-width), tabs or line breaks: long enough to count, but no secret. A
 * new passphrase like that is refused; one typed to open existing data is not judged.
 */
export const isBlankPassphrase = (passphrase: string): boolean => passphrase.trim() === ''

/**
 * The raw length is checked first, inside the same check: a pipe runs its later checks even after an
 * earlier one failed, and normalising a runaway string costs seconds of CPU.
 */
export const PassphraseSchema = v.pipe(
  v.string(),
  v.maxLength(PASSPHRASE_MAX_LENGTH),
  v.check(
    (p) => p.length <= PASSPHRASE_MAX_LENGTH && passphraseLength(p) >= PASSPHRASE_MIN_LENGTH,
    `at least ${PASSPHRASE_MIN_LENGTH} characters`,
  ),
)

/** Why the vault will not open (see `LockReason` in the vault service). */
export type VaultLockReason =
  'key-unavailable' | 'key-missing' | 'key-mismatch' | 'wrong-passphrase' | 'folder-unavailable'

/** What is wrong with a data folder the app cannot use, for advice in plain words. */
export type FolderProblem = 'read-only' | 'no-access' | 'busy' | 'disk-full' | 'other'

export interface VaultView {
  state: 'closed' | 'ready' | 'locked'
  lockReason: VaultLockReason | null
  /** Set when the data folder itself cannot be read or written (lockReason 'folder-unavailable'). */
  folderProblem: FolderProblem | null
  protector: 'os' | 'passphrase'
  /**
   * The OS cannot really protect the key (safeStorage unavailable, or Linux's `basic_text`
   * backend): the UI offers a passphrase instead.
   */
  weakProtection: boolean
  /** The key is protected by a passphrase that must be typed to open the data. */
  needsPassphrase: boolean
  /** A passphrase can be set now (weak OS protection, or no key could be made at all). */
  canUsePassphrase: boolean
  /** Live documents and which of their three rolling backups exist. */
  documents: Array<{ id: string; current: boolean; backups: string[] }>
  /** Files kept aside (unreadable, replaced or from a fresh start): never deleted. */
  setAside: string[]
  /** Backups put back in place during this run. */
  recoveries: Array<{ id: string; from: string; movedAside: string[]; at: number }>
}

export interface ExportResult {
  /** False when the user cancelled the save dialog. */
  saved: boolean
  fileName: string | null
  documents: number
}

/** The export file's extension and the largest file an import will read. */
export const EXPORT_EXTENSION = 'hwnavi'
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024
