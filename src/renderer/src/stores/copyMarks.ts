import { defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * The copy panel's session: which draft it copies from, and what the user copied, per portal
 * screen and field. Kept in memory only, for
 * as long as the panel's window is open: it tells the user where they are, nothing more.
 */
export const useCopyMarksStore = defineStore('copyMarks', () => {
  const marks = ref(new Set<string>())
  /** The draft the job-offer screens copy from; null = the first one. */
  const draftId = ref<string | null>(null)
  const key = (screen: string, field: string) => `${screen}|${field}`

  function mark(screen: string, field: string): void {
    marks.value.add(key(screen, field))
  }

  function has(screen: string, field: string): boolean {
    return marks.value.has(key(screen, field))
  }

  function clear(screen: string): void {
    for (const k of [...marks.value]) if (k.startsWith(`${screen}|`)) marks.value.delete(k)
  }

  return { marks, draftId, mark, has, clear }
})
