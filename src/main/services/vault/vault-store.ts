import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { DomainError } from '@shared/ipc/result'
import { asDomainError, errnoCode } from '../file-errors'
import { systemClock, type Clock, type LogPort } from '../ports'
import { KEY_BYTES, openParsed, parse, seal } from './container'
import { MAX_EXPORT_DOCUMENTS, openExport, sealExport, type DocumentMap } from './export-file'
import { PRODUCTION_SCRYPT, normalisePassphrase, type ScryptParams } from './kdf'
import type { KeyProtector } from './key-protector'
import {
  KEY_FILE,
  KEY_FILE_COPY,
  SLOTS,
  fileName,
  isLiveVaultFile,
  isValidDocumentId,
  parseDocumentFile,
  stamp,
  type Slot,
} from './names'
import type { VaultFiles } from './vault-files'

export type ProtectorKind = KeyProtector['kind']

/**
 * Why the vault will not open. Every file stays as it was until the user picks a way out
 * (`importExport` or `startFresh`), or fixes the cause and calls `open()` again.
 * - key-unavailable: the protector refused or failed (other PC, OS reinstall, keychain locked or denied),
 *   or the key file is unreadable or protected by the other kind of protector (see `keyProtector`).
 * - key-missing: documents exist but no key file does.
 * - key-mismatch: the key unwrapped, but it is not the key the key file or the documents were made with.
 * - wrong-passphrase: a passphrase protector could not unwrap the key.
 * - folder-unavailable: the data folder could not be read or written (read-only, locked by antivirus
 *   or a sync client, no permission); the detail is the OS error code. `open()` again retries.
 */
export type LockReason =
  'key-unavailable' | 'key-missing' | 'key-mismatch' | 'wrong-passphrase' | 'folder-unavailable'

export type OpenResult =
  | {
      state: 'ready'
      created: boolean
      protector: ProtectorKind
      weak: boolean
      backend?: string
      /** Temp files of interrupted writes that were discarded (ciphertext, never committed). */
      cleanedTemp: string[]
      /** The key file was restored from its copy (the damaged one is moved aside). */
      repairedKeyFile: boolean
    }
  | { state: 'locked'; reason: LockReason; detail: string; keyProtector?: ProtectorKind }

export type ReadResult =
  | { doc: unknown; savedAt: number; recovered: false }
  | { doc: unknown; savedAt: number; recovered: true; from: Slot; movedAside: string[] }

export interface VaultStatus {
  state: 'closed' | 'ready' | 'locked'
  lock?: { reason: LockReason; detail: string; keyProtector?: ProtectorKind }
  protector: ProtectorKind
  keyFile: boolean
  documents: Array<{ id: string; current: boolean; backups: Slot[] }>
  /** Files moved aside (`.corrupt-`, `.removed-`, `.aside-`): kept for the user, never read again. */
  setAside: string[]
  /** Recoveries from backups during this run, oldest first (also reported by `read`). */
  recoveries: Recovery[]
}

export interface Recovery {
  id: string
  from: Slot
  movedAside: string[]
  at: number
}

export interface VaultOptions {
  files: VaultFiles
  protector: KeyProtector
  clock?: Clock
  /** Parameters for new export files; tests pass cheap ones. */
  exportKdf?: ScryptParams
  maxDocumentBytes?: number
  /** The support log: recoveries and locks, by document kind and reason (never a path or name). */
  log?: LogPort
  /**
   * A document the app reads first (the establishment index). When it exists and was written with
   * the key, the key is proven without listing the folder, and leftover temp files are cleared
   * before the first write instead: a start does not read a folder of hundreds of files.
   */
  probe?: string
}

/** Which documents of an export file are taken in, and how they are made safe first. */
export interface ImportPolicy {
  accepts(id: string): boolean
  /** The most documents a file may hold: more is refused before any is looked at. */
  maxDocuments: number
  /** Runs on each accepted document before it is written (e.g. to drop planted paths). */
  sanitize?(id: string, doc: unknown): unknown
}

