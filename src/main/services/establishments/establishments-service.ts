import { randomBytes } from 'node:crypto'
import { jstDateOf } from '@shared/dates'
import {
  ESTABLISHMENT_KANA_MAX,
  ESTABLISHMENT_NAME_MAX,
  nameKey,
  REMOVED_MAX,
  officeNumberKey,
  type CreatedEstablishment,
  type EstablishmentInput,
  type EstablishmentRow,
  type EstablishmentSummary,
  type EstablishmentsView,
  type IndexDocument,
  type IndexNotice,
  type RemovalReason,
  type RemovedEstablishment,
  type RemovedKey,
} from '@shared/establishments'
import { DomainError } from '@shared/ipc/result'
import type { EnteredRate } from '@shared/job-offer/minimum-wage-lookup'
import type { Locale } from '@shared/settings'
import {
  DEFAULT_PROFILE_ID,
  DOCUMENT_KINDS,
  documentId,
  ESTABLISHMENT_INDEX_ID,
  ESTABLISHMENTS_MAX,
  type DocumentKind,
} from '@shared/profiles'
import { splitDocumentId } from '../app-documents'
import { keepAside, previousOf } from '../documents'
import { errnoCode } from '../file-errors'
import type { Clock, LogPort } from '../ports'
import type { VaultStore } from '../vault'
import { decodeIndex, encodeIndex } from './index-codec'
import {
  parseDocument,
  parseDocuments,
  type EstablishmentDocuments,
  type RawDocuments,
} from './parse-documents'

/** The summary's code (the offer check, the holiday calendar) loads with the first summary made. */
const summaries = () => import('./summary')

/** What the establishments need from the rest of main. */
export interface EstablishmentsDeps {
  vault: VaultStore
  /** The active establishment (a setting) and the language default names are written in. */
  settings: {
    activeEstablishment(): string | undefined
    setActiveEstablishment(id: string): void
    get(): { locale: Locale }
  }
  /** The minimum wages the user entered (app-wide), for the offer check's counts. */
  rates: () => readonly EnteredRate[]
  clock: Clock
  /** A removed establishment's countdown stops, and what main held of its edits goes. */
  timer: { cancel(profileId: string): unknown; state(profileId: string): { status: string } }
  edits: { dropEstablishment(profileId: string): void }
  onChange: (view: EstablishmentsView) => void
  /** Another establishment became the active one (the other window follows). */
  onActivate?: (activated: { activeId: string }) => void
  log: LogPort
}

/** The establishments that have at least one document among these vault ids, in first-seen order. */
export function establishmentIdsOf(documentIds: readonly string[]): string[] {
  const ids = new Set<string>()
  for (const id of documentIds) {
    const parts = splitDocumentId(id)
    if (parts) ids.add(parts.profileId)
  }
  return [...ids]
}

const REMOVED_FILE =
  /^([a-z0-9][a-z0-9-]{0,39})_(profile|guide|drafts)\.vault(?:\.bak[1-3])?\.removed-(\d{8}T\d{6})(?:-\d+)?$/

/** How many establishments' documents stay parsed in memory (the ones being worked on). */
const CACHE_SIZE = 3

/**
 * The establishments as a list: the index document (one encrypted vault document with each row's
 * name and summary), the active one (a setting), and what was removed (documents moved aside, never
 * deleted, and put back on request). The index is read once per run and kept in memory; it is
 * checked field by field (`index-codec.ts`), made again from the documents when it is missing or
 * unreadable, and checked against the data folder after the first list of the run.
 */
export class EstablishmentsService {
  private index: IndexDocument | null = null
  private notice: IndexNotice | null = null
  private verified = false
  private tail: Promise<unknown> = Promise.resolve()
  /** Parsed documents of the establishments saved or read last, to summarise without rereading. */
  private readonly cache = new Map<
    string,
    Partial<EstablishmentDocuments> & { raw: RawDocuments }
  >()

  constructor(private readonly deps: EstablishmentsDeps) {}

  list(): Promise<EstablishmentsView> {
    return this.exclusive(async () => {
      await this.ensure()
      if (!this.verified) {
        this.verified = true
        // After the list is answered: the folder is checked for establishments the index does not
        // know (a crash between a document's save and the index's), without holding up the start.
        void this.verify()
      }
      return this.view()
    })
  }

