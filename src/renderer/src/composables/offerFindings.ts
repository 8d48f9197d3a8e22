import { computed, inject, type ComputedRef, type InjectionKey } from 'vue'
import type { OfferFinding } from '@shared/job-offer/offer-check'

/**
 * The offer check's findings of the draft being edited, by field: the editor screen checks the
 * draft once per change and every field reads its own lines from this map.
 */
export const OFFER_FINDINGS_KEY: InjectionKey<ComputedRef<Map<string, OfferFinding[]>>> =
  Symbol('offerFindings')

export function useFieldOfferFindings(field: () => string): ComputedRef<OfferFinding[]> {
  const map = inject(
    OFFER_FINDINGS_KEY,
    computed(() => new Map<string, OfferFinding[]>()),
  )
  return computed(() => map.value.get(field()) ?? [])
}