const ANY_DOCUMENT: ImportPolicy = { accepts: () => true, maxDocuments: MAX_EXPORT_DOCUMENTS }

interface KeyFile {
  format: 'hwnavi-vault-key'
  version: 1
  keyId: string
  protector: ProtectorKind
  wrapped: string
  /** HMAC of the key id under the key: proves an unwrapped key is this file's key, reveals nothing. */
  check: string
  createdAt: string
}

const KEY_FORMAT = 'hwnavi-vault-key'

export class VaultStore {
  private readonly files: VaultFiles
  private protector: KeyProtector
  private readonly clock: Clock
  private readonly exportKdf: ScryptParams
  private readonly maxDocumentBytes: number
  private state: VaultStatus['state'] = 'closed'
  private lockInfo: VaultStatus['lock']
  private ready: Extract<OpenResult, { state: 'ready' }> | undefined
  private key: Buffer | undefined
  private keyId = ''
  private tail: Promise<unknown> = Promise.resolve()
  private readonly recoveries: Recovery[] = []
  private readonly log: LogPort | undefined
  private readonly probe: string | undefined
  /** Leftover temp files were not looked for at open (see `probe`): done before the first write. */
  private tempsPending = false
  /** The probe's file as `open` read it, for the read that follows at start (not read twice). */
  private probed: { name: string; bytes: Buffer } | undefined

  constructor(options: VaultOptions) {
    this.files = options.files
    this.protector = options.protector
    this.clock = options.clock ?? systemClock
    this.exportKdf = options.exportKdf ?? PRODUCTION_SCRYPT
    this.maxDocumentBytes = options.maxDocumentBytes ?? 8 * 1024 * 1024
    this.log = options.log
    this.probe = options.probe
  }

  /** Unwraps the data key once and keeps it for the run; later calls return the same result. */
  open(): Promise<OpenResult> {
    return this.exclusive(() => this.openNow())
  }

  /** Swap the protector before (re)opening, e.g. after the user typed the passphrase. */
  useProtector(protector: KeyProtector): void {
    if (this.state === 'ready') throw new DomainError('conflict', undefined, 'vault already open')
    this.protector = protector
  }

  async read(id: string): Promise<ReadResult> {
    checkId(id)
    return this.exclusive(() => this.readNow(id))
  }

  /** Atomic; the previous version becomes `.bak1` (three kept). Returns files moved aside, if any. */
  async write(id: string, doc: unknown): Promise<{ movedAside: string[] }> {
    checkId(id)
    this.requireReady()
    // Sealed under the lock: a write queued behind startFresh() must use the new key.
    return this.exclusive(() => this.writeNow(id, this.sealDocument(id, doc)))
  }

  async list(): Promise<string[]> {
    this.requireReady()
    return this.exclusive(() => this.listNow())
  }

  /** Moves the document and its backups aside (`.removed-<stamp>`); nothing is deleted. */
  async remove(id: string): Promise<{ movedAside: string[] }> {
    checkId(id)
    this.requireReady()
    return this.exclusive(async () => {
      const movedAside: string[] = []
      // Backups first: an interrupted remove leaves the current file, so it can simply be retried.
      for (const slot of [...SLOTS].reverse()) {
        const name = fileName(id, slot)
        if (await this.files.exists(name)) movedAside.push(await this.moveAside(name, 'removed'))
      }
      if (movedAside.length === 0) throw new DomainError('not-found', 'id', id)
      return { movedAside }
    })
  }

  status(): Promise<VaultStatus> {
    return this.exclusive(async () => {
      await this.cleanPendingTemps().catch(() => undefined)
      // A folder that cannot be listed still has a state to report (the recovery screen needs it).
      const names = await this.files.list().catch(() => [] as string[])
      const documents = new Map<string, { id: string; current: boolean; backups: Slot[] }>()
      for (const name of names) {
        const parsed = parseDocumentFile(name)
        if (!parsed) continue
        const entry = documents.get(parsed.id) ?? { id: parsed.id, current: false, backups: [] }
        if (parsed.slot === 'current') entry.current = true
        else entry.backups.push(parsed.slot)
        documents.set(parsed.id, entry)
      }
      for (const entry of documents.values()) entry.backups.sort()
      return {
        state: this.state,
        ...(this.lockInfo ? { lock: this.lockInfo } : {}),
        protector: this.protector.kind,
        keyFile: names.includes(KEY_FILE),
        documents: [...documents.values()].sort((a, b) => a.id.localeCompare(b.id)),
        setAside: names.filter((n) => !isLiveVaultFile(n)).sort(),
        recoveries: this.recoveries.map((r) => ({ ...r, movedAside: [...r.movedAside] })),
      }
    })
  }

