import { onBeforeUnmount, onMounted, watch } from 'vue'
import { useRouter } from 'vue-router'
import { useProfileStore } from '../stores/profile'

/**
 * For the profile screens: loads the profile once, sends the user to the recovery screen when it
 * could not be opened or a backup stood in, and saves pending edits when the screen is left.
 */
export function useProfileGate() {
  const store = useProfileStore()
  const router = useRouter()

  onMounted(() => {
    if (!store.loaded) void store.load()
  })

  watch(
    () => [store.loaded, store.error, store.notice] as const,
    ([loaded, error, notice]) => {
      if (loaded && (error === 'locked' || error === 'unavailable' || notice !== null)) {
        void router.replace({ name: 'profile-recovery' })
      }
    },
    { immediate: true },
  )

  onBeforeUnmount(() => void store.flush())
  return { store }
}
