import { basename } from 'node:path'
import { formatPlainDate, jstDateOf } from '@shared/dates'
import { DomainError } from '@shared/ipc/result'
import {
  IMAGE_PATH_MAX,
  emptyStoredDrafts,
  STORED_IMAGES_MAX,
  StoredDraftsSchema,
  withoutRemoteImages,
  type DraftsView,
  type DuplicateResult,
  type PdfSaveResult,
  type StoredDrafts,
  type StoredImage,
} from '@shared/drafts'
import { IMAGE_SEVERITY, checkImages, detectFormat } from '@shared/job-offer/images'
import { isLocalFilePath } from '@shared/local-path'
import {
  DRAFTS_MAX,
  duplicateDraft,
  JobOfferDraftSchema,
  type JobOfferDraft,
} from '@shared/job-offer/model'
import { withinLimits, type OverLimit } from '@shared/storage-limits'
import { documentId } from '@shared/profiles'
import { loadDocument, serially, type DocumentNotice } from '../documents'
import { saveWindowAsPdf, type PdfDesk } from '../pdf-export'
import type { Clock, DocumentStore, ImagePickerPort } from '../ports'

/** `detectFormat` needs 16 bytes; nothing more of an image is ever read. */
export const IMAGE_HEAD_BYTES = 16

/** The image files offered first in the dialog; "all files" too, so a HEIC can be explained. */
export const IMAGE_FILTERS = [
  {
    name: 'JPEG / GIF / PNG / BMP',
    extensions: ['jpg', 'jpeg', 'jpe', 'jfif', 'gif', 'png', 'bmp'],
  },
  { name: '*', extensions: ['*'] },
]

/**
 * The job-offer drafts of a profile and the image list of establishment screen 6, in one vault
 * document (`<profileId>_drafts`). Removing a draft writes the document without it: the vault keeps
 * the previous versions as its rolling backups, and nothing is moved on disk. Calls on the same
 * document run one after another, so an autosave and an image choice never overwrite each other.
 */
export class DraftsService {
  private readonly tails = new Map<string, Promise<unknown>>()
  private sequence = 0
  /**
   * Image files the user picked in this run. Only these are ever opened: a path from an earlier
   * run or from an imported file is kept with what was found then, never read again.
   */
  private readonly chosen = new Set<string>()

  constructor(
    private readonly documents: DocumentStore,
    private readonly clock: Clock,
    private readonly images: ImagePickerPort,
    private readonly desk: PdfDesk,
  ) {}

  list(profileId: string): Promise<DraftsView> {
    return this.serial(profileId, async () => this.view(profileId, await this.load(profileId)))
  }

  get(profileId: string, draftId: string): Promise<JobOfferDraft> {
    return this.serial(profileId, async () => {
      const { value } = await this.load(profileId)
      return findDraft(value, draftId)
    })
  }

  /**
   * Replaces the draft of the same id, or adds it. Validated at the IPC boundary, text over its
   * storage limit let through: such a field keeps what was saved before, named in `refused`.
   */
  async save(profileId: string, draft: JobOfferDraft): Promise<DraftsView> {
    let refused: OverLimit[] = []
    const view = await this.change(profileId, (doc) => {
      const at = doc.drafts.findIndex((d) => d.id === draft.id)
      const kept = withinLimits(JobOfferDraftSchema, draft, at >= 0 ? doc.drafts[at] : undefined)
      refused = kept.refused
      if (at >= 0) doc.drafts[at] = kept.doc
      else {
        if (doc.drafts.length >= DRAFTS_MAX) throw new DomainError('invalid-field', '1', 'too many')
        doc.drafts.push(kept.doc)
      }
    })
    return { ...view, refused }
  }

  /** A copy for the next offer (see `duplicateDraft` for what is cleared), after its source. */
  async duplicate(profileId: string, draftId: string): Promise<DuplicateResult> {
    let copy: JobOfferDraft | undefined
    const view = await this.change(profileId, (doc) => {
      const source = findDraft(doc, draftId)
      if (doc.drafts.length >= DRAFTS_MAX) throw new DomainError('invalid-field', '1', 'too many')
      copy = duplicateDraft(source, this.newId(doc))
      doc.drafts.splice(doc.drafts.indexOf(source) + 1, 0, copy)
    })
    if (copy === undefined) throw new DomainError('internal')
    return { view, draft: copy }
  }

  remove(profileId: string, draftId: string): Promise<DraftsView> {
    return this.change(profileId, (doc) => {
      const source = findDraft(doc, draftId)
      doc.drafts.splice(doc.drafts.indexOf(source), 1)
    })
  }

