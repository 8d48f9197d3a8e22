import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { DraftsView, StoredImage } from '@shared/drafts'
import type { ErrorCode } from '@shared/ipc/result'
import type { ImageFinding } from '@shared/job-offer/images'
import { DRAFTS_MAX, emptyDraft, type JobOfferDraft } from '@shared/job-offer/model'
import type { Profile } from '@shared/profile/model'
import type { OverLimit } from '@shared/storage-limits'
import { useApi } from '../api'
import { plainCopy } from './plain'
import { useAutosave, type SaveFailure } from '../composables/useAutosave'
import { useActiveDocument } from './establishments'

/** Typing pauses this long before a draft is saved. */
export const DRAFT_AUTOSAVE_DELAY_MS = 800

type DraftValue = string | string[] | boolean

/** A plain copy: reactive proxies cannot cross the IPC boundary. */

/**
 * The job-offer drafts of a profile and the image list of establishment screen 6, as main keeps
 * them. Each edited draft saves itself (the app's autosave, one unit per draft); structural
 * changes (new, duplicate, remove, images) go to main at once and main's answer replaces the list.
 * A save that fails, or a field that could not be stored, belongs to its draft: another draft's
 * screen does not show it.
 */
export const useDraftsStore = defineStore('drafts', () => {
  const api = useApi()
  // Which establishment the drafts held here belong to: saves go there (see the profile store).
  const { establishments, loadedFor, holdsActive, reloadOnSwitch } = useActiveDocument()
  const drafts = ref<JobOfferDraft[]>([])
  const images = ref<StoredImage[]>([])
  const imageFindings = ref<ImageFinding[]>([])
  const savedAt = ref<number | null>(null)
  const notice = ref<DraftsView['notice']>(null)
  const loaded = ref(false)
  const error = ref<ErrorCode | null>(null)
  /** Why the last new / duplicate / remove failed (a draft's own saves keep their own errors). */
  const saveError = ref<ErrorCode | null>(null)
  /** Why the last image choice failed ('images': a file that is not on this PC). */
  const imageError = ref<SaveFailure | null>(null)
  /** Per draft: fields its last save left as they were (text over what can be stored). */
  const refused = ref(new Map<string, OverLimit[]>())
  const revisions = new Map<string, number>()
  /** Edits made here, counted: a figure that may lag typing watches this, not every field. */
  const editCount = ref(0)

  const editable = computed(() => loaded.value && error.value === null && holdsActive.value)
  /** The establishment of the drafts held here, for calls that change them. */
  const owner = (): string => {
    if (loadedFor.value === null) throw new Error('drafts not loaded')
    return loadedFor.value
  }
  const canAdd = computed(() => editable.value && drafts.value.length < DRAFTS_MAX)

  const autosave = useAutosave<string>({
    delayMs: DRAFT_AUTOSAVE_DELAY_MS,
    // Saves go to the establishment the document was loaded for, also while another is becoming
    // active: an edit typed during a switch is saved there, not dropped.
    canSave: () => loaded.value && error.value === null && loadedFor.value !== null,
    hold: (draftId) => {
      const draft = byId(draftId)
      if (draft === undefined) return
      const revision = (revisions.get(draftId) ?? 0) + 1
      revisions.set(draftId, revision)
      if (loadedFor.value === null) return
      void api.edits
        .hold({ kind: 'draft', profileId: loadedFor.value, revision, doc: plainCopy(draft) })
        .catch(() => undefined)
    },
    save: async (draftId) => {
      const draft = byId(draftId)
      if (draft === undefined) return null
      if (loadedFor.value === null) return { code: 'unavailable' }
      const result = await api.drafts.save(loadedFor.value, plainCopy(draft))
      if (!result.ok) {
        return {
          code: result.error.code,
          ...(result.error.field ? { field: result.error.field } : {}),
        }
      }
      savedAt.value = result.value.savedAt
      refused.value.set(draftId, result.value.refused)
      return null
    },
  })
  /** Drafts changed since their last save. */
  const pending = computed<ReadonlySet<string>>(() => autosave.pending)
  const saving = computed(() => autosave.saving.value)

  /** Why this draft's latest save did not go through, if it did not. */
  const saveFailureOf = (draftId: string): SaveFailure | null =>
    autosave.errors.get(draftId) ?? null
  const refusedOf = (draftId: string): OverLimit[] => refused.value.get(draftId) ?? []

  function apply(view: DraftsView): void {
    drafts.value = view.drafts
    images.value = view.images
    imageFindings.value = view.imageFindings
    savedAt.value = view.savedAt
    if (view.notice !== null) notice.value = view.notice
  }

  /** The active establishment's drafts (pending edits of those held here are saved first). */
  async function load(): Promise<void> {
    await flush()
    const id = await establishments.activeIdReady()
    if (id === null) {
      error.value = establishments.error ?? 'unavailable'
      loaded.value = true
      return
    }
    const result = await api.drafts.list(id)
    if (result.ok) {
      if (loadedFor.value !== id) {
        // Another establishment's drafts: nothing of the previous one's stays on screen.
        notice.value = null
        refused.value.clear()
      }
      loadedFor.value = id
      apply(result.value)
      error.value = null
    } else {
      error.value = result.error.code
    }
    loaded.value = true
  }

  /** After an import, a fresh start or a retry: what main holds now replaces any unsaved edit. */
  async function reload(): Promise<void> {
    await autosave.flush().catch(() => false)
    autosave.cancel()
    refused.value.clear()
    await load()
  }

  reloadOnSwitch(reload)

  const byId = (id: string): JobOfferDraft | undefined => drafts.value.find((d) => d.id === id)

  /** Sets one value by its path ('job.title', 'insurance.insurances'); unknown paths are ignored. */
  function setField(draftId: string, path: string, value: DraftValue): void {
    const draft = byId(draftId)
    if (!editable.value || draft === undefined) return
    const keys = path.split('.')
    const last = keys.pop()
    let node: unknown = draft
    for (const key of keys) {
      if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return
      node = (node as Record<string, unknown>)[key]
    }
    if (typeof node !== 'object' || node === null || last === undefined) return
    const target = node as Record<string, unknown>
    // Only existing leaves of the same type: a typo in a path must not grow the draft.
    if (!Object.hasOwn(target, last)) return
    if (Array.isArray(target[last]) !== Array.isArray(value)) return
    if (!Array.isArray(value) && typeof target[last] !== typeof value) return
    target[last] = Array.isArray(value) ? [...value] : value
    editCount.value++
    autosave.changed(draftId)
  }

  /** An edit main held (the window reloaded before it was saved): take it back, saved anew. */
  function restoreEdit(id: string, doc: JobOfferDraft): boolean {
    if (!editable.value || id !== loadedFor.value) return false
    const at = drafts.value.findIndex((d) => d.id === doc.id)
    if (at >= 0) drafts.value[at] = doc
    else if (drafts.value.length < DRAFTS_MAX) drafts.value.push(doc)
    else return false
    editCount.value++
    autosave.changed(doc.id)
    return true
  }

  /** Saves every changed draft now, after any save already under way. */
  function flush(): Promise<boolean> {
    return autosave.flush()
  }

  /** A new empty draft (the profile's only 就業場所 chosen); answers its id, or null. */
  async function create(profile?: Profile): Promise<string | null> {
    if (!canAdd.value) return null
    await flush()
    const draft = emptyDraft(`draft-${crypto.randomUUID()}`, profile)
    const result = await api.drafts.save(owner(), draft)
    if (!result.ok) {
      saveError.value = result.error.code
      return null
    }
    apply(result.value)
    return draft.id
  }

  async function duplicate(id: string): Promise<string | null> {
    if (!editable.value) return null
    await flush()
    const result = await api.drafts.duplicate(owner(), id)
    if (!result.ok) {
      saveError.value = result.error.code
      return null
    }
    apply(result.value.view)
    return result.value.draft.id
  }

  async function remove(id: string): Promise<boolean> {
    if (!editable.value) return false
    await flush()
    const result = await api.drafts.remove(owner(), id)
    if (result.ok) apply(result.value)
    else saveError.value = result.error.code
    return result.ok
  }

  async function chooseImages(): Promise<boolean> {
    if (!editable.value) return false
    await flush()
    const result = await api.images.choose(owner())
    if (result.ok) apply(result.value)
    imageError.value = result.ok
      ? null
      : {
          code: result.error.code,
          ...(result.error.field ? { field: result.error.field } : {}),
        }
    return result.ok
  }

  async function removeImage(index: number): Promise<boolean> {
    if (!editable.value) return false
    await flush()
    const result = await api.images.remove(owner(), index)
    if (result.ok) apply(result.value)
    return result.ok
  }

  return {
    loadedFor,
    drafts,
    images,
    imageFindings,
    savedAt,
    notice,
    loaded,
    error,
    saving,
    saveError,
    imageError,
    editCount,
    pending,
    saveFailureOf,
    refusedOf,
    editable,
    canAdd,
    load,
    reload,
    byId,
    setField,
    restoreEdit,
    flush,
    create,
    duplicate,
    remove,
    chooseImages,
    removeImage,
  }
})