  create(input: EstablishmentInput): Promise<CreatedEstablishment> {
    return this.exclusive(async () => {
      const index = await this.ensure()
      const checked = this.checkInput(index, input, '0')
      this.checkRoom(index, 1)
      const { summarize } = await summaries()
      const row = this.newRow(checked, summarize(parseDocuments({}), this.today(), this.rates()))
      index.establishments.push(row)
      await this.persist()
      return { view: this.changed(), id: row.id }
    })
  }

  rename(id: string, input: EstablishmentInput): Promise<EstablishmentsView> {
    return this.exclusive(async () => {
      const index = await this.ensure()
      const row = this.rowOf(index, id)
      const checked = this.checkInput(index, input, '1', id)
      this.replaceRow(index, row, {
        ...row,
        name: checked.name,
        kana: checked.kana,
        autoName: false,
      })
      await this.persist()
      return this.changed()
    })
  }

  /**
   * A second site of the same company: a copy of the profile alone (no guide, no drafts), without
   * the 事業所番号, which every establishment has its own of.
   */
  duplicate(id: string, input: EstablishmentInput): Promise<CreatedEstablishment> {
    return this.exclusive(async () => {
      const index = await this.ensure()
      this.rowOf(index, id)
      const checked = this.checkInput(index, input, '1')
      this.checkRoom(index, 1)
      const source = parseDocuments({ profile: await this.readRaw(documentId(id, 'profile')) })
      const profile = structuredClone(source.profile)
      profile.record.officeNumber = ''
      const { summarize } = await summaries()
      const summary = summarize({ ...source, profile }, this.today(), this.rates())
      const row = { ...this.newRow(checked, summary), changedAt: this.deps.clock.now() }
      await this.deps.vault.write(documentId(row.id, 'profile'), profile)
      index.establishments.splice(index.establishments.indexOf(this.rowOf(index, id)) + 1, 0, row)
      await this.persist()
      return { view: this.changed(), id: row.id }
    })
  }

  /**
   * Moves the establishment's documents aside (kept, listed for restore), stops its countdown and
   * drops what main held of its edits. The only establishment cannot be removed; the active one is
   * replaced by the first other one (the window switches before it asks).
   */
  remove(id: string): Promise<EstablishmentsView> {
    return this.exclusive(async () => {
      const index = await this.ensure()
      this.rowOf(index, id)
      if (index.establishments.length === 1) {
        throw new DomainError('conflict', '0', 'the only establishment')
      }
      await this.removeNow(index, id, 'removed')
      this.deps.log.info('establishments.removed', { left: index.establishments.length })
      return this.changed()
    })
  }

  /** Puts a removed establishment back, under its own id, with its documents as they were. */
  restore(key: RemovedKey): Promise<EstablishmentsView> {
    return this.exclusive(async () => {
      const index = await this.ensure()
      const record = index.removed.find((r) => r.id === key.id && r.removedAt === key.removedAt)
      if (record === undefined) throw new DomainError('not-found', '0', 'no such removed one')
      if (index.establishments.some((r) => r.id === record.id)) {
        throw new DomainError('conflict', '0', 'already in the list')
      }
      this.checkRoom(index, 1)
      // Files put back by an earlier, interrupted restore are live already: skipped, not refused.
      await this.deps.vault.restoreRemoved(record.files, { resume: true })
      const row = await this.rowFromDocuments(record.id, this.uniqueName(index, record.name))
      index.establishments.push(row)
      index.removed = index.removed.filter((r) => r !== record)
      await this.persist()
      this.deps.log.info('establishments.restored', { files: record.files.length })
      return this.changed()
    })
  }

  /** The establishment every screen is about from now on (the window saved its edits first). */
  activate(id: string): Promise<{ activeId: string }> {
    return this.exclusive(async () => {
      const index = await this.ensure()
      this.rowOf(index, id)
      this.deps.settings.setActiveEstablishment(id)
      const activated = { activeId: id }
      this.deps.onActivate?.(activated)
      return activated
    })
  }

  /** The name of an establishment, for notices and the title bar; null unless there are several. */
  labelOf(profileId: string): string | null {
    const rows = this.index?.establishments ?? []
    if (rows.length < 2) return null
    return rows.find((r) => r.id === profileId)?.name ?? null
  }

