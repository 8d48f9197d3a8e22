import { defineStore } from 'pinia'
import { onScopeDispose, ref } from 'vue'
import { useApi } from '../api'

export type MarkKind = 'copied' | 'skipped'

/**
 * The copy panel's session: which draft it copies from, and what the user copied (or skipped),
 * per portal screen and field, in the order it happened ("back" undoes the latest). Kept in memory
 * only, for as long as the panel's window is open: it tells the user where they are, nothing more.
 * The chosen draft is shared through main, so the compact window follows the main window.
 */
export const useCopyMarksStore = defineStore('copyMarks', () => {
  const api = useApi()
  const marks = ref(new Map<string, MarkKind>())
  /** The draft the job-offer screens copy from; null = the first one. */
  const draftId = ref<string | null>(null)
  /** The establishment whose draft choice this window follows. */
  const following = ref<string | null>(null)
  const key = (screen: string, field: string) => `${screen}|${field}`

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
    const last = [...marks.value.keys()].filter((k) => k.startsWith(`${screen}|`)).at(-1)
    if (last === undefined) return null
    marks.value.delete(last)
    return last.slice(screen.length + 1)
  }

  function clear(screen: string): void {
    for (const k of [...marks.value.keys()]) if (k.startsWith(`${screen}|`)) marks.value.delete(k)
  }

  /** Chosen here: main keeps it and tells the other window. */
  async function chooseDraft(profileId: string, id: string | null): Promise<void> {
    draftId.value = id
    await api.panel.chooseDraft(profileId, id)
  }

  /** Takes the choice made in either window for this establishment, now and from now on. */
  async function followDraftChoice(profileId: string): Promise<void> {
    following.value = profileId
    const result = await api.panel.chosenDraft()
    if (result.ok && result.value?.profileId === profileId) draftId.value = result.value.draftId
  }

  const stop = api.panel.draftChosen((choice) => {
    if (choice.profileId === following.value) draftId.value = choice.draftId
  })
  onScopeDispose(stop)

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