  /**
   * The user's explicit "start anew": every live vault file (documents, backups, key files) is moved
   * aside with `.aside-<stamp>`, then a new key is made. Nothing is deleted.
   */
  startFresh(): Promise<{ movedAside: string[]; open: OpenResult }> {
    return this.exclusive(() => this.startFreshNow())
  }

  /** One passphrase-protected file holding every document. */
  async exportAll(passphrase: string): Promise<Buffer> {
    normalisePassphrase(passphrase)
    this.requireReady()
    const documents = await this.exclusive(async () => {
      const docs: DocumentMap = {}
      for (const id of await this.listNow()) docs[id] = (await this.readNow(id)).doc
      return docs
    })
    // The KDF runs outside the lock: saving must not wait half a second for an export.
    return sealExport(documents, passphrase, this.exportKdf)
  }

  /**
   * Decrypts the export first (a wrong passphrase changes nothing), then writes every document the
   * policy accepts under this machine's key; the others are left out and counted. On a locked vault
   * this is the user's choice to replace it: old files are moved aside.
   */
  async importExport(
    bytes: Buffer,
    passphrase: string,
    policy: ImportPolicy = ANY_DOCUMENT,
  ): Promise<{ imported: string[]; skipped: number; movedAside: string[] }> {
    const documents = await openExport(bytes, passphrase, {
      params: this.exportKdf,
      maxDocuments: policy.maxDocuments,
    })
    const ids = Object.keys(documents).sort()
    const imported = ids.filter((id) => policy.accepts(id))
    const accepted = imported.map((id) => {
      const doc = documents[id]
      return [id, policy.sanitize ? policy.sanitize(id, doc) : doc] as const
    })
    return this.exclusive(async () => {
      let movedAside: string[] = []
      if (this.state === 'locked') {
        const fresh = await this.startFreshNow()
        movedAside = fresh.movedAside
      }
      this.requireReady()
      for (const [id, doc] of accepted) {
        const result = await this.writeNow(id, this.sealDocument(id, doc))
        movedAside.push(...result.movedAside)
      }
      return { imported, skipped: ids.length - imported.length, movedAside }
    })
  }

  /**
   * One passphrase-protected file holding these documents (those that exist) and `extra` (written
   * as they are, e.g. an index of just what is exported). Same format as `exportAll`.
   */
  async exportDocuments(
    ids: readonly string[],
    passphrase: string,
    extra: DocumentMap = {},
  ): Promise<Buffer> {
    normalisePassphrase(passphrase)
    for (const id of ids) checkId(id)
    this.requireReady()
    const documents = await this.exclusive(async () => {
      const docs: DocumentMap = {}
      const live = new Set(await this.listNow())
      for (const id of ids) if (live.has(id)) docs[id] = (await this.readNow(id)).doc
      return docs
    })
    return sealExport({ ...documents, ...extra }, passphrase, this.exportKdf)
  }

  /**
   * Decrypts an export file and answers the documents the policy accepts (sanitized), writing
   * nothing: the caller decides where each goes. A wrong passphrase or a damaged file throws.
   */
  async readExport(
    bytes: Buffer,
    passphrase: string,
    policy: ImportPolicy = ANY_DOCUMENT,
  ): Promise<{ documents: Map<string, unknown>; skipped: number }> {
    const opened = await openExport(bytes, passphrase, {
      params: this.exportKdf,
      maxDocuments: policy.maxDocuments,
    })
    const ids = Object.keys(opened).sort()
    const documents = new Map<string, unknown>()
    for (const id of ids) {
      if (!policy.accepts(id)) continue
      const doc = opened[id]
      documents.set(id, policy.sanitize ? policy.sanitize(id, doc) : doc)
    }
    return { documents, skipped: ids.length - documents.size }
  }

