import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref } from 'vue'
import type { Result } from '@shared/ipc/result'
import { idleState, type TimerState } from '@shared/timer'
import { useApi } from '../api'
import { useEstablishmentsStore } from './establishments'

/**
 * The auth-key countdowns as main keeps them, one per establishment. Main is the source of truth
 * (it persists the deadline and sends the notifications); this store mirrors it through
 * `timer:changed`. The screens show the active establishment's (`active`); the establishment list
 * shows every running one.
 */
export const useTimerStore = defineStore('timer', () => {
  const api = useApi()
  const establishments = useEstablishmentsStore()
  const state = ref<Record<string, TimerState>>({})
  const active = computed<TimerState | null>(() =>
    establishments.activeId === null ? null : stateOf(establishments.activeId),
  )

  const unsubscribe = api.timer.changed((next) => {
    state.value[next.profileId] = next
  })
  onScopeDispose(unsubscribe)

  function stateOf(profileId: string): TimerState {
    return state.value[profileId] ?? idleState(profileId)
  }

  async function apply(call: Promise<Result<TimerState>>): Promise<Result<TimerState>> {
    const result = await call
    if (result.ok) state.value[result.value.profileId] = result.value
    return result
  }

  /** `receivedAt` (epoch ms) corrects the start to the time on the mail; main refuses a bad one. */
  function start(profileId: string, receivedAt?: number): Promise<Result<TimerState>> {
    return apply(
      api.timer.start(receivedAt === undefined ? { profileId } : { profileId, receivedAt }),
    )
  }

  function complete(profileId: string): Promise<Result<TimerState>> {
    return apply(api.timer.complete(profileId))
  }

  function cancel(profileId: string): Promise<Result<TimerState>> {
    return apply(api.timer.cancel(profileId))
  }

  function refresh(profileId: string): Promise<Result<TimerState>> {
    return apply(api.timer.state(profileId))
  }

  /** Every establishment's countdown (the list shows the running ones). */
  async function refreshAll(): Promise<void> {
    const result = await api.timer.list()
    if (result.ok) for (const next of result.value) state.value[next.profileId] = next
  }

  return { state, active, stateOf, start, complete, cancel, refresh, refreshAll }
})
