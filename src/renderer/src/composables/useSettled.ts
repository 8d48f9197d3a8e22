import { onScopeDispose, shallowRef, watch, type Ref } from 'vue'

/**
 * A figure that may lag typing by a moment (a screen's count of fields done): worked out at once
 * and whenever one of `sources.now` is another object (another draft), and `delayMs` after
 * `sources.later` (a count of edits) stopped changing, so the frame that shows a keystroke never
 * waits for it.
 */
export function useSettled<T>(
  work: () => T,
  sources: { now: () => readonly unknown[]; later: () => unknown },
  delayMs = 200,
): Readonly<Ref<T>> {
  const settled = shallowRef(work())
  let timer: ReturnType<typeof setTimeout> | undefined
  const refresh = () => {
    clearTimeout(timer)
    timer = undefined
    settled.value = work()
  }
  watch(sources.now, (now, before) => {
    if (now.some((source, i) => source !== before[i])) refresh()
  })
  watch(sources.later, () => {
    clearTimeout(timer)
    timer = setTimeout(refresh, delayMs)
  })
  onScopeDispose(() => clearTimeout(timer))
  return settled
}
