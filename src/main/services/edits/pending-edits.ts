import { DomainError } from '@shared/ipc/result'
import { pendingKeyOf, type PendingEdit, type PendingKey } from '@shared/edits'

/** More than one establishment's documents and every draft of it; a runaway window gets no more. */
export const PENDING_EDITS_MAX = 128
/** Bounds main's memory whatever a window sends. */
export const PENDING_EDITS_MAX_CHARS = 16 * 1024 * 1024

const keyText = (key: PendingKey): string =>
  `${key.kind}:${key.profileId}:${key.kind === 'draft' ? (key.draftId ?? '') : ''}`

/**
 * The window's unsaved edits, in main's memory only (never on disk): a renderer that crashes before
 * its autosave ran cannot save, so its last state waits here to be offered back when the window
 * loads again. A held edit goes once the same document is saved, or when the user discards it.
 */
export class PendingEdits {
  private readonly held = new Map<string, { edit: PendingEdit; json: string }>()
  private chars = 0

  /** Keeps the newest revision of each document (or draft). */
  hold(edit: PendingEdit): void {
    const key = keyText(pendingKeyOf(edit))
    const previous = this.held.get(key)
    if (previous && previous.edit.revision > edit.revision) return
    const json = JSON.stringify(edit.doc)
    const chars = this.chars - (previous?.json.length ?? 0) + json.length
    if ((!previous && this.held.size >= PENDING_EDITS_MAX) || chars > PENDING_EDITS_MAX_CHARS) {
      throw new DomainError('conflict', '0', 'too many unsaved edits held')
    }
    this.held.set(key, { edit: structuredClone(edit), json })
    this.chars = chars
  }

  /** After a save: the held edit is done with when it is exactly what was saved. */
  settled(key: PendingKey, saved: unknown): void {
    const text = keyText(key)
    const entry = this.held.get(text)
    if (entry && entry.json === JSON.stringify(saved)) this.remove(text)
  }

  drop(key: PendingKey): void {
    this.remove(keyText(key))
  }

  /** An establishment was removed: what was held for it goes with it (its documents are kept aside). */
  dropEstablishment(profileId: string): void {
    for (const [text, entry] of [...this.held]) {
      if (entry.edit.profileId === profileId) this.remove(text)
    }
  }

  pending(): PendingEdit[] {
    return [...this.held.values()].map(({ edit }) => structuredClone(edit))
  }

  private remove(text: string): void {
    const entry = this.held.get(text)
    if (!entry) return
    this.chars -= entry.json.length
    this.held.delete(text)
  }
}
