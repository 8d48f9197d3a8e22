import { basename } from 'node:path'
import {
  type EstablishmentRow,
  type ImportCandidate,
  type ImportChoice,
  type ImportOutcome,
  type ImportPreview,
} from '@shared/establishments'
import { DomainError } from '@shared/ipc/result'
import {
  DEFAULT_PROFILE_ID,
  DOCUMENT_KINDS,
  documentId,
  ESTABLISHMENT_INDEX_ID,
  ESTABLISHMENTS_MAX,
} from '@shared/profiles'
import {
  EXPORT_EXTENSION,
  IMPORT_MAX_BYTES,
  isBlankPassphrase,
  type ExportResult,
} from '@shared/vault'
import { APP_IMPORT_POLICY } from '../app-documents'
import { asDomainError } from '../file-errors'
import type { Clock, FileDialogPort, FileFilter, UserFilePort } from '../ports'
import type { KeyProtector, VaultStore } from '../vault'
import { splitDocumentId } from '../app-documents'
import type { EstablishmentsService } from './establishments-service'
import { decodeIndex, encodeIndex } from './index-codec'
import { fileNamePart } from './labelled-dialogs'
import { parseDocument, type RawDocuments } from './parse-documents'

const FILTERS: FileFilter[] = [
  { name: '求人者マイページ準備ナビ (Hello Work My Page Prep)', extensions: [EXPORT_EXTENSION] },
]

export interface TransferDeps {
  vault: VaultStore
  establishments: EstablishmentsService
  /** The OS protector: an import into a vault that will not open starts it anew with this one. */
  osProtector: KeyProtector
  dialogs: FileDialogPort
  files: UserFilePort
  clock: Clock
}

interface HeldFile {
  fileName: string
  candidates: ImportCandidate[]
  documents: Map<string, RawDocuments>
  /** The establishments whose name came with the file (its index), not from their 事業所名. */
  named: Set<string>
  skipped: number
}

/**
 * Moving establishments between PCs: export one, several or all into the passphrase-protected
 * file (the same format as ever, with an index of just those establishments so their names come
 * along), and import in two steps: read the file and show what is in it, then add each
 * establishment as a new one (new ids) or, where the user chose so, in place of the one with the
 * same 事業所番号, whose data is kept aside. Nothing here is ever overwritten.
 */
export class EstablishmentTransfer {
  /** The file read last, until it is imported or dropped (decrypted, in main's memory only). */
  private held: HeldFile | null = null

  constructor(private readonly deps: TransferDeps) {}

  async exportTo(
    passphrase: string,
    ids: readonly string[],
  ): Promise<ExportResult & { establishments: number }> {
    if (isBlankPassphrase(passphrase)) {
      throw new DomainError('invalid-field', '0', 'a new passphrase of blanks only')
    }
    const status = await this.deps.vault.status()
    if (status.state !== 'ready') throw new DomainError('locked', undefined, 'nothing to export')
    const rows = await this.deps.establishments.rowsFor(ids)
    const only = rows.length === 1 ? rows[0] : undefined
    const path = await this.deps.dialogs.chooseSavePath({
      defaultName: `hellowork-mypage-prep-${only && fileNamePart(only.name) ? `${fileNamePart(only.name)}-` : ''}${this.dateStamp()}.${EXPORT_EXTENSION}`,
      filters: FILTERS,
    })
    if (path === null) return { saved: false, fileName: null, documents: 0, establishments: 0 }
    const documentIds = rows.flatMap((row) => DOCUMENT_KINDS.map((k) => documentId(row.id, k)))
    const index = encodeIndex({ version: 1, establishments: rows, removed: [] })
    const bytes = await this.deps.vault.exportDocuments(documentIds, passphrase, {
      [ESTABLISHMENT_INDEX_ID]: index,
    })
    await this.guardFile(() => this.deps.files.write(path, bytes))
    const live = new Set(status.documents.filter((d) => d.current).map((d) => d.id))
    return {
      saved: true,
      fileName: basename(path),
      documents: documentIds.filter((id) => live.has(id)).length,
      establishments: rows.length,
    }
  }

