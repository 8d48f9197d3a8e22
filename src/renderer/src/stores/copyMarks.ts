import { defineStore } from 'pinia'
import { onScopeDispose, ref, watch } from 'vue'
import { useApi } from '../api'
import { useEstablishmentsStore } from './establishments'

export type MarkKind = 'copied' | 'skipped'

/**
 * The copy panel's session: which draft it copies from, and what the user copied (or skipped),
 * per establishment, portal screen and field, in the order it happened ("back" undoes the latest).
 * Kept in memory only, for as long as the panel's window is open: it tells the user where they
 * are, nothing more. It follows the active establishment: another establishment's marks are its
 * own. The chosen draft is shared through main, so the compact window follows the main window.
 */
export const useCopyMarksStore = defineStore('copyMarks', () => {
  const api = useApi()
  const establishments = useEstablishmentsStore()
  const marks = ref(new Map<string, MarkKind>())
  /** The draft the job-offer screens copy from; null = the first one. */
  const draftId = ref<string | null>(null)
  const prefix = (screen: string) => `${establishments.activeId ?? ''}|${screen}|`
  const key = (screen: string, field: string) => `${prefix(screen)}${field}`

  function mark(screen: string, field: string, kind: MarkKind = 'copied'): void {
    const k = key(screen, field)
    // Re-marking moves it to the end: "back" undoes what happened last.
    marks.value.delete(k)
    marks.value.set(k, kind)
  }

  function has(screen: string, field: string): boolean {
    return marks.value.has(key(screen, field))
  }

  function kindOf(screen: string, field: string): MarkKind | undefined {
    return marks.value.get(key(screen, field))
  }

  /** Removes the latest mark of the screen; answers its field, or null when there is none. */
  function undoLast(screen: string): string | null {
    const start = prefix(screen)
    const last = [...marks.value.keys()].filter((k) => k.startsWith(start)).at(-1)
    if (last === undefined) return null
    marks.value.delete(last)
    return last.slice(start.length)
  }

  function clear(screen: string): void {
    const start = prefix(screen)
    for (const k of [...marks.value.keys()]) if (k.startsWith(start)) marks.value.delete(k)
  }

  /** Chosen here for the active establishment: main keeps it and tells the other window. */
  async function chooseDraft(id: string | null): Promise<void> {
    const profileId = establishments.activeId
    if (profileId === null) return
    draftId.value = id
    await api.panel.chooseDraft(profileId, id)
  }

  /** Takes the choice made in either window for the active establishment. */
  async function followDraftChoice(): Promise<void> {
    const profileId = await establishments.activeIdReady()
    const result = await api.panel.chosenDraft()
    if (profileId !== establishments.activeId) return
    draftId.value = result.ok && result.value?.profileId === profileId ? result.value.draftId : null
  }

  const stop = api.panel.draftChosen((choice) => {
    if (choice.profileId === establishments.activeId) draftId.value = choice.draftId
  })
  onScopeDispose(stop)
  // Another establishment: its own draft choice (the first draft unless one was chosen).
  watch(
    () => establishments.activeId,
    () => void followDraftChoice(),
  )

  return {
    marks,
    draftId,
    mark,
    has,
    kindOf,
    undoLast,
    clear,
    chooseDraft,
    followDraftChoice,
  }
})
