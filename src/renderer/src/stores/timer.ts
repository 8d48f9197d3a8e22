import { defineStore } from 'pinia'
import { onScopeDispose, ref } from 'vue'
import type { Result } from '@shared/ipc/result'
import { idleState, type TimerState } from '@shared/timer'
import { useApi } from '../api'

/**
 * The auth-key countdowns as main keeps them, one per profile. Main is the source of truth (it
 * persists the deadline and sends the notifications); this store mirrors it through `timer:changed`.
 * The guide embeds `<AuthKeyCountdown>` and calls `complete(profileId)` when the key is entered.
 */
export const useTimerStore = defineStore('timer', () => {
  const api = useApi()
  const state = ref<Record<string, TimerState>>({})

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

  return { state, stateOf, start, complete, cancel, refresh }
})