  /** The active establishment's name once there are several (for a file name), else null. */
  activeLabel(): string | null {
    const index = this.index
    return index === null ? null : this.labelOf(this.activeOf(index))
  }

  /** The vault was replaced or reopened (fresh start, passphrase, import): read everything anew. */
  forget(): void {
    this.index = null
    this.notice = null
    this.verified = false
    this.cache.clear()
  }

  // ---- the hooks of the documents the areas save (see IndexedDocuments) ----------------------

  /** Before a document of this establishment is written: it must be in the list. */
  beforeWrite(profileId: string): Promise<void> {
    return this.exclusive(async () => {
      const index = await this.ensure()
      if (!index.establishments.some((r) => r.id === profileId)) {
        // A save racing a removal must not bring the removed establishment's data back.
        throw new DomainError('not-found', '0', 'no such establishment')
      }
    })
  }

  /** A document was read: kept (unparsed) in case a save of its establishment comes next. */
  documentRead(profileId: string, kind: DocumentKind, doc: unknown): void {
    const entry = this.cacheOf(profileId)
    entry.raw[kind] = doc
    delete entry[kind]
  }

  /**
   * A document was written: its row's summary and last change follow. A failure to write the
   * index is logged, never thrown: the document itself is saved, and the next save tries again.
   */
  documentWritten(profileId: string, kind: DocumentKind, doc: unknown): Promise<void> {
    const entry = this.cacheOf(profileId)
    entry.raw[kind] = doc
    delete entry[kind]
    return this.exclusive(async () => {
      const index = await this.ensure()
      const row = index.establishments.find((r) => r.id === profileId)
      if (row === undefined) return
      const summary = await this.summaryAfter(profileId, kind, row.summary)
      const follows = row.autoName && summary.profileName !== ''
      this.replaceRow(index, row, {
        ...row,
        summary,
        changedAt: this.deps.clock.now(),
        name: follows ? this.uniqueName(index, summary.profileName, row.id) : row.name,
      })
      try {
        await this.persist()
      } catch (error) {
        this.deps.log.warn('establishments.index-save-failed', { code: errnoCode(error) ?? null })
        return
      }
      this.changed()
    }).catch((error: unknown) => {
      this.deps.log.warn('establishments.summary-failed', { code: errnoCode(error) ?? null })
    })
  }

  // ---- for import (see EstablishmentTransfer) -----------------------------------------------

  /**
   * Adds establishments read from an export file under new ids. One with `replace` takes the place
   * (and the active mark) of that establishment, whose documents are moved aside as on removal.
   * An untouched, empty establishment (a new installation's) makes room for the first import.
   */
  addImported(
    items: ReadonlyArray<{
      name: string
      /** The name is the file's 事業所名 (no name came with it): it follows the profile. */
      autoName: boolean
      documents: RawDocuments
      replace: string | null
    }>,
  ): Promise<{
    view: EstablishmentsView
    added: Array<{ id: string; name: string }>
    replaced: Array<{ id: string; name: string }>
  }> {
    return this.exclusive(async () => {
      const index = await this.ensure()
      const targets = items.flatMap((item) => (item.replace === null ? [] : [item.replace]))
      for (const target of targets) this.rowOf(index, target)
      if (new Set(targets).size !== targets.length) {
        throw new DomainError('invalid-field', '0', 'one establishment replaced twice')
      }
      const untouched = await this.untouchedOnly(index)
      const placeholder = untouched ? (index.establishments[0]?.id ?? null) : null
      const growth = items.length - targets.length - (untouched ? 1 : 0)
      this.checkRoom(index, growth)
      const added: Array<{ id: string; name: string }> = []
      const replaced: Array<{ id: string; name: string }> = []
      const taken = new Set(index.establishments.map((r) => r.id))
      const { summarize } = await summaries()
      // An import that fails part-way keeps what it added (listed, saved) and says it failed: the
      // establishments already written are not left for a second try to add again.
      const keepDone = async (error: unknown): Promise<never> => {
        if (added.length + replaced.length > 0) {
          await this.persist().catch(() => undefined)
          this.changed()
        }
        throw error
      }
      for (const item of items) {
        const id = this.newId(index, taken)
        taken.add(id)
        // The documents first: a crash before the index is written leaves them for `verify` to find.
        try {
          for (const kind of DOCUMENT_KINDS) {
            const doc = item.documents[kind]
            if (doc !== undefined) await this.deps.vault.write(documentId(id, kind), doc)
          }
        } catch (error) {
          return keepDone(error)
        }
        const summary = summarize(parseDocuments(item.documents), this.today(), this.rates())
        const target = item.replace
        if (target === null) {
          const row = this.rowWith(
            id,
            this.uniqueName(index, item.name),
            '',
            summary,
            item.autoName,
          )
          index.establishments.push(row)
          added.push({ id, name: row.name })
          continue
        }
        const old = this.rowOf(index, target)
        const row = this.rowWith(id, old.name, old.kana, summary, old.autoName)
        index.establishments.splice(index.establishments.indexOf(old), 0, row)
        if (this.activeOf(index) === target) this.deps.settings.setActiveEstablishment(id)
        await this.removeNow(index, target, 'replaced').catch(keepDone)
        replaced.push({ id, name: row.name })
      }
      const first = added[0] ?? replaced[0]
      if (placeholder !== null && first !== undefined) {
        index.establishments = index.establishments.filter((r) => r.id !== placeholder)
        this.deps.settings.setActiveEstablishment(first.id)
      }
      await this.persist()
      this.deps.log.info('establishments.imported', {
        added: added.length,
        replaced: replaced.length,
      })
      return { view: this.changed(), added, replaced }
    })
  }

