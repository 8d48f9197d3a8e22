import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue'
import type { ErrorCode } from '@shared/ipc/result'
import type { PostalCandidate } from '@shared/postal'
import { valueAt } from '@shared/profile/field-rules'
import { useApi } from '../api'
import { useProfileStore } from '../stores/profile'

/**
 * 郵便番号 → address proposals for one address block (`establishment.address`, …). It proposes;
 * only `apply` writes, and only 都道府県・市区町村・町域 (番地 and 建物 are the user's own).
 */
export function usePostalLookup(prefixSource: MaybeRefOrGetter<string>) {
  const api = useApi()
  const store = useProfileStore()
  const prefix = computed(() => toValue(prefixSource))
  const candidates = ref<PostalCandidate[] | null>(null)
  const chosen = ref(0)
  const busy = ref(false)
  const error = ref<ErrorCode | null>(null)
  const applied = ref(false)

  const part = (key: string) => valueAt(store.profile, `${prefix.value}.${key}`) ?? ''
  const current = computed(() =>
    [part('prefecture'), part('city'), part('town')].filter((s) => s !== '').join(' '),
  )
  const selected = computed(() => candidates.value?.[chosen.value] ?? null)
  /** What applying would replace, when it differs from the proposal. */
  const replaces = computed(() => {
    const s = selected.value
    if (!s || current.value === '') return null
    const same =
      part('prefecture') === s.prefecture && part('city') === s.city && part('town') === s.town
    return same ? null : current.value
  })

  async function lookup(): Promise<void> {
    busy.value = true
    applied.value = false
    error.value = null
    candidates.value = null
    const result = await api.postal.lookup(part('postalCode'))
    busy.value = false
    if (!result.ok) {
      error.value = result.error.code
      return
    }
    candidates.value = result.value.candidates
    chosen.value = 0
  }

  function apply(): void {
    const s = selected.value
    if (!s) return
    store.setField(`${prefix.value}.prefecture`, s.prefecture)
    store.setField(`${prefix.value}.city`, s.city)
    store.setField(`${prefix.value}.town`, s.town)
    candidates.value = null
    applied.value = true
  }

  return { candidates, chosen, selected, busy, error, applied, replaces, lookup, apply }
}
