import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import type { ErrorCode } from '@shared/ipc/result'

/** Why a save did not go through, and which field it concerns when main said so. */
export interface SaveFailure {
  code: ErrorCode
  field?: string
}

export interface AutosaveOptions<K extends string> {
  /** Typing pauses this long before a save. */
  delayMs: number
  /** Saves one unit (a document, or one draft) now; null when it went through, else why not. */
  save(key: K): Promise<SaveFailure | null>
  /** Told of every change, so main holds the unit's state in memory until it is saved. */
  hold?(key: K): void
  /** False while the document could not be loaded: nothing may be saved over it then. */
  canSave(): boolean
}

interface Flushable {
  flush(): Promise<boolean>
  flushNow(): void
}

/**
 * Every autosave of the app, so one call saves them all: when a field is left, the screen or the
 * language changes, the page is hidden or unloads, and before main closes the window.
 */
export const useAutosaveRegistry = defineStore('autosave', () => {
  const units = new Set<Flushable>()

  function register(unit: Flushable): void {
    units.add(unit)
  }

  /** Saves everything pending; answers whether all of it went through. */
  async function flushAll(): Promise<boolean> {
    const results = await Promise.all([...units].map((unit) => unit.flush().catch(() => false)))
    return results.every(Boolean)
  }

  /** The page is going away: hand every pending save to main at once, waiting for nothing. */
  function flushAllNow(): void {
    for (const unit of units) unit.flushNow()
  }

  return { register, flushAll, flushAllNow }
})

/**
 * The one autosave of the app, used by every store that keeps what the user types (profile, guide
 * progress and its notes, drafts): a save once typing pauses, one save at a time per store, edits
 * that arrive during a save saved right after, and a failure kept (with the edit) until the next
 * save goes through. Units are keyed: one per document, or one per draft.
 */
export function useAutosave<K extends string = string>(options: AutosaveOptions<K>) {
  /** Units changed since their last save (or whose save failed). */
  const pending = reactive(new Set<K>()) as Set<K>
  /** The last failure of each unit whose latest save did not go through. */
  const errors = reactive(new Map<K, SaveFailure>()) as Map<K, SaveFailure>
  const saving = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<boolean> | null = null

  function changed(key: K): void {
    pending.add(key)
    options.hold?.(key)
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), options.delayMs)
  }

  function record(key: K, failure: SaveFailure | null): boolean {
    if (failure === null) {
      errors.delete(key)
      return true
    }
    pending.add(key)
    errors.set(key, failure)
    return false
  }

  async function saveAll(): Promise<boolean> {
    saving.value = true
    let ok = true
    try {
      for (const key of [...pending]) {
        pending.delete(key)
        const failure = await options.save(key).catch((): SaveFailure => ({ code: 'internal' }))
        if (!record(key, failure)) ok = false
      }
    } finally {
      saving.value = false
    }
    return ok
  }

  /** Saves every pending unit now, after any save already under way. */
  async function flush(): Promise<boolean> {
    clearTimeout(timer)
    while (running) await running
    if (pending.size === 0) return errors.size === 0
    // Something typed that cannot be saved now (its document did not load) is not "all saved".
    if (!options.canSave()) return false
    running = saveAll()
    try {
      return await running
    } finally {
      running = null
    }
  }

  /**
   * For a page that is unloading: every pending unit is sent now, even beside a save under way
   * (main runs the saves of one document in the order they arrive, so the newest wins).
   */
  function flushNow(): void {
    clearTimeout(timer)
    if (!options.canSave()) return
    for (const key of [...pending]) {
      pending.delete(key)
      void options
        .save(key)
        .catch((): SaveFailure => ({ code: 'internal' }))
        .then((failure) => record(key, failure))
    }
  }

  /** Forgets pending changes (what main holds now replaces them, e.g. after an import). */
  function cancel(): void {
    clearTimeout(timer)
    pending.clear()
    errors.clear()
  }

  useAutosaveRegistry().register({ flush, flushNow })
  return { pending, errors, saving, changed, flush, flushNow, cancel }
}
