import { onBeforeUnmount, onMounted } from 'vue'
import { useDraftsStore } from '../stores/drafts'
import { useProfileStore } from '../stores/profile'

/**
 * For the drafts and copy screens: loads the active establishment's profile and drafts once (the
 * panel needs both), and saves pending draft edits when the screen is left.
 */
export function useDraftsGate() {
  const drafts = useDraftsStore()
  const profiles = useProfileStore()

  onMounted(() => {
    if (!profiles.loaded) void profiles.load()
    if (!drafts.loaded) void drafts.load()
  })
  onBeforeUnmount(() => void drafts.flush())
  return { drafts, profiles }
}
