import type { DocumentKind } from '@shared/profiles'
import type { DocumentStore } from '../ports'
import { splitDocumentId } from '../app-documents'

/** What the establishment list is told of the documents the areas read and save. */
export interface DocumentWatcher {
  beforeWrite(profileId: string): Promise<void>
  documentRead(profileId: string, kind: DocumentKind, doc: unknown): void
  documentWritten(profileId: string, kind: DocumentKind, doc: unknown): Promise<void>
}

/**
 * The document store the profile, guide and drafts services use: the vault, with the establishment
 * list told of every save of an establishment's document (its row's summary follows) and every
 * read (so the summary needs no second read). A save for an establishment not in the list is
 * refused: a late autosave must not bring a removed establishment's data back.
 */
export class IndexedDocuments implements DocumentStore {
  constructor(
    private readonly store: DocumentStore,
    private readonly watcher: DocumentWatcher,
  ) {}

  async read(id: string): ReturnType<DocumentStore['read']> {
    const result = await this.store.read(id)
    const parts = splitDocumentId(id)
    if (parts) this.watcher.documentRead(parts.profileId, parts.kind, result.doc)
    return result
  }

  async write(id: string, doc: unknown): ReturnType<DocumentStore['write']> {
    const parts = splitDocumentId(id)
    if (parts) await this.watcher.beforeWrite(parts.profileId)
    const result = await this.store.write(id, doc)
    if (parts) await this.watcher.documentWritten(parts.profileId, parts.kind, doc)
    return result
  }
}