  /**
   * Open dialog, then the file is decrypted and looked at, nothing written: its establishments,
   * each with the one here that has the same 事業所番号, if any. Null when the dialog was cancelled.
   * A file with no establishment the app knows says so (`not-found` on `file`).
   */
  async read(passphrase: string): Promise<ImportPreview | null> {
    this.held = null
    const path = await this.deps.dialogs.chooseOpenPath({ filters: FILTERS })
    if (path === null) return null
    const bytes = await this.guardFile(() => this.deps.files.read(path, IMPORT_MAX_BYTES))
    const { documents, skipped } = await this.deps.vault.readExport(
      bytes,
      passphrase,
      APP_IMPORT_POLICY,
    )
    const names = namesIn(documents.get(ESTABLISHMENT_INDEX_ID))
    const groups = new Map<string, RawDocuments>()
    for (const [id, doc] of documents) {
      const parts = splitDocumentId(id)
      if (parts === undefined) continue
      const group = groups.get(parts.profileId) ?? {}
      group[parts.kind] = doc
      groups.set(parts.profileId, group)
    }
    if (groups.size === 0) {
      throw new DomainError('not-found', 'file', 'no establishment in the file')
    }
    if (groups.size > ESTABLISHMENTS_MAX) {
      throw new DomainError('invalid-payload', 'file', 'too many establishments')
    }
    const ready = (await this.deps.vault.status()).state === 'ready'
    const keys = [...groups.keys()].sort(
      (a, b) =>
        rank(names, a) - rank(names, b) ||
        Number(b === DEFAULT_PROFILE_ID) - Number(a === DEFAULT_PROFILE_ID) ||
        a.localeCompare(b),
    )
    const candidates: ImportCandidate[] = []
    for (const key of keys) {
      const group = groups.get(key) ?? {}
      const profile = parseDocument('profile', group.profile)
      const officeNumber = profile.record.officeNumber.trim()
      // Only the 事業所番号 names one establishment: sites of one company share the 法人番号.
      const match = ready ? await this.deps.establishments.matchOfficeNumber(officeNumber) : null
      candidates.push({
        key,
        name: names.get(key)?.name ?? (profile.establishment.name.trim() || ''),
        profileName: profile.establishment.name.trim(),
        officeNumber,
        drafts: parseDocument('drafts', group.drafts).length,
        match: match === null ? null : { id: match.id, name: match.name },
      })
    }
    this.held = {
      fileName: basename(path),
      candidates,
      documents: groups,
      named: new Set([...names.keys()].filter((k) => groups.has(k))),
      skipped,
    }
    return { fileName: basename(path), establishments: candidates, skipped }
  }

  /**
   * Imports the file read last: each establishment as a new one, unless the user chose to replace
   * the one with its 事業所番号. On data this PC cannot open, the user's import is the way out: the
   * old files are moved aside first (never deleted), as a fresh start does.
   */
  async apply(choices: readonly ImportChoice[]): Promise<ImportOutcome> {
    const held = this.held
    if (held === null) throw new DomainError('not-found', '0', 'no file was read')
    const action = new Map(choices.map((c) => [c.key, c.action]))
    for (const [key, chosen] of action) {
      const candidate = held.candidates.find((c) => c.key === key)
      if (candidate === undefined) throw new DomainError('not-found', '0', 'not in the file')
      if (chosen === 'replace' && candidate.match === null) {
        throw new DomainError('invalid-field', '0', 'nothing to replace')
      }
    }
    const status = await this.deps.vault.status()
    if (status.state !== 'ready') {
      this.deps.vault.useProtector(this.deps.osProtector)
      await this.deps.vault.startFresh()
      this.deps.establishments.forget()
    }
    const listed = async () =>
      new Set((await this.deps.establishments.list()).establishments.map((r) => r.id))
    const before = await listed()
    let result: Awaited<ReturnType<EstablishmentsService['addImported']>>
    try {
      result = await this.deps.establishments.addImported(
        held.candidates.map((c) => ({
          name: c.name,
          autoName: !held.named.has(c.key),
          documents: held.documents.get(c.key) ?? {},
          replace: action.get(c.key) === 'replace' ? (c.match?.id ?? null) : null,
        })),
      )
    } catch (error) {
      // Part of the file is in the list now: a second try would add it again, so it is read anew.
      if ([...(await listed())].some((id) => !before.has(id))) this.held = null
      throw error
    }
    this.held = null
    return {
      fileName: held.fileName,
      added: result.added,
      replaced: result.replaced,
      skipped: held.skipped,
      view: result.view,
    }
  }

  /** The user closed the choice without importing: the decrypted file is dropped. */
  cancel(): void {
    this.held = null
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
    const d = new Date(this.deps.clock.now())
    const pad = (n: number) => String(n).padStart(2, '0')
    return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`
  }
}

/** The names an exported index gives its establishments (an index that does not fit: none). */
function namesIn(doc: unknown): Map<string, EstablishmentRow> {
  return new Map((decodeIndex(doc)?.establishments ?? []).map((r) => [r.id, r]))
}

const rank = (names: Map<string, EstablishmentRow>, key: string): number => {
  const at = [...names.keys()].indexOf(key)
  return at < 0 ? Number.MAX_SAFE_INTEGER : at
}
