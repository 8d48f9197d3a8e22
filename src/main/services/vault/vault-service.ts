import { DomainError } from '@shared/ipc/result'
import { isBlankPassphrase, type VaultView } from '@shared/vault'
import { faultOfErrno } from '../file-errors'
import type { KeyProtector, ProtectorAvailability, VaultStore } from '.'

/** How the data key can be protected: the OS keychain the vault opened with, or a passphrase. */
export interface KeyProtection {
  /** The OS protector (safeStorage in the app); its availability tells whether it is weak. */
  os: KeyProtector
  /** A passphrase protector; tests pass cheap KDF parameters. */
  passphrase(passphrase: string): KeyProtector
}

/**
 * The vault as the user sees it: state for the recovery screen, a passphrase where the OS cannot
 * protect the key, an explicit fresh start. Export and import go by establishment
 * (`establishments/transfer.ts`).
 */
export class VaultService {
  constructor(
    private readonly vault: VaultStore,
    private readonly protection: KeyProtection,
  ) {}

  async status(): Promise<VaultView> {
    const s = await this.vault.status()
    const os = await this.osAvailability()
    const osWeak = !os.available || os.weak
    const lockReason = s.lock?.reason ?? null
    const needsPassphrase =
      s.state === 'locked' &&
      (s.lock?.keyProtector === 'passphrase' || lockReason === 'wrong-passphrase')
    // Nothing was ever stored and the OS could not protect a new key: a passphrase can.
    const blank = s.state === 'locked' && !s.keyFile && s.documents.length === 0
    const weakProtection = s.protector === 'os' && osWeak && !needsPassphrase
    return {
      state: s.state,
      lockReason,
      folderProblem:
        s.lock?.reason === 'folder-unavailable' ? (faultOfErrno(s.lock.detail) ?? 'other') : null,
      protector: s.protector,
      weakProtection,
      needsPassphrase,
      canUsePassphrase:
        needsPassphrase || (s.state === 'ready' && weakProtection) || (blank && osWeak),
      documents: s.documents.map((d) => ({
        id: d.id,
        current: d.current,
        backups: [...d.backups],
      })),
      setAside: [...s.setAside],
      recoveries: s.recoveries.map((r) => ({ ...r, movedAside: [...r.movedAside] })),
    }
  }

  /**
   * Unlocks a passphrase-protected vault, or (where the OS protection is weak or missing) protects
   * the data key with this passphrase from now on. The documents are not re-encrypted: only the key.
   */
  async usePassphrase(passphrase: string): Promise<VaultView> {
    const view = await this.status()
    if (view.needsPassphrase) {
      this.vault.useProtector(this.protection.passphrase(passphrase))
      const opened = await this.vault.open()
      if (opened.state === 'locked' && opened.reason === 'wrong-passphrase') {
        throw new DomainError('wrong-passphrase', '0', 'the passphrase does not open the data')
      }
      return this.status()
    }
    if (!view.canUsePassphrase) {
      throw new DomainError('conflict', '0', 'the OS already protects the key')
    }
    if (isBlankPassphrase(passphrase)) {
      throw new DomainError('invalid-field', '0', 'a new passphrase of blanks only')
    }
    const protector = this.protection.passphrase(passphrase)
    if (view.state === 'ready') await this.vault.changeProtector(protector)
    else {
      this.vault.useProtector(protector)
      await this.vault.open()
    }
    return this.status()
  }

  /** Tries to open the data again, e.g. once the user closed the program that held the folder. */
  async reopen(): Promise<VaultView> {
    await this.vault.open()
    return this.status()
  }

  /** The user's explicit, confirmed "start anew": every file is moved aside, none deleted. */
  async startFresh(): Promise<VaultView> {
    await this.useOsWhenLocked()
    await this.vault.startFresh()
    return this.status()
  }

  private async useOsWhenLocked(): Promise<void> {
    const s = await this.vault.status()
    if (s.state !== 'ready') this.vault.useProtector(this.protection.os)
  }

  private async osAvailability(): Promise<ProtectorAvailability> {
    try {
      return await this.protection.os.isAvailable()
    } catch {
      return { available: false, weak: false }
    }
  }
}