  /** Rows whose 事業所番号 is this one (digits compared; '' never matches). */
  async matchOfficeNumber(officeNumber: string): Promise<EstablishmentRow | null> {
    const key = officeNumberKey(officeNumber)
    if (key === '') return null
    const index = await this.exclusive(() => this.ensure())
    return index.establishments.find((r) => officeNumberKey(r.summary.officeNumber) === key) ?? null
  }

  /** The rows to put in an export file, with their documents' ids. */
  async rowsFor(ids: readonly string[]): Promise<EstablishmentRow[]> {
    const index = await this.exclusive(() => this.ensure())
    return ids.map((id) => structuredClone(this.rowOf(index, id)))
  }

  // ---- internals -----------------------------------------------------------------------------

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task)
    this.tail = run.catch(() => undefined)
    return run
  }

  /** Rows and records are replaced, never changed in place: a view shares them safely. */
  private view(): EstablishmentsView {
    const index = this.index
    if (index === null) throw new DomainError('unavailable', undefined, 'index not loaded')
    return {
      establishments: [...index.establishments],
      activeId: this.activeOf(index),
      removed: [...index.removed],
      notice: this.notice,
    }
  }

  private replaceRow(index: IndexDocument, row: EstablishmentRow, next: EstablishmentRow): void {
    index.establishments = index.establishments.map((r) => (r === row ? next : r))
  }

  private changed(): EstablishmentsView {
    const view = this.view()
    this.deps.onChange(view)
    return view
  }

  private activeOf(index: IndexDocument): string {
    const stored = this.deps.settings.activeEstablishment()
    const rows = index.establishments
    return rows.find((r) => r.id === stored)?.id ?? rows[0]?.id ?? DEFAULT_PROFILE_ID
  }

  private rowOf(index: IndexDocument, id: string): EstablishmentRow {
    const row = index.establishments.find((r) => r.id === id)
    if (row === undefined) throw new DomainError('not-found', '0', 'no such establishment')
    return row
  }

  private checkRoom(index: IndexDocument, more: number): void {
    if (index.establishments.length + more > ESTABLISHMENTS_MAX) {
      throw new DomainError('conflict', '0', 'no room for more establishments')
    }
  }

  /** The name is required and unique (compared as `nameKey`); both are trimmed. */
  private checkInput(
    index: IndexDocument,
    input: EstablishmentInput,
    arg: string,
    self?: string,
  ): EstablishmentInput {
    const name = input.name.normalize('NFC').trim()
    const kana = input.kana.normalize('NFC').trim()
    if (name === '') throw new DomainError('invalid-field', `${arg}.name`, 'empty name')
    if (name.length > ESTABLISHMENT_NAME_MAX || kana.length > ESTABLISHMENT_KANA_MAX) {
      throw new DomainError('invalid-field', `${arg}.name`, 'too long')
    }
    const key = nameKey(name)
    if (index.establishments.some((r) => r.id !== self && nameKey(r.name) === key)) {
      throw new DomainError('conflict', `${arg}.name`, 'duplicate name')
    }
    return { name, kana }
  }

  private newRow(input: EstablishmentInput, summary: EstablishmentSummary): EstablishmentRow {
    const index = this.index
    if (index === null) throw new DomainError('unavailable')
    return this.rowWith(this.newId(index), input.name, input.kana, summary)
  }

  private rowWith(
    id: string,
    name: string,
    kana: string,
    summary: EstablishmentSummary,
    autoName = false,
  ): EstablishmentRow {
    return { id, name, kana, autoName, changedAt: null, summary }
  }

  private newId(index: IndexDocument, taken: ReadonlySet<string> = new Set()): string {
    const used = new Set([
      ...taken,
      ...index.establishments.map((r) => r.id),
      ...index.removed.map((r) => r.id),
    ])
    for (;;) {
      const id = `est-${randomBytes(5).toString('hex')}`
      if (!used.has(id)) return id
    }
  }

  /** `name`, or `name（2）`, `name（3）`… when another establishment has it. */
  private uniqueName(index: IndexDocument, name: string, self?: string): string {
    const taken = new Set(
      index.establishments.filter((r) => r.id !== self).map((r) => nameKey(r.name)),
    )
    const base =
      name.trim().slice(0, ESTABLISHMENT_NAME_MAX - 5) ||
      this.defaultName(index.establishments.length + 1)
    if (!taken.has(nameKey(base))) return base
    const ja = this.deps.settings.get().locale === 'ja'
    for (let n = 2; ; n++) {
      const candidate = ja ? `${base}（${n}）` : `${base} (${n})`
      if (!taken.has(nameKey(candidate))) return candidate
    }
  }

  private defaultName(n: number): string {
    return this.deps.settings.get().locale === 'ja' ? `事業所${n}` : `Establishment ${n}`
  }

  private today() {
    return jstDateOf(this.deps.clock.now())
  }

  private rates(): readonly EnteredRate[] {
    try {
      return this.deps.rates()
    } catch {
      return []
    }
  }

  private async persist(): Promise<void> {
    const index = this.index
    if (index === null) return
    await this.deps.vault.write(ESTABLISHMENT_INDEX_ID, encodeIndex(index))
  }

  private async removeNow(index: IndexDocument, id: string, reason: RemovalReason): Promise<void> {
    const row = this.rowOf(index, id)
    const record: RemovedEstablishment = {
      id,
      name: row.name,
      officeNumber: row.summary.officeNumber,
      removedAt: this.deps.clock.now(),
      reason,
      files: [],
    }
    index.establishments = index.establishments.filter((r) => r !== row)
    index.removed = [...index.removed, record].slice(-REMOVED_MAX)
    if (this.deps.settings.activeEstablishment() === id) {
      this.deps.settings.setActiveEstablishment(index.establishments[0]?.id ?? DEFAULT_PROFILE_ID)
    }
    // The list first: a crash after it leaves the documents in place, and a restore puts the row back.
    await this.persist()
    const live = new Set(await this.deps.vault.list())
    // Each document's files are listed as soon as they are moved: a removal that fails part-way (a
    // file in use, a full disk) leaves a record a restore can put back whole.
    let kept = record
    for (const kind of DOCUMENT_KINDS) {
      const docId = documentId(id, kind)
      if (!live.has(docId)) continue
      const { movedAside } = await this.deps.vault.remove(docId)
      const next = { ...kept, files: [...kept.files, ...movedAside] }
      index.removed = index.removed.map((r) => (r === kept ? next : r))
      kept = next
      await this.persist()
    }
    this.cache.delete(id)
    this.deps.timer.cancel(id)
    this.deps.edits.dropEstablishment(id)
  }

  /**
   * A new installation's establishment nobody has done anything with yet: no document, the name
   * the app gave it, no reading, no countdown.
   */
  private async untouchedOnly(index: IndexDocument): Promise<boolean> {
    const only = index.establishments.length === 1 ? index.establishments[0] : undefined
    if (only === undefined || only.changedAt !== null) return false
    if (!only.autoName || only.kana !== '') return false
    const status = this.deps.timer.state(only.id).status
    if (status === 'running' || status === 'expired') return false
    const live = await this.deps.vault.list()
    return !establishmentIdsOf(live).includes(only.id)
  }

  private cacheOf(profileId: string) {
    let entry = this.cache.get(profileId)
    if (entry === undefined) {
      entry = { raw: {} }
    } else this.cache.delete(profileId)
    this.cache.set(profileId, entry)
    while (this.cache.size > CACHE_SIZE) {
      const oldest = this.cache.keys().next().value
      if (oldest === undefined) break
      this.cache.delete(oldest)
    }
    return entry
  }

  /** A document of this establishment, parsed: from memory when it was read or saved lately. */
  private async parsed<K extends DocumentKind>(
    profileId: string,
    kind: K,
  ): Promise<EstablishmentDocuments[K]> {
    const entry = this.cacheOf(profileId)
    const known = entry[kind] as EstablishmentDocuments[K] | undefined
    if (known !== undefined) return known
    if (!(kind in entry.raw)) entry.raw[kind] = await this.readRaw(documentId(profileId, kind))
    const doc = parseDocument(kind, entry.raw[kind])
    ;(entry as Partial<EstablishmentDocuments>)[kind] = doc
    return doc
  }

  /** The row's summary after one of its documents changed: only what that document feeds. */
  private async summaryAfter(
    profileId: string,
    kind: DocumentKind,
    before: EstablishmentSummary,
  ): Promise<EstablishmentSummary> {
    const { draftsPart, guidePart, profilePart } = await summaries()
    if (kind === 'guide') return { ...before, ...guidePart(await this.parsed(profileId, 'guide')) }
    const profile = await this.parsed(profileId, 'profile')
    const drafts = await this.parsed(profileId, 'drafts')
    return {
      ...before,
      ...(kind === 'profile' ? profilePart(profile) : {}),
      // The offer check reads the profile too (the workplace's prefecture, the industry).
      ...draftsPart(drafts, profile, this.today(), this.rates()),
    }
  }

  /** A document as stored, or undefined when missing or unreadable (its area says why). */
  private readRaw(id: string): Promise<unknown> {
    return previousOf(this.deps.vault, id)
  }

  /** An establishment found in the folder, named after its 事業所名 (or 「事業所N」). */
  private async addFoundRow(index: IndexDocument, id: string): Promise<void> {
    const row = await this.rowFromDocuments(id, '')
    row.name = this.uniqueName(
      index,
      row.summary.profileName || this.defaultName(index.establishments.length + 1),
    )
    row.autoName = true
    index.establishments.push(row)
  }

  private async rowFromDocuments(id: string, name: string): Promise<EstablishmentRow> {
    const raw: RawDocuments = {}
    let changedAt: number | null = null
    for (const kind of DOCUMENT_KINDS) {
      try {
        const read = await this.deps.vault.read(documentId(id, kind))
        raw[kind] = read.doc
        changedAt = Math.max(changedAt ?? 0, read.savedAt)
      } catch (error) {
        if (!(error instanceof DomainError)) throw error
        if (error.code !== 'not-found' && error.code !== 'unavailable') throw error
      }
    }
    const { summarize } = await summaries()
    const summary = summarize(parseDocuments(raw), this.today(), this.rates())
    return { ...this.rowWith(id, name, '', summary), changedAt }
  }

  /** The index in memory, read (or made) once per run. */
  private async ensure(): Promise<IndexDocument> {
    if (this.index !== null) return this.index
    const loaded = await this.load()
    this.index = loaded
    return loaded
  }

  private async load(): Promise<IndexDocument> {
    let read: Awaited<ReturnType<VaultStore['read']>> | null = null
    let reason: 'missing' | 'unreadable' = 'missing'
    let keptAs: string | undefined
    try {
      read = await this.deps.vault.read(ESTABLISHMENT_INDEX_ID)
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      if (error.code === 'unavailable') reason = 'unreadable'
      else if (error.code !== 'not-found') throw error
    }
    if (read !== null) {
      const decoded = decodeIndex(read.doc)
      if (decoded !== null) {
        if (read.recovered) {
          // An older version of the index stood in: what it does not know is in the folder.
          await this.addFound(decoded)
        }
        return decoded
      }
      reason = 'unreadable'
      // Copied aside (once per content), never lost.
      keptAs = await keepAside(this.deps.vault, ESTABLISHMENT_INDEX_ID, read.doc)
    }
    return this.rebuild(reason, keptAs)
  }

  /**
   * Makes the index from the documents: each establishment that has any, named after its
   * 事業所名 (or 「事業所1」…), and the removed ones from the files kept aside. The single `default`
   * establishment of the version before several establishments is taken over as it is, quietly.
   */
  private async rebuild(
    reason: 'missing' | 'unreadable',
    keptAs: string | undefined,
  ): Promise<IndexDocument> {
    const ids = establishmentIdsOf(await this.deps.vault.list())
    ids.sort((a, b) => Number(b === DEFAULT_PROFILE_ID) - Number(a === DEFAULT_PROFILE_ID))
    const index: IndexDocument = { version: 1, establishments: [], removed: [] }
    this.index = index
    for (const id of ids) await this.addFoundRow(index, id)
    index.removed = await this.removedFromFiles(new Set(ids))
    const migrated = reason === 'missing' && ids.length === 1 && ids[0] === DEFAULT_PROFILE_ID
    if (ids.length === 0) {
      // A new installation: one establishment, written with the first save into it.
      const { summarize } = await summaries()
      index.establishments.push(
        this.rowWith(
          DEFAULT_PROFILE_ID,
          this.defaultName(1),
          '',
          summarize(parseDocuments({}), this.today(), this.rates()),
          true,
        ),
      )
      if (reason === 'missing' && index.removed.length === 0) return index
    }
    if (!migrated) {
      this.notice = {
        kind: 'rebuilt',
        reason,
        establishments: ids.length,
        ...(keptAs ? { keptAs } : {}),
      }
      this.deps.log.warn('establishments.rebuilt', { reason, establishments: ids.length })
    } else {
      this.deps.log.info('establishments.migrated', {})
    }
    await this.persist()
    return index
  }

  /** Removed establishments, found by the names of the files their removal left. */
  private async removedFromFiles(live: ReadonlySet<string>): Promise<RemovedEstablishment[]> {
    const groups = new Map<string, RemovedEstablishment>()
    for (const name of (await this.deps.vault.status()).setAside) {
      const match = REMOVED_FILE.exec(name)
      if (!match?.[1] || !match[3] || live.has(match[1])) continue
      const key = `${match[1]}@${match[3]}`
      let record = groups.get(key)
      if (record === undefined) {
        record = {
          id: match[1],
          name: match[1],
          officeNumber: '',
          removedAt: stampTime(match[3]),
          reason: 'removed',
          files: [],
        }
        groups.set(key, record)
      }
      record.files.push(name)
      if (match[2] === 'profile' && !name.includes('.bak')) {
        const profile = parseDocuments({ profile: await this.deps.vault.readRemoved(name) }).profile
        record.name =
          profile.establishment.name.trim().slice(0, ESTABLISHMENT_NAME_MAX) || record.name
        record.officeNumber = profile.record.officeNumber.trim()
      }
    }
    return [...groups.values()].sort((a, b) => a.removedAt - b.removedAt)
  }

  /** Establishments with documents the index does not list (and that were not removed). */
  private async addFound(index: IndexDocument): Promise<number> {
    const known = new Set([
      ...index.establishments.map((r) => r.id),
      ...index.removed.map((r) => r.id),
    ])
    const found = establishmentIdsOf(await this.deps.vault.list()).filter((id) => !known.has(id))
    const room = ESTABLISHMENTS_MAX - index.establishments.length
    for (const id of found.slice(0, Math.max(0, room))) {
      this.index = index
      await this.addFoundRow(index, id)
    }
    if (found.length > 0) {
      this.notice = { kind: 'found', establishments: found.length }
      this.deps.log.warn('establishments.found', { establishments: found.length })
      await this.persist()
    }
    return found.length
  }

  /**
   * Once per run, after the first list: establishments in the folder the index does not know are
   * added. No document of a listed establishment is read here: a backup the vault puts back on a
   * read must be reported to the screen that reads it, not to this check.
   */
  private async verify(): Promise<void> {
    await this.exclusive(async () => {
      const index = await this.ensure()
      if ((await this.addFound(index)) > 0) this.changed()
    }).catch((error: unknown) => {
      this.deps.log.warn('establishments.verify-failed', { code: errnoCode(error) ?? null })
    })
  }
}

/** `YYYYMMDDTHHmmss` (UTC, as the vault writes it) → epoch ms. */
function stampTime(stamp: string): number {
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`
  const ms = Date.parse(iso)
  return Number.isFinite(ms) ? ms : 0
}