  /** Adds the files chosen in the open dialog, then checks the whole list again. */
  chooseImages(profileId: string): Promise<DraftsView> {
    return this.serial(profileId, async () => {
      const paths = await this.images.choose(IMAGE_FILTERS)
      // A file on a network share would be dropped at the next load: say so now instead.
      if (paths.some((p) => !isLocalFilePath(p, IMAGE_PATH_MAX))) {
        throw new DomainError('invalid-field', 'images', 'not a file on this PC')
      }
      for (const path of paths) this.chosen.add(path)
      const loaded = await this.load(profileId)
      const doc = loaded.value
      const known = new Set(doc.images.map((i) => i.path))
      const added = paths.filter((p) => !known.has(p))
      if (added.length === 0) return this.view(profileId, loaded)
      if (doc.images.length + added.length > STORED_IMAGES_MAX) {
        throw new DomainError('invalid-field', '0', 'too many images')
      }
      const kept = doc.images.map((i) => i.path)
      await this.recheck(doc, [...kept, ...added])
      return this.write(profileId, doc, loaded.notice)
    })
  }

  removeImage(profileId: string, index: number): Promise<DraftsView> {
    return this.serial(profileId, async () => {
      const loaded = await this.load(profileId)
      const doc = loaded.value
      if (doc.images[index] === undefined) throw new DomainError('not-found', '1')
      await this.recheck(
        doc,
        doc.images.filter((_, i) => i !== index).map((i) => i.path),
      )
      return this.write(profileId, doc, loaded.notice)
    })
  }

  /** The drafts screen shown in the window (the renderer's print view), as an A4 PDF. */
  printA4(): Promise<PdfSaveResult> {
    const today = formatPlainDate(jstDateOf(this.clock.now()))
    return saveWindowAsPdf(this.desk, `求人下書き_${today}.pdf`)
  }

  /**
   * Reads the size and first bytes of each file chosen in this run again (others keep what was
   * found when they were read) and runs the portal's image checks on the list.
   */
  private async recheck(doc: StoredDrafts, paths: readonly string[]): Promise<void> {
    const before = new Map(doc.images.map((i) => [i.path, i]))
    const files = await Promise.all(
      paths.map(async (path) => {
        const kept = before.get(path)
        if (kept !== undefined && !this.chosen.has(path)) return { image: kept }
        return this.probe(path)
      }),
    )
    doc.images = files.map(({ image }) => image)
    doc.imageFindings = checkImages(
      files.map(({ image, head }: { image: StoredImage; head?: Uint8Array }) => ({
        name: image.name,
        sizeBytes: image.sizeBytes,
        ...(head ? { head } : image.missing ? {} : { detected: image.detected }),
      })),
      // A file that could not be read is shown as missing, not as an empty file.
    ).filter(
      (f) => !(f.code === 'empty-file' && f.index !== undefined && files[f.index]?.image.missing),
    )
  }

  private async probe(path: string): Promise<{ image: StoredImage; head?: Uint8Array }> {
    const name = basename(path).slice(0, 255)
    try {
      const { sizeBytes, head } = await this.images.probe(path, IMAGE_HEAD_BYTES)
      const detected = detectFormat(head)
      return { image: { path, name, sizeBytes, detected, missing: false }, head }
    } catch {
      return { image: { path, name, sizeBytes: 0, detected: null, missing: true } }
    }
  }

  private newId(doc: StoredDrafts): string {
    const taken = new Set(doc.drafts.map((d) => d.id))
    for (;;) {
      const id = `draft-${this.clock.now().toString(36)}-${(this.sequence++).toString(36)}`
      if (!taken.has(id)) return id
    }
  }

  private change(profileId: string, edit: (doc: StoredDrafts) => void): Promise<DraftsView> {
    return this.serial(profileId, async () => {
      const loaded = await this.load(profileId)
      edit(loaded.value)
      return this.write(profileId, loaded.value, loaded.notice)
    })
  }

  private async write(
    profileId: string,
    doc: StoredDrafts,
    notice: DocumentNotice | null,
  ): Promise<DraftsView> {
    await this.documents.write(documentId(profileId, 'drafts'), doc)
    return this.view(profileId, { value: doc, savedAt: this.clock.now(), notice })
  }

  private async load(profileId: string) {
    const loaded = await loadDocument(
      this.documents,
      this.clock,
      documentId(profileId, 'drafts'),
      StoredDraftsSchema,
      emptyStoredDrafts,
    )
    // A path planted in the file (a share, a URL) is dropped before anything can open it.
    return { ...loaded, value: withoutRemoteImages(loaded.value) }
  }

  private view(
    profileId: string,
    loaded: { value: StoredDrafts; savedAt: number | null; notice: DocumentNotice | null },
  ): DraftsView {
    return {
      profileId,
      drafts: loaded.value.drafts,
      images: loaded.value.images,
      // Severities follow the code as this version judges it (a list checked by an older
      // version may hold a milder one).
      imageFindings: loaded.value.imageFindings.map((f) => ({
        ...f,
        severity: IMAGE_SEVERITY[f.code],
      })),
      savedAt: loaded.savedAt,
      refused: [],
      notice: loaded.notice,
    }
  }

  private serial<T>(profileId: string, task: () => Promise<T>): Promise<T> {
    return serially(this.tails, profileId, task)
  }
}

function findDraft(doc: StoredDrafts, draftId: string): JobOfferDraft {
  const draft = doc.drafts.find((d) => d.id === draftId)
  if (draft === undefined) throw new DomainError('not-found', '1', 'no such draft')
  return draft
}
