import { basename } from 'node:path'
import { DomainError } from '@shared/ipc/result'
import {
  EXPORT_EXTENSION,
  IMPORT_MAX_BYTES,
  isBlankPassphrase,
  type FolderProblem,
  type ExportResult,
  type ImportResult,
  type VaultView,
} from '@shared/vault'
import { APP_IMPORT_POLICY } from '../app-documents'
import { asDomainError } from '../file-errors'
import type { Clock, FileDialogPort, FileFilter, UserFilePort } from '../ports'
import type { KeyProtector, ProtectorAvailability, VaultStore } from '.'

/** How the data key can be protected: the OS keychain the vault opened with, or a passphrase. */
export interface KeyProtection {
  /** The OS protector (safeStorage in the app); its availability tells whether it is weak. */
  os: KeyProtector
  /** A passphrase protector; tests pass cheap KDF parameters. */
  passphrase(passphrase: string): KeyProtector
}

const folderProblems: Readonly<Record<string, FolderProblem>> = {
  EROFS: 'read-only',
  EACCES: 'no-access',
  EPERM: 'no-access',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
}

const FILTERS: FileFilter[] = [
  { name: '求人者マイページ準備ナビ (Hello Work My Page Prep)', extensions: [EXPORT_EXTENSION] },
]

/**
 * The vault as the user sees it: state for the recovery screen, a passphrase where the OS cannot
 * protect the key, an explicit fresh start, export and import through native dialogs. Every path
 * is chosen by the user in a dialog; the renderer never names a file.
 */
export class VaultService {
  constructor(
    private readonly vault: VaultStore,
    private readonly protection: KeyProtection,
    private readonly dialogs: FileDialogPort,
    private readonly files: UserFilePort,
    private readonly clock: Clock,
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
        s.lock?.reason === 'folder-unavailable' ? (folderProblems[s.lock.detail] ?? 'other') : null,
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

  async exportTo(passphrase: string): Promise<ExportResult> {
    if (isBlankPassphrase(passphrase)) {
      throw new DomainError('invalid-field', '0', 'a new passphrase of blanks only')
    }
    const s = await this.vault.status()
    if (s.state !== 'ready') throw new DomainError('locked', undefined, 'nothing to export')
    const path = await this.dialogs.chooseSavePath({
      defaultName: `hellowork-mypage-prep-${this.dateStamp()}.${EXPORT_EXTENSION}`,
      filters: FILTERS,
    })
    if (path === null) return { saved: false, fileName: null, documents: 0 }
    const bytes = await this.vault.exportAll(passphrase)
    await this.guardFile(() => this.files.write(path, bytes))
    return { saved: true, fileName: basename(path), documents: s.documents.length }
  }

  /**
   * Reads an export file and writes its documents under this PC's key. A wrong passphrase or a
   * damaged file changes nothing; replaced versions stay as backups or set-aside files.
   */
  async importFrom(passphrase: string): Promise<ImportResult> {
    const path = await this.dialogs.chooseOpenPath({ filters: FILTERS })
    if (path === null) {
      return {
        imported: false,
        fileName: null,
        documents: 0,
        skipped: 0,
        movedAside: [],
        vault: await this.status(),
      }
    }
    const bytes = await this.guardFile(() => this.files.read(path, IMPORT_MAX_BYTES))
    // A locked vault is replaced by the import: make its new key with this PC's protector, not
    // with a passphrase that just failed.
    await this.useOsWhenLocked()
    const result = await this.vault.importExport(bytes, passphrase, APP_IMPORT_POLICY)
    return {
      imported: true,
      fileName: basename(path),
      documents: result.imported.length,
      skipped: result.skipped,
      movedAside: result.movedAside,
      vault: await this.status(),
    }
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

  /** A file the user picked may vanish or be unreadable: say so instead of failing internally. */
  private async guardFile<T>(task: () => Promise<T>): Promise<T> {
    try {
      return await task()
    } catch (error) {
      if (error instanceof DomainError) throw error
      // A full disk or a folder the user may not write to has its own advice; the rest is 'unavailable'.
      const mapped = asDomainError(error, 'file')
      throw mapped instanceof DomainError ? mapped : new DomainError('unavailable', 'file')
    }
  }

  private dateStamp(): string {
    const d = new Date(this.clock.now())
    const pad = (n: number) => String(n).padStart(2, '0')
    return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`
  }
}
