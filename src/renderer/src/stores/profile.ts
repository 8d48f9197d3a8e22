import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ProfileView } from '@shared/contract'
import type { ErrorCode } from '@shared/ipc/result'
import { checkProfile, completeness } from '@shared/profile/field-rules'
import { emptyProfile, emptyWorkplace, WORKPLACES_MAX, type Profile } from '@shared/profile/model'
import { DEFAULT_PROFILE_ID } from '@shared/profiles'
import { useApi } from '../api'

/** Typing pauses this long before the profile is saved. */
export const AUTOSAVE_DELAY_MS = 800

/**
 * The establishment profile as main keeps it. The guide reads it (login e-mail, 事業所番号,
 * completeness); the editor changes it field by field and it saves itself (debounced).
 */
export const useProfileStore = defineStore('profile', () => {
  const api = useApi()
  const profileId = ref(DEFAULT_PROFILE_ID)
  const profile = ref<Profile>(emptyProfile())
  const savedAt = ref<number | null>(null)
  const notice = ref<ProfileView['notice']>(null)
  const loaded = ref(false)
  /** Why the profile could not be loaded (e.g. 'locked'): nothing may be saved over it then. */
  const error = ref<ErrorCode | null>(null)
  /** Changes not yet saved. */
  const dirty = ref(false)
  const saving = ref(false)
  const saveError = ref<ErrorCode | null>(null)

  const editable = computed(() => loaded.value && error.value === null)
  const findings = computed(() => checkProfile(profile.value))
  const progress = computed(() => completeness(profile.value))

  let timer: ReturnType<typeof setTimeout> | undefined
  let inFlight: Promise<boolean> | null = null
  let loading: Promise<void> | null = null

  /**
   * Several screens may ask at once (the guide, the banner, the editor): they share one read, so a
   * notice (a backup restored on this read) is not lost to a second read that finds all well.
   */
  function load(id: string = DEFAULT_PROFILE_ID): Promise<void> {
    loading ??= loadNow(id).finally(() => (loading = null))
    return loading
  }

  async function loadNow(id: string): Promise<void> {
    const result = await api.profile.get(id)
    if (result.ok) {
      profileId.value = id
      profile.value = result.value.profile
      savedAt.value = result.value.savedAt
      notice.value = result.value.notice
      error.value = null
    } else {
      error.value = result.error.code
    }
    loaded.value = true
  }

  /** After an import or a fresh start: what main holds now replaces any unsaved edit. */
  async function reload(): Promise<void> {
    clearTimeout(timer)
    if (inFlight) await inFlight
    dirty.value = false
    saveError.value = null
    await load(profileId.value)
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

  function acknowledgeNotice(): void {
    notice.value = null
  }

  function changed(): void {
    dirty.value = true
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
  }

  /** Saves now if anything changed, after any save already under way. */
  async function flush(): Promise<boolean> {
    clearTimeout(timer)
    for (;;) {
      if (inFlight) {
        await inFlight
        continue
      }
      if (!dirty.value || !editable.value) return saveError.value === null
      inFlight = saveOnce()
      const ok = await inFlight
      inFlight = null
      if (!ok) return false
    }
  }

  async function saveOnce(): Promise<boolean> {
    dirty.value = false
    saving.value = true
    // A plain copy: reactive proxies cannot cross the IPC boundary.
    const snapshot = JSON.parse(JSON.stringify(profile.value)) as Profile
    const result = await api.profile.save(profileId.value, snapshot)
    saving.value = false
    if (result.ok) {
      savedAt.value = result.value.savedAt
      saveError.value = null
      return true
    }
    dirty.value = true
    saveError.value = result.error.code
    return false
  }

  return {
    profileId,
    profile,
    savedAt,
    notice,
    loaded,
    error,
    dirty,
    saving,
    saveError,
    editable,
    findings,
    progress,
    load,
    reload,
    setField,
    addWorkplace,
    removeWorkplace,
    acknowledgeNotice,
    flush,
  }
})
