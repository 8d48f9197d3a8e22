import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ProfileView } from '@shared/contract'
import type { ErrorCode } from '@shared/ipc/result'
import { checkProfile, completeness } from '@shared/profile/field-rules'
import { emptyProfile, emptyWorkplace, WORKPLACES_MAX, type Profile } from '@shared/profile/model'
import type { OverLimit } from '@shared/storage-limits'
import { useApi } from '../api'
import { plainCopy } from './plain'
import { useAutosave } from '../composables/useAutosave'
import { useActiveDocument } from './establishments'

/** Typing pauses this long before the profile is saved. */
export const AUTOSAVE_DELAY_MS = 800

/** A plain copy: reactive proxies cannot cross the IPC boundary. */

/**
 * The active establishment's profile as main keeps it. The guide reads it (login e-mail, 事業所番号,
 * completeness); the editor changes it field by field and it saves itself (the app's autosave).
 * It follows the establishments store: after a switch it holds the new establishment's profile.
 */
export const useProfileStore = defineStore('profile', () => {
  const api = useApi()
  const { establishments, loadedFor, holdsActive, reloadOnSwitch } = useActiveDocument()
  const profile = ref<Profile>(emptyProfile())
  const savedAt = ref<number | null>(null)
  const notice = ref<ProfileView['notice']>(null)
  const loaded = ref(false)
  /** Why the profile could not be loaded (e.g. 'locked'): nothing may be saved over it then. */
  const error = ref<ErrorCode | null>(null)
  /** Fields the last save left as they were: their text is over what can be stored. */
  const refused = ref<OverLimit[]>([])
  let revision = 0

  const editable = computed(() => loaded.value && error.value === null && holdsActive.value)
  const findings = computed(() => checkProfile(profile.value))
  const progress = computed(() => completeness(profile.value))

  const autosave = useAutosave({
    delayMs: AUTOSAVE_DELAY_MS,
    // Saves go to the establishment the document was loaded for, also while another is becoming
    // active: an edit typed during a switch is saved there, not dropped.
    canSave: () => loaded.value && error.value === null && loadedFor.value !== null,
    hold: () => {
      revision++
      const profileId = loadedFor.value
      if (profileId === null) return
      void api.edits
        .hold({ kind: 'profile', profileId, revision, doc: plainCopy(profile.value) })
        .catch(() => undefined)
    },
    save: async () => {
      const profileId = loadedFor.value
      if (profileId === null) return { code: 'unavailable' }
      const result = await api.profile.save(profileId, plainCopy(profile.value))
      if (!result.ok) {
        return {
          code: result.error.code,
          ...(result.error.field ? { field: result.error.field } : {}),
        }
      }
      savedAt.value = result.value.savedAt
      refused.value = result.value.refused
      return null
    },
  })
  /** Changes not yet saved. */
  const dirty = computed(() => autosave.pending.size > 0)
  const saving = computed(() => autosave.saving.value)
  const saveFailure = computed(() => autosave.errors.get('profile') ?? null)
  const saveError = computed<ErrorCode | null>(() => saveFailure.value?.code ?? null)

  let loading: Promise<void> | null = null

  /**
   * The active establishment's profile. Several screens may ask at once (the guide, the banner,
   * the editor): they share one read, so a notice (a backup restored on this read) is not lost to
   * a second read that finds all well.
   */
  function load(): Promise<void> {
    loading ??= loadNow().finally(() => (loading = null))
    return loading
  }

  async function loadNow(): Promise<void> {
    const id = await establishments.activeIdReady()
    if (id === null) {
      // The list could not be read (a locked vault): say why, as a profile read would.
      error.value = establishments.error ?? 'unavailable'
      loaded.value = true
      return
    }
    const result = await api.profile.get(id)
    if (result.ok) {
      loadedFor.value = id
      profile.value = result.value.profile
      savedAt.value = result.value.savedAt
      notice.value = result.value.notice
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
    refused.value = []
    await loading
    await load()
  }

  reloadOnSwitch(reload)

  function changed(): void {
    autosave.changed('profile')
  }

  /** Sets one value by its path ('establishment.address.city', 'workplaces.1.station'). */
  function setField(path: string, value: string | boolean): void {
    if (!editable.value) return
    const keys = path.split('.')
    const last = keys.pop()
    let node: unknown = profile.value
    for (const key of keys) {
      if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return
      node = (node as Record<string, unknown>)[key]
    }
    if (typeof node !== 'object' || node === null || last === undefined) return
    const target = node as Record<string, unknown>
    // Only existing leaves of the same type: a typo in a path must not grow the profile.
    if (!Object.hasOwn(target, last) || typeof target[last] !== typeof value) return
    if (target[last] === value) return
    target[last] = value
    changed()
  }

  function addWorkplace(): boolean {
    if (!editable.value || profile.value.workplaces.length >= WORKPLACES_MAX) return false
    profile.value.workplaces.push(emptyWorkplace())
    changed()
    return true
  }

  function removeWorkplace(index: number): void {
    if (!editable.value || index < 0 || index >= profile.value.workplaces.length) return
    profile.value.workplaces.splice(index, 1)
    changed()
  }

  /** An edit main held for this profile (the window reloaded before it was saved): take it back. */
  function restoreEdit(id: string, doc: Profile): boolean {
    if (!editable.value || id !== loadedFor.value) return false
    profile.value = doc
    changed()
    return true
  }

  function acknowledgeNotice(): void {
    notice.value = null
  }

  /** Saves now if anything changed, after any save already under way. */
  function flush(): Promise<boolean> {
    return autosave.flush()
  }

  return {
    loadedFor,
    profile,
    savedAt,
    notice,
    loaded,
    error,
    dirty,
    saving,
    saveError,
    saveFailure,
    refused,
    editable,
    findings,
    progress,
    load,
    reload,
    setField,
    addWorkplace,
    removeWorkplace,
    restoreEdit,
    acknowledgeNotice,
    flush,
  }
})
