import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, watch } from 'vue'
import type {
  EstablishmentInput,
  EstablishmentRow,
  EstablishmentsView,
  IndexNotice,
  RemovedEstablishment,
  RemovedKey,
} from '@shared/establishments'
import { matchesQuery, SEARCH_FROM } from '@shared/establishments'
import type { ErrorCode, IpcError } from '@shared/ipc/result'
import { useApi } from '../api'
import { useAutosaveRegistry } from '../composables/useAutosave'

/** Why a switch did not happen: an edit could not be saved first, or main refused. */
export type SwitchError = 'unsaved' | ErrorCode

/**
 * The one owner of the active establishment in the window. The profile, guide, drafts, copy-panel
 * and timer stores follow `activeId`; none keeps an establishment of its own to choose from.
 * Switching saves every pending edit first (the one autosave's flush) and happens only when that
 * went through, so nothing typed for one establishment can land in another.
 */
export const useEstablishmentsStore = defineStore('establishments', () => {
  const api = useApi()
  const rows = ref<EstablishmentRow[]>([])
  const removed = ref<RemovedEstablishment[]>([])
  const notice = ref<IndexNotice | null>(null)
  /** Null until the list was read (or when it could not be: see `error`). */
  const activeId = ref<string | null>(null)
  const loaded = ref(false)
  const error = ref<ErrorCode | null>(null)
  const switching = ref(false)
  const switchError = ref<SwitchError | null>(null)

  const active = computed(() => rows.value.find((r) => r.id === activeId.value) ?? null)
  const several = computed(() => rows.value.length > 1)

  function apply(view: EstablishmentsView): void {
    rows.value = view.establishments
    removed.value = view.removed
    notice.value = view.notice
    activeId.value = view.activeId
    error.value = null
    loaded.value = true
  }

  let loading: Promise<void> | null = null

  async function read(): Promise<void> {
    const result = await api.establishments.list()
    // The first screen's bench answers every call with null: nothing to show then.
    if (result.ok && result.value) apply(result.value)
    else if (!result.ok) error.value = result.error.code
    loaded.value = true
  }

  /** Reads the list once per window; later calls wait for the same read. */
  function ensureLoaded(): Promise<void> {
    loading ??= read()
    return loading
  }

  /** After a fresh start, a passphrase or an import: main's list is read anew. */
  function reload(): Promise<void> {
    loading = read()
    return loading
  }

  /** The active establishment once known; null when the list could not be read (`error`). */
  async function activeIdReady(): Promise<string | null> {
    await ensureLoaded()
    return activeId.value
  }

  /**
   * Every screen is about `id` from now on. Pending edits are saved first; if one cannot be
   * saved, the switch does not happen (`switchError` 'unsaved') and nothing is lost.
   */
  async function switchTo(id: string): Promise<boolean> {
    if (id === activeId.value) return true
    if (switching.value) return false
    switching.value = true
    try {
      const saved = await useAutosaveRegistry().flushAll()
      if (!saved) {
        switchError.value = 'unsaved'
        return false
      }
      const result = await api.establishments.activate(id)
      if (!result.ok) {
        switchError.value = result.error.code
        return false
      }
      activeId.value = result.value.activeId
      switchError.value = null
      return true
    } finally {
      switching.value = false
    }
  }

  type Outcome<T> = { ok: true; value: T } | { ok: false; error: IpcError }

  async function create(input: EstablishmentInput): Promise<Outcome<string>> {
    const result = await api.establishments.create(input)
    if (!result.ok) return result
    apply(result.value.view)
    return { ok: true, value: result.value.id }
  }

  async function rename(id: string, input: EstablishmentInput): Promise<Outcome<null>> {
    const result = await api.establishments.rename(id, input)
    if (!result.ok) return result
    apply(result.value)
    return { ok: true, value: null }
  }

  async function duplicate(id: string, input: EstablishmentInput): Promise<Outcome<string>> {
    const result = await api.establishments.duplicate(id, input)
    if (!result.ok) return result
    apply(result.value.view)
    return { ok: true, value: result.value.id }
  }

  /** Removing the active establishment switches to another first (saving what was typed). */
  async function remove(id: string): Promise<Outcome<null>> {
    if (id === activeId.value) {
      const other = rows.value.find((r) => r.id !== id)
      if (other === undefined || !(await switchTo(other.id))) {
        return { ok: false, error: { code: other === undefined ? 'conflict' : 'unavailable' } }
      }
    }
    const result = await api.establishments.remove(id)
    if (!result.ok) return result
    apply(result.value)
    return { ok: true, value: null }
  }

  async function restore(key: RemovedKey): Promise<Outcome<null>> {
    const result = await api.establishments.restore(key)
    if (!result.ok) return result
    apply(result.value)
    return { ok: true, value: null }
  }

  const stopChanged = api.establishments.changed((view) => apply(view))
  // The other window switched (the compact panel follows the main window).
  const stopActivated = api.establishments.activated(({ activeId: id }) => {
    if (id !== activeId.value) activeId.value = id
  })
  onScopeDispose(() => {
    stopChanged()
    stopActivated()
  })

  /** Search is offered once the list is long enough to need it. */
  const searchable = computed(() => rows.value.length > SEARCH_FROM)
  /** The rows a search shows (all of them while there is no search). */
  function matching(query: string): EstablishmentRow[] {
    return searchable.value ? rows.value.filter((row) => matchesQuery(row, query)) : rows.value
  }

  return {
    rows,
    searchable,
    matching,
    removed,
    notice,
    activeId,
    active,
    several,
    loaded,
    error,
    switching,
    switchError,
    apply,
    ensureLoaded,
    reload,
    activeIdReady,
    switchTo,
    create,
    rename,
    duplicate,
    remove,
    restore,
  }
})

/**
 * For the stores that follow the active establishment (profile, guide, drafts): which
 * establishment the document they hold was loaded for (saves go there, whichever is active
 * meanwhile), whether it is the active one (editing needs that), and a reload after a switch.
 */
export function useActiveDocument() {
  const establishments = useEstablishmentsStore()
  const loadedFor = ref<string | null>(null)
  const holdsActive = computed(
    () => loadedFor.value !== null && loadedFor.value === establishments.activeId,
  )
  /** Another establishment became active (its edits here were saved first): load its document. */
  function reloadOnSwitch(reload: () => Promise<void>): void {
    watch(
      () => establishments.activeId,
      (next) => {
        if (next !== null && loadedFor.value !== null && next !== loadedFor.value) void reload()
      },
    )
  }
  return { establishments, loadedFor, holdsActive, reloadOnSwitch }
}
