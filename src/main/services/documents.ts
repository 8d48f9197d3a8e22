import { createHash } from 'node:crypto'
import type * as v from 'valibot'
import { parseTolerant } from '@shared/storage-limits'
import { DomainError } from '@shared/ipc/result'
import type { Clock, DocumentStore } from './ports'

export interface Loaded<T> {
  value: T
  savedAt: number | null
  /** Set when the vault restored a backup or a document could not be read: the UI says so. */
  notice: DocumentNotice | null
}

export type DocumentNotice =
  | { kind: 'restored-backup'; from: string; movedAside: string[] }
  | { kind: 'kept-unreadable'; keptAs: string }

/**
 * Reads one area's document and checks it against the area's schema. A document that decrypts but
 * no longer fits the schema (hand-edited, from a newer version) is copied aside inside the vault
 * before anything can overwrite it, and the area starts from `fallback`.
 */
export async function loadDocument<T>(
  store: DocumentStore,
  _clock: Clock,
  id: string,
  schema: v.GenericSchema<unknown, T>,
  fallback: () => T,
): Promise<Loaded<T>> {
  let read: Awaited<ReturnType<DocumentStore['read']>>
  try {
    read = await store.read(id)
  } catch (error) {
    if (error instanceof DomainError && error.code === 'not-found') {
      return { value: fallback(), savedAt: null, notice: null }
    }
    throw error
  }
  // Text over its storage limit (an older version, an import) loads as it is: the field shows it as
  // an error, and the rest of the document stays usable.
  const parsed = parseTolerant(schema, read.doc)
  if (!parsed.success) {
    const keptAs = await keepAside(store, id, read.doc)
    return { value: fallback(), savedAt: null, notice: { kind: 'kept-unreadable', keptAs } }
  }
  const notice: DocumentNotice | null = read.recovered
    ? { kind: 'restored-backup', from: read.from ?? '', movedAside: read.movedAside ?? [] }
    : null
  return { value: parsed.output, savedAt: read.savedAt, notice }
}

/**
 * The copy is named after its content: loading the same unreadable document again (every start,
 * every screen) finds the copy already there instead of writing another one.
 */
export async function keepAside(store: DocumentStore, id: string, doc: unknown): Promise<string> {
  const digest = createHash('sha256')
    .update(JSON.stringify(doc) ?? '')
    .digest('hex')
    .slice(0, 16)
  const keptAs = `${id}.unreadable-${digest}`
  try {
    await store.read(keptAs)
    return keptAs
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'not-found')) throw error
  }
  await store.write(keptAs, doc)
  return keptAs
}

/** The raw document as stored (readable or not), for the values a refused field keeps. */
export async function previousOf(store: DocumentStore, id: string): Promise<unknown> {
  try {
    return (await store.read(id)).doc
  } catch (error) {
    if (
      error instanceof DomainError &&
      (error.code === 'not-found' || error.code === 'unavailable')
    ) {
      return undefined
    }
    throw error
  }
}

/** Runs tasks of one key one after another, each after the previous settled. */
export function serially<T>(
  tails: Map<string, Promise<unknown>>,
  key: string,
  task: () => Promise<T>,
): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve()
  const run = previous.then(task, task)
  tails.set(
    key,
    run.catch(() => undefined),
  )
  return run
}
