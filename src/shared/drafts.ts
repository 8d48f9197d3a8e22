import * as v from 'valibot'
import { isLocalFilePath } from './local-path'
import { isPlainObject } from './plain-object'
import type { OverLimit } from './storage-limits'
import { IMAGE_FINDING_CODES, type DetectedFormat, type ImageFinding } from './job-offer/images'
import { JobOfferDraftSchema, JobOfferDraftsSchema, type JobOfferDraft } from './job-offer/model'

/**
 * What the `drafts`, `images` and `window` areas of the contract carry: the job-offer drafts of a
 * profile and the image list of establishment screen 6, kept together in one vault document
 * (`<profileId>_drafts`). Imports only valibot and the domain model, so the preload can use it.
 */

/** Draft ids are named in IPC arguments: lowercase letters, digits and hyphens. */
export const DRAFT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/
export const DraftIdSchema = v.pipe(v.string(), v.regex(DRAFT_ID_PATTERN))

/** A draft as the renderer may send it: the domain's strict schema, with an id main can name. */
export const DraftPayloadSchema = v.pipe(
  JobOfferDraftSchema,
  v.check((draft) => DRAFT_ID_PATTERN.test(draft.id), 'Invalid draft id'),
)

/** More than the portal's 10, so the count check can say how many are too many. */
export const STORED_IMAGES_MAX = 30
export const IMAGE_PATH_MAX = 1024
export const ImageIndexSchema = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(0),
  v.maxValue(STORED_IMAGES_MAX - 1),
)

export const DETECTED_FORMATS = [
  'jpeg',
  'gif',
  'png',
  'bmp',
  'webp',
  'heic',
  'tiff',
  'pdf',
  'svg',
] as const satisfies readonly DetectedFormat[]

/** One image file the user listed: where it is and what main found, never its content. */
export const StoredImageSchema = v.strictObject({
  path: v.pipe(v.string(), v.maxLength(IMAGE_PATH_MAX)),
  name: v.pipe(v.string(), v.maxLength(255)),
  sizeBytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The format its first bytes show; null when they match none known. */
  detected: v.nullable(v.picklist(DETECTED_FORMATS)),
  /** The file could not be read at the last check (moved, deleted, no permission). */
  missing: v.boolean(),
})
export type StoredImage = v.InferOutput<typeof StoredImageSchema>

const ImageFindingSchema = v.strictObject({
  code: v.picklist(IMAGE_FINDING_CODES),
  severity: v.picklist(['error', 'warning']),
  index: v.optional(v.number()),
  name: v.optional(v.pipe(v.string(), v.maxLength(255))),
  params: v.optional(
    v.record(v.pipe(v.string(), v.maxLength(32)), v.union([v.string(), v.number()])),
  ),
})

export const StoredDraftsSchema = v.strictObject({
  version: v.optional(v.literal(1), 1),
  drafts: v.optional(JobOfferDraftsSchema, () => []),
  images: v.optional(v.pipe(v.array(StoredImageSchema), v.maxLength(STORED_IMAGES_MAX)), () => []),
  /** `checkImages` on the list as last checked (size and first bytes read by main). */
  imageFindings: v.optional(v.pipe(v.array(ImageFindingSchema), v.maxLength(200)), () => []),
})
export type StoredDrafts = v.InferOutput<typeof StoredDraftsSchema>

export const emptyStoredDrafts = (): StoredDrafts => ({
  version: 1,
  drafts: [],
  images: [],
  imageFindings: [],
})

export type DraftsNotice =
  | { kind: 'restored-backup'; from: string; movedAside: string[] }
  | { kind: 'kept-unreadable'; keptAs: string }

/** What every `drafts:*` and `images:*` call answers: the whole (small) document. */
export interface DraftsView {
  profileId: string
  drafts: JobOfferDraft[]
  images: StoredImage[]
  imageFindings: ImageFinding[]
  savedAt: number | null
  /** Fields of the draft just saved whose text was over its storage limit: not saved. */
  refused: OverLimit[]
  notice: DraftsNotice | null
}

export interface DuplicateResult {
  view: DraftsView
  /** The new draft (placed right after its source). */
  draft: JobOfferDraft
}

export type PdfSaveResult = { status: 'saved'; fileName: string } | { status: 'cancelled' }

export interface CompactWindowResult {
  status: 'opened' | 'focused'
}

/**
 * The drafts document without image entries whose path is not a file on this PC (a share, a URL):
 * applied to every imported and every loaded document, so such a path is never opened. Findings of
 * the dropped entries go with them; the others keep pointing at their image. Anything not shaped
 * like a drafts document is returned as it is (its schema check will judge it).
 */
export function withoutRemoteImages<T>(doc: T): T {
  if (!isPlainObject(doc)) return doc
  const record = doc as Record<string, unknown>
  const images = record['images']
  if (!Array.isArray(images)) return doc
  const kept: number[] = []
  images.forEach((image: unknown, index) => {
    const path = isPlainObject(image) ? (image as Record<string, unknown>)['path'] : undefined
    if (isLocalFilePath(path, IMAGE_PATH_MAX)) kept.push(index)
  })
  if (kept.length === images.length) return doc
  const next: Record<string, unknown> = { ...record, images: kept.map((i) => images[i]) }
  const findings = record['imageFindings']
  if (Array.isArray(findings)) {
    next['imageFindings'] = findings.flatMap((finding: unknown) => {
      if (!isPlainObject(finding)) return [finding]
      const index = (finding as Record<string, unknown>)['index']
      if (typeof index !== 'number') return [finding]
      const at = kept.indexOf(index)
      return at < 0 ? [] : [{ ...(finding as Record<string, unknown>), index: at }]
    })
  }
  return next as T
}
