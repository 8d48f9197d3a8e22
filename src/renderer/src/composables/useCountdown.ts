import { computed, onBeforeUnmount, onMounted, ref, watch } from 'vue'
import {
  formatRemaining,
  minutesAnnouncement,
  remaining,
  stageFor,
  type TimerStage,
  type TimerState,
} from '@shared/timer'

/**
 * The seconds of a countdown, drawn in the renderer from main's deadline and `Date.now()`: never by
 * counting ticks, so a throttled or hidden window shows the right time as soon as it draws again.
 * It wakes exactly when the shown second changes (the display rounds up), not on a free-running
 * interval that could lag the real time by up to a second.
 */
export function useCountdown(source: () => TimerState) {
  const now = ref(Date.now())
  let wake: ReturnType<typeof setTimeout> | undefined

  const remainingMs = computed(() => {
    const state = source()
    return state.status === 'running' && state.deadline !== undefined
      ? remaining(state.deadline, now.value)
      : 0
  })
  const stage = computed<TimerStage>(() => {
    const status = source().status
    if (status === 'running') return stageFor(remainingMs.value)
    return status === 'expired' ? 'expired' : 'idle'
  })
  const display = computed(() => formatRemaining(remainingMs.value))
  const minutes = computed(() => minutesAnnouncement(remainingMs.value))

  function tick(): void {
    clearTimeout(wake)
    wake = undefined
    now.value = Date.now()
    if (remainingMs.value <= 0) return
    wake = setTimeout(tick, ((remainingMs.value - 1) % 1000) + 1)
  }

  const onVisible = () => {
    if (document.visibilityState === 'visible') tick()
  }
  watch(source, tick, { immediate: true })
  onMounted(() => document.addEventListener('visibilitychange', onVisible))
  onBeforeUnmount(() => {
    clearTimeout(wake)
    document.removeEventListener('visibilitychange', onVisible)
  })

  return { remainingMs, stage, display, minutes }
}