  /**
   * Puts documents moved aside by `remove` back in place (`<file>.removed-<stamp>` → `<file>`).
   * Refuses (changing nothing) when a name is not such a file or its place is taken. With
   * `resume`, a name already back in place (its removed file gone, its live file there: an earlier
   * restore was interrupted) is skipped instead of refused.
   */
  async restoreRemoved(
    names: readonly string[],
    options: { resume?: boolean } = {},
  ): Promise<void> {
    this.requireReady()
    const moves = names.map((name) => {
      const live = removedOrigin(name)
      if (live === undefined) throw new DomainError('invalid-field', 'files', 'not a removed file')
      return { name, live }
    })
    return this.exclusive(async () => {
      const pending: typeof moves = []
      for (const move of moves) {
        const { name, live } = move
        const aside = await this.files.exists(name)
        const taken = await this.files.exists(live)
        if (!aside && taken && options.resume === true) continue
        if (!aside) throw new DomainError('not-found', 'files', name)
        if (taken) throw new DomainError('conflict', 'files', live)
        pending.push(move)
      }
      // The current file last: an interrupted restore leaves the document removed, and can be retried.
      const ordered = [...pending].sort(
        (a, b) => Number(isCurrent(a.live)) - Number(isCurrent(b.live)),
      )
      this.probed = undefined
      for (const { name, live } of ordered) await this.files.rename(name, live)
    })
  }

  /** A document moved aside by `remove` (its current file), decrypted; undefined if unreadable. */
  async readRemoved(name: string): Promise<unknown> {
    this.requireReady()
    const live = removedOrigin(name)
    const parsed = live === undefined ? undefined : parseDocumentFile(live)
    if (parsed === undefined || parsed.slot !== 'current') {
      throw new DomainError('invalid-field', 'files', 'not a removed document')
    }
    return this.exclusive(async () => {
      const bytes = await this.files.read(name)
      return bytes === undefined ? undefined : this.tryOpen(parsed.id, bytes)?.doc
    })
  }

  /** Re-wraps the data key with another protector (e.g. a passphrase when the OS store is weak). */
  async changeProtector(next: KeyProtector): Promise<void> {
    this.requireReady()
    return this.exclusive(async () => {
      const key = this.requireKey()
      await this.writeKeyFile(await this.wrapVerified(next, key), next.kind, this.keyId, key)
      this.protector = next
      if (this.ready) this.ready = { ...this.ready, protector: next.kind }
    })
  }

  /** Forgets the data key (zeroed); `open()` unwraps it again. */
  close(): Promise<void> {
    return this.exclusive(async () => {
      await this.cleanPendingTemps().catch(() => undefined)
      this.forgetKey()
    })
  }

