import * as v from 'valibot'
import { DraftIdSchema, DraftPayloadSchema } from './drafts'
import { GuideProgressSchema } from './guide/progress'
import { ProfileSchema } from './profile/model'
import { ProfileIdSchema } from './profiles'
import { tolerant } from './storage-limits'

/**
 * Edits the window has not saved yet, held in main's memory as they are typed (`edits:hold`) and
 * never written to disk by the renderer: Chromium keeps its own storage in plain text. A window that
 * crashed or reloaded before its autosave ran gets them back on its next load (`edits:pending`).
 * Main drops a held edit once the same document is saved, or when the user discards it.
 *
 * Close and quit: main sends `edits:flushRequest` to the window and waits (at most
 * `FLUSH_TIMEOUT_MS`) for `edits:flushed` with the same id, answered once every pending save went
 * through; then the window closes whatever the answer.
 */

/** How long main holds a window's close (and the app's quit) for its last saves. */
export const FLUSH_TIMEOUT_MS = 2000

/** Each change counts up; main keeps the newest. */
const RevisionSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0))

export const PendingEditSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('profile'),
    profileId: ProfileIdSchema,
    revision: RevisionSchema,
    doc: tolerant(ProfileSchema),
  }),
  v.strictObject({
    kind: v.literal('guide'),
    profileId: ProfileIdSchema,
    revision: RevisionSchema,
    doc: tolerant(GuideProgressSchema),
  }),
  v.strictObject({
    kind: v.literal('draft'),
    profileId: ProfileIdSchema,
    revision: RevisionSchema,
    doc: tolerant(DraftPayloadSchema),
  }),
])
export type PendingEdit = v.InferOutput<typeof PendingEditSchema>

/** Which held edit: a draft is named by its id as well. */
export const PendingKeySchema = v.strictObject({
  kind: v.picklist(['profile', 'guide', 'draft']),
  profileId: ProfileIdSchema,
  draftId: v.optional(DraftIdSchema),
})
export type PendingKey = v.InferOutput<typeof PendingKeySchema>

export const pendingKeyOf = (edit: PendingEdit): PendingKey =>
  edit.kind === 'draft'
    ? { kind: 'draft', profileId: edit.profileId, draftId: edit.doc.id }
    : { kind: edit.kind, profileId: edit.profileId }

export const FlushRequestIdSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(1))

export interface FlushRequest {
  requestId: number
}
