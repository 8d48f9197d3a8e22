import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { DraftsView, StoredImage } from '@shared/drafts'
import type { ErrorCode } from '@shared/ipc/result'
import type { ImageFinding } from '@shared/job-offer/images'
import { DRAFTS_MAX, emptyDraft, type JobOfferDraft } from '@shared/job-offer/model'
import type { Profile } from '@shared/profile/model'
import { DEFAULT_PROFILE_ID } from '@shared/profiles'
import { useApi } from '../api'

/** Typing pauses this long before a draft is saved. */
export const DRAFT_AUTOSAVE_DELAY_MS = 800

type DraftValue = string | string[] | boolean

/**
 * The job-offer drafts of a profile and the image list of establishment screen 6, as main keeps
 * them. Each edited draft saves itself (debounced); structural changes (new, duplicate, remove,
 * images) go to main at once and main's answer replaces the list.
 */
export const useDraftsStore = defineStore('drafts', () => {
  const api = useApi()
  const profileId = ref(DEFAULT_PROFILE_ID)
  const drafts = ref<JobOfferDraft[]>([])
  const images = ref<StoredImage[]>([])
  const imageFindings = ref<ImageFinding[]>([])
  const savedAt = ref<number | null>(null)
  const notice = ref<DraftsView['notice']>(null)
  const loaded = ref(false)
  const error = ref<ErrorCode | null>(null)
  const saving = ref(false)
  const saveError = ref<ErrorCode | null>(null)
  const pending = ref(new Set<string>())

  const editable = computed(() => loaded.value && error.value === null)
  const canAdd = computed(() => editable.value && drafts.value.length < DRAFTS_MAX)
  let timer: ReturnType<typeof setTimeout> | undefined
  let inFlight: Promise<boolean> | null = null

  function apply(view: DraftsView): void {
    drafts.value = view.drafts
    images.value = view.images
    imageFindings.value = view.imageFindings
    savedAt.value = view.savedAt
    if (view.notice !== null) notice.value = view.notice
  }

  async function load(id: string = DEFAULT_PROFILE_ID): Promise<void> {
    await flush()
    const result = await api.drafts.list(id)
    profileId.value = id
    if (result.ok) {
      apply(result.value)
      error.value = null
    } else {
      error.value = result.error.code
    }
    loaded.value = true
  }

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
    pending.value.add(draftId)
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), DRAFT_AUTOSAVE_DELAY_MS)
  }

  /** Saves every changed draft now, after any save already under way. */
  async function flush(): Promise<boolean> {
    clearTimeout(timer)
    while (inFlight) await inFlight
    if (pending.value.size === 0) return saveError.value === null
    inFlight = saveAll()
    const ok = await inFlight
    inFlight = null
    return ok
  }

  async function saveAll(): Promise<boolean> {
    saving.value = true
    const ids = [...pending.value]
    pending.value.clear()
    let ok = true
    for (const id of ids) {
      const draft = byId(id)
      if (draft === undefined) continue
      // A plain copy: reactive proxies cannot cross the IPC boundary.
      const snapshot = JSON.parse(JSON.stringify(draft)) as JobOfferDraft
      const result = await api.drafts.save(profileId.value, snapshot)
      if (result.ok) {
        savedAt.value = result.value.savedAt
      } else {
        ok = false
        pending.value.add(id)
        saveError.value = result.error.code
      }
    }
    if (ok) saveError.value = null
    saving.value = false
    return ok
  }

  /** A new empty draft (the profile's only 就業場所 chosen); answers its id, or null. */
  async function create(profile?: Profile): Promise<string | null> {
    if (!canAdd.value) return null
    await flush()
    const draft = emptyDraft(`draft-${crypto.randomUUID()}`, profile)
    const result = await api.drafts.save(profileId.value, draft)
    if (!result.ok) {
      saveError.value = result.error.code
      return null
    }
    apply(result.value)
    return draft.id
  }

  async function duplicate(id: string): Promise<string | null> {
    await flush()
    const result = await api.drafts.duplicate(profileId.value, id)
    if (!result.ok) {
      saveError.value = result.error.code
      return null
    }
    apply(result.value.view)
    return result.value.draft.id
  }

  async function remove(id: string): Promise<boolean> {
    await flush()
    const result = await api.drafts.remove(profileId.value, id)
    if (result.ok) apply(result.value)
    else saveError.value = result.error.code
    return result.ok
  }

  async function chooseImages(): Promise<boolean> {
    await flush()
    const result = await api.images.choose(profileId.value)
    if (result.ok) apply(result.value)
    return result.ok
  }

  async function removeImage(index: number): Promise<boolean> {
    await flush()
    const result = await api.images.remove(profileId.value, index)
    if (result.ok) apply(result.value)
    return result.ok
  }

  return {
    profileId,
    drafts,
    images,
    imageFindings,
    savedAt,
    notice,
    loaded,
    error,
    saving,
    saveError,
    pending,
    editable,
    canAdd,
    load,
    byId,
    setField,
    flush,
    create,
    duplicate,
    remove,
    chooseImages,
    removeImage,
  }
})