  // ---- internals: callers hold the lock -------------------------------------------------------

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task)
    this.tail = run.catch(() => undefined)
    return run.catch(rethrow)
  }

  private async openNow(): Promise<OpenResult> {
    if (this.state === 'ready' && this.ready) return this.ready
    try {
      return await this.openFolder()
    } catch (error) {
      // Whatever the folder does (read-only, locked, forbidden), the app must still start and say so.
      const code = errnoCode(error)
      if (code === undefined) throw error
      return this.lock('folder-unavailable', code)
    }
  }

  private async openFolder(): Promise<OpenResult> {
    // Listed once, and only when needed: with a probe, a start usually reads no folder listing.
    let listed: { cleaned: string[]; names: string[] } | undefined
    const listing = async () =>
      (listed ??= this.files.cleanTempAndList
        ? await this.files.cleanTempAndList()
        : { cleaned: await this.files.cleanTemp(), names: await this.files.list() })
    if (this.probe === undefined) await listing()
    const loaded = await this.loadKeyFile()
    if (loaded.kind === 'missing') {
      const { cleaned, names } = await listing()
      // Names are judged as needed: the key check usually stops at the first document.
      if (names.some((n) => parseDocumentFile(n) !== undefined)) {
        return this.lock('key-missing', 'documents exist but the key file is missing')
      }
      return this.create(cleaned)
    }
    if (loaded.kind === 'unreadable') return this.lock('key-unavailable', 'key file unreadable')
    const keyFile = loaded.keyFile
    if (keyFile.protector !== this.protector.kind) {
      return this.lock(
        'key-unavailable',
        `key protected by ${keyFile.protector}`,
        keyFile.protector,
      )
    }
    const availability = await this.availability(this.protector)
    if (!availability.available) {
      return this.lock('key-unavailable', `protector unavailable (${availability.backend ?? '?'})`)
    }
    let key: Buffer
    try {
      key = await this.protector.unwrap(Buffer.from(keyFile.wrapped, 'base64'))
    } catch (error) {
      if (error instanceof DomainError && error.code === 'wrong-passphrase') {
        return this.lock('wrong-passphrase', 'the passphrase does not unwrap the key')
      }
      return this.lock('key-unavailable', `unwrap failed: ${describe(error)}`)
    }
    if (key.length !== KEY_BYTES || !checkMatches(key, keyFile)) {
      key.fill(0)
      return this.lock('key-mismatch', 'the unwrapped key is not the key of this key file')
    }
    const proven = await this.probeUsesKey(keyFile.keyId)
    if (!proven && !(await this.documentsUseKey((await listing()).names, keyFile.keyId))) {
      key.fill(0)
      return this.lock('key-mismatch', 'the documents were written with another key')
    }
    this.tempsPending = listed === undefined
    this.key = key
    this.keyId = keyFile.keyId
    this.state = 'ready'
    this.lockInfo = undefined
    // Writes are allowed from here on: the key is proven to be the documents' key.
    let repairedKeyFile = false
    if (loaded.repair) {
      if (await this.files.exists(KEY_FILE)) await this.moveAside(KEY_FILE, 'corrupt')
      await this.files.writeAtomic(KEY_FILE, loaded.bytes)
      repairedKeyFile = true
    } else if (!(await this.files.exists(KEY_FILE_COPY))) {
      await this.files.writeAtomic(KEY_FILE_COPY, loaded.bytes)
    }
    if (this.protector.rewrapAdvised?.()) {
      // The OS rotated its key: wrap ours again so it keeps opening. A failure keeps the old wrapping.
      await this.wrapVerified(this.protector, key)
        .then((wrapped) => this.writeKeyFile(wrapped, this.protector.kind, this.keyId, key))
        .catch(() => undefined)
    }
    this.ready = {
      state: 'ready',
      created: false,
      protector: this.protector.kind,
      weak: availability.weak,
      ...(availability.backend === undefined ? {} : { backend: availability.backend }),
      cleanedTemp: listed?.cleaned ?? [],
      repairedKeyFile,
    }
    return this.ready
  }

  /** The probe document exists and names this key: the key is the documents' key. */
  private async probeUsesKey(keyId: string): Promise<boolean> {
    if (this.probe === undefined) return false
    const name = fileName(this.probe, 'current')
    const bytes = await this.files.read(name)
    if (bytes === undefined) return false
    try {
      const proven = parse('HWNd', bytes).meta.k === keyId
      if (proven) this.probed = { name, bytes }
      return proven
    } catch {
      return false
    }
  }

  /** Clears temp files of interrupted writes that `open` left for later (see `probe`). */
  private async cleanPendingTemps(): Promise<void> {
    if (!this.tempsPending) return
    this.tempsPending = false
    try {
      await this.files.cleanTemp()
    } catch (error) {
      this.tempsPending = true
      throw error
    }
  }

  private async create(cleanedTemp: string[]): Promise<OpenResult> {
    const availability = await this.availability(this.protector)
    if (!availability.available) {
      return this.lock('key-unavailable', `protector unavailable (${availability.backend ?? '?'})`)
    }
    const key = randomBytes(KEY_BYTES)
    const keyId = randomBytes(16).toString('hex')
    let wrapped: Buffer
    try {
      wrapped = await this.wrapVerified(this.protector, key)
    } catch (error) {
      key.fill(0)
      return this.lock('key-unavailable', `cannot protect a new key: ${describe(error)}`)
    }
    await this.writeKeyFile(wrapped, this.protector.kind, keyId, key)
    this.key = key
    this.keyId = keyId
    this.state = 'ready'
    this.lockInfo = undefined
    this.ready = {
      state: 'ready',
      created: true,
      protector: this.protector.kind,
      weak: availability.weak,
      ...(availability.backend === undefined ? {} : { backend: availability.backend }),
      cleanedTemp,
      repairedKeyFile: false,
    }
    return this.ready
  }

  private async startFreshNow(): Promise<{ movedAside: string[]; open: OpenResult }> {
    await this.cleanPendingTemps().catch(() => undefined)
    const availability = await this.availability(this.protector)
    if (!availability.available) {
      throw new DomainError('unavailable', undefined, 'key protection is unavailable')
    }
    const names = (await this.files.list()).filter(isLiveVaultFile)
    // Documents before key files: an interrupted run still opens, or locks as key-missing; both retry.
    const ordered = [
      ...names.filter((n) => n !== KEY_FILE && n !== KEY_FILE_COPY).sort(),
      ...names.filter((n) => n === KEY_FILE_COPY || n === KEY_FILE),
    ]
    const movedAside: string[] = []
    for (const name of ordered) movedAside.push(await this.moveAside(name, 'aside'))
    this.forgetKey()
    const open = await this.create([])
    return { movedAside, open }
  }

  private async readNow(id: string): Promise<ReadResult> {
    this.requireReady()
    const unreadable: string[] = []
    let found = false
    for (const slot of SLOTS) {
      const name = fileName(id, slot)
      const kept = this.probed?.name === name ? this.probed.bytes : undefined
      this.probed = undefined
      const bytes = kept ?? (await this.files.read(name))
      if (bytes === undefined) continue
      found = true
      const opened = this.tryOpen(id, bytes)
      if (!opened) {
        unreadable.push(name)
        continue
      }
      if (slot === 'current') return { ...opened, recovered: false }
      // Keep every unreadable version for the user, then put the newest good one back in place.
      const movedAside: string[] = []
      for (const bad of unreadable) movedAside.push(await this.moveAside(bad, 'corrupt'))
      await this.files.writeAtomic(fileName(id, 'current'), bytes)
      this.recoveries.push({ id, from: slot, movedAside, at: this.clock.now() })
      this.log?.warn('vault.recovered', {
        kind: id.slice(id.lastIndexOf('_') + 1),
        from: slot,
        movedAside: movedAside.length,
      })
      return { ...opened, recovered: true, from: slot, movedAside: [...movedAside] }
    }
    if (!found) throw new DomainError('not-found', 'id', id)
    // Nothing readable: leave every file where it is for the recovery screen.
    throw new DomainError('unavailable', 'id', `no readable version of ${id}`)
  }

  /**
   * The new version is written and made durable first; only then are the backups rotated, by
   * renames that need no space, and the new file renamed into place. A full disk therefore fails
   * before anything is moved, however often the save is retried, and leaves no temp file.
   */
  private async writeNow(id: string, sealed: Buffer): Promise<{ movedAside: string[] }> {
    this.requireReady()
    this.probed = undefined
    await this.cleanPendingTemps()
    const currentName = fileName(id, 'current')
    const current = await this.files.read(currentName)
    const movedAside: string[] = []
    const staged = await this.files.stage(currentName, sealed)
    let backup: string | undefined
    try {
      if (current !== undefined) {
        if (this.tryOpen(id, current)) {
          // A copy, not a rename: the current file must exist at every instant, even mid-crash.
          backup = await this.files.stage(fileName(id, 'bak1'), current)
          await this.files.rename(fileName(id, 'bak2'), fileName(id, 'bak3'))
          await this.files.rename(fileName(id, 'bak1'), fileName(id, 'bak2'))
          await this.files.commit(backup, fileName(id, 'bak1'))
          backup = undefined
        } else {
          // Never rotate an unreadable file into the backups, where it would push out a good one.
          movedAside.push(await this.moveAside(currentName, 'corrupt'))
        }
      }
      await this.files.commit(staged, currentName)
    } catch (error) {
      if (backup !== undefined) await this.files.discard(backup)
      await this.files.discard(staged)
      throw error
    }
    return { movedAside }
  }

  private async listNow(): Promise<string[]> {
    const ids = new Set<string>()
    for (const name of await this.files.list()) {
      const parsed = parseDocumentFile(name)
      if (parsed) ids.add(parsed.id)
    }
    return [...ids].sort()
  }

  private sealDocument(id: string, doc: unknown): Buffer {
    const key = this.requireKey()
    if (doc === undefined || typeof doc === 'function' || typeof doc === 'symbol') {
      throw new DomainError('invalid-payload', 'doc', 'not JSON data')
    }
    let json: string
    try {
      json = JSON.stringify({ savedAt: this.clock.now(), doc })
    } catch (error) {
      throw new DomainError('invalid-payload', 'doc', describe(error))
    }
    const plaintext = Buffer.from(json, 'utf8')
    if (plaintext.length > this.maxDocumentBytes) {
      throw new DomainError('invalid-field', 'doc', 'document too large')
    }
    return seal('HWNd', { k: this.keyId }, key, plaintext, `doc:${id}`)
  }

  private tryOpen(id: string, bytes: Buffer): { doc: unknown; savedAt: number } | undefined {
    try {
      const parsed = parse('HWNd', bytes)
      if (parsed.meta.k !== this.keyId) return undefined
      const body: unknown = JSON.parse(
        openParsed(parsed, this.requireKey(), `doc:${id}`).toString(),
      )
      if (typeof body !== 'object' || body === null || !('doc' in body) || !('savedAt' in body)) {
        return undefined
      }
      const savedAt = typeof body.savedAt === 'number' ? body.savedAt : 0
      return { doc: body.doc, savedAt }
    } catch {
      return undefined
    }
  }

  /** True unless the documents' headers name only keys other than this one. */
  private async documentsUseKey(names: string[], keyId: string): Promise<boolean> {
    let foreign = false
    for (const name of names) {
      if (parseDocumentFile(name) === undefined) continue
      const bytes = await this.files.read(name)
      if (bytes === undefined) continue
      try {
        const k = parse('HWNd', bytes).meta.k
        if (k === keyId) return true
        foreign = true
      } catch {
        // Unparseable: judged per document on read, where backups can stand in.
      }
    }
    return !foreign
  }

  private async loadKeyFile(): Promise<
    | { kind: 'missing' }
    | { kind: 'unreadable' }
    | { kind: 'ok'; keyFile: KeyFile; bytes: Buffer; repair: boolean }
  > {
    const primary = await this.files.read(KEY_FILE)
    const parsedPrimary = primary && parseKeyFile(primary)
    if (primary && parsedPrimary)
      return { kind: 'ok', keyFile: parsedPrimary, bytes: primary, repair: false }
    const copy = await this.files.read(KEY_FILE_COPY)
    const parsedCopy = copy && parseKeyFile(copy)
    if (copy && parsedCopy) return { kind: 'ok', keyFile: parsedCopy, bytes: copy, repair: true }
    return primary || copy ? { kind: 'unreadable' } : { kind: 'missing' }
  }

  private async writeKeyFile(
    wrapped: Buffer,
    protector: ProtectorKind,
    keyId: string,
    key: Buffer,
  ) {
    const keyFile: KeyFile = {
      format: KEY_FORMAT,
      version: 1,
      keyId,
      protector,
      wrapped: wrapped.toString('base64'),
      check: keyCheck(key, keyId),
      createdAt: new Date(this.clock.now()).toISOString(),
    }
    const bytes = Buffer.from(JSON.stringify(keyFile, null, 2), 'utf8')
    // The copy first: whichever write a crash interrupts, one complete key file remains.
    await this.files.writeAtomic(KEY_FILE_COPY, bytes)
    await this.files.writeAtomic(KEY_FILE, bytes)
  }

  private async wrapVerified(protector: KeyProtector, key: Buffer): Promise<Buffer> {
    const wrapped = await protector.wrap(key)
    // A keychain that accepts a key it cannot give back would strand every document: check first.
    const back = await protector.unwrap(wrapped)
    const same = back.length === key.length && timingSafeEqual(back, key)
    back.fill(0)
    if (!same) throw new Error('protector returned a different key')
    return wrapped
  }

  private async availability(protector: KeyProtector) {
    try {
      return await protector.isAvailable()
    } catch (error) {
      return { available: false, weak: false, backend: describe(error) }
    }
  }

  private async moveAside(name: string, tag: 'corrupt' | 'removed' | 'aside'): Promise<string> {
    this.probed = undefined
    const base = `${name}.${tag}-${stamp(this.clock.now())}`
    let target = base
    for (let n = 2; await this.files.exists(target); n++) target = `${base}-${n}`
    await this.files.rename(name, target)
    return target
  }

  private lock(reason: LockReason, detail: string, keyProtector?: ProtectorKind): OpenResult {
    this.forgetKey()
    this.state = 'locked'
    this.lockInfo = { reason, detail, ...(keyProtector ? { keyProtector } : {}) }
    this.log?.warn('vault.locked', { reason })
    return { state: 'locked', ...this.lockInfo }
  }

  private forgetKey() {
    this.probed = undefined
    this.key?.fill(0)
    this.key = undefined
    this.keyId = ''
    this.ready = undefined
    if (this.state === 'ready') this.state = 'closed'
  }

  private requireReady() {
    if (this.state === 'locked') throw new DomainError('locked', undefined, this.lockInfo?.reason)
    if (this.state !== 'ready') throw new DomainError('unavailable', undefined, 'vault not open')
  }

  private requireKey(): Buffer {
    if (!this.key) throw new DomainError('unavailable', undefined, 'vault not open')
    return this.key
  }
}

