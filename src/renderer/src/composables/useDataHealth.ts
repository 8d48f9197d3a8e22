import { computed, onMounted } from 'vue'
import { useProfileStore } from '../stores/profile'
import { useVaultStore } from '../stores/vault'

export type DataProblem =
  | { kind: 'locked'; reason: string; needsPassphrase: boolean }
  | { kind: 'unreadable' }
  | { kind: 'restored'; from: string }
  | { kind: 'kept-unreadable'; keptAs: string }

/** What, if anything, went wrong with the stored data: the banner and the recovery screen say it. */
export function useDataHealth() {
  const vault = useVaultStore()
  const profile = useProfileStore()

  onMounted(async () => {
    await vault.refresh()
    if (!profile.loaded) await profile.load()
  })

  const problem = computed<DataProblem | null>(() => {
    const status = vault.status
    if (status?.state === 'locked') {
      return {
        kind: 'locked',
        reason: status.lockReason ?? 'key-unavailable',
        needsPassphrase: status.needsPassphrase,
      }
    }
    if (profile.error === 'unavailable') return { kind: 'unreadable' }
    const notice = profile.notice
    if (notice?.kind === 'restored-backup') return { kind: 'restored', from: notice.from }
    if (notice?.kind === 'kept-unreadable')
      return { kind: 'kept-unreadable', keptAs: notice.keptAs }
    return null
  })
  const weak = computed(() => vault.status?.weakProtection === true)

  return { vault, profile, problem, weak }
}
