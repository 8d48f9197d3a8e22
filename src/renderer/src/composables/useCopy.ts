import { onBeforeUnmount, ref } from 'vue'
import { useApi } from '../api'

export type CopyState = 'idle' | 'copied' | 'failed'

/** Copies through main's clipboard service and shows brief feedback; never navigator.clipboard. */
export function useCopy(resetMs = 2000) {
  const api = useApi()
  const state = ref<CopyState>('idle')
  let timer: ReturnType<typeof setTimeout> | undefined

  async function copy(text: string): Promise<boolean> {
    const result = await api.clipboard.copy(text)
    state.value = result.ok ? 'copied' : 'failed'
    clearTimeout(timer)
    timer = setTimeout(() => (state.value = 'idle'), resetMs)
    return result.ok
  }

  onBeforeUnmount(() => clearTimeout(timer))
  return { state, copy }
}