const REMOVED_SUFFIX = /\.removed-\d{8}T\d{6}(?:-\d+)?$/

/** The live file a `.removed-<stamp>` file was (undefined for any other name). */
function removedOrigin(name: string): string | undefined {
  if (typeof name !== 'string' || !REMOVED_SUFFIX.test(name)) return undefined
  const live = name.replace(REMOVED_SUFFIX, '')
  return parseDocumentFile(live) === undefined ? undefined : live
}

const isCurrent = (live: string) => parseDocumentFile(live)?.slot === 'current'

/** Disk and OS faults reach the renderer as codes it can explain (a full disk, a read-only folder). */
function rethrow(error: unknown): never {
  throw asDomainError(error)
}

function checkId(id: string) {
  if (typeof id !== 'string' || !isValidDocumentId(id)) {
    throw new DomainError('invalid-field', 'id', 'bad document id (e.g. default.profile)')
  }
}

export function keyCheck(key: Buffer, keyId: string): string {
  return createHmac('sha256', key).update(`hwnavi-vault-key-check\0${keyId}`).digest('base64')
}

function checkMatches(key: Buffer, keyFile: KeyFile): boolean {
  const expected = Buffer.from(keyCheck(key, keyFile.keyId), 'base64')
  const stored = Buffer.from(keyFile.check, 'base64')
  return stored.length === expected.length && timingSafeEqual(stored, expected)
}

function parseKeyFile(bytes: Buffer): KeyFile | undefined {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'))
    if (typeof value !== 'object' || value === null) return undefined
    const v = value as Record<string, unknown>
    if (v.format !== KEY_FORMAT || v.version !== 1) return undefined
    if (typeof v.keyId !== 'string' || !/^[0-9a-f]{32}$/.test(v.keyId)) return undefined
    if (v.protector !== 'os' && v.protector !== 'passphrase') return undefined
    if (typeof v.wrapped !== 'string' || typeof v.check !== 'string') return undefined
    return value as KeyFile
  } catch {
    return undefined
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
