import { computed, inject, type ComputedRef, type InjectionKey } from 'vue'
import type { JobFinding } from '@shared/job-offer/guidance'
import type { OfferFinding } from '@shared/job-offer/offer-check'

/**
 * What the editor screen computes once per change of the draft, for every field to read its own
 * lines from: the offer check's findings and the form guidance, by field. Checking the whole draft
 * once (not once per field), and keeping a field's list when its lines did not change, lets a
 * keystroke re-render only the fields whose lines change.
 */
export const OFFER_FINDINGS_KEY: InjectionKey<ComputedRef<Map<string, OfferFinding[]>>> =
  Symbol('offerFindings')
export const GUIDANCE_KEY: InjectionKey<ComputedRef<Map<string, JobFinding[]>>> = Symbol('guidance')

/** The previous list when the new one says the same, so nothing downstream re-renders. */
export function sameOrNext<T>(next: T[], previous: T[] | undefined): T[] {
  if (previous === undefined || previous.length !== next.length) return next
  return JSON.stringify(previous) === JSON.stringify(next) ? previous : next
}

const EMPTY = computed(() => new Map<string, never[]>())

export function useFieldOfferFindings(field: () => string): ComputedRef<OfferFinding[]> {
  const map = inject(OFFER_FINDINGS_KEY, EMPTY)
  return computed((previous?: OfferFinding[]) => sameOrNext(map.value.get(field()) ?? [], previous))
}

/** The form guidance of one field; null outside an editor screen that provides it. */
export function useFieldGuidance(field: () => string): ComputedRef<JobFinding[]> | null {
  const map = inject(GUIDANCE_KEY, null)
  if (map === null) return null
  return computed((previous?: JobFinding[]) => sameOrNext(map.value.get(field()) ?? [], previous))
}

/** Findings grouped by their field. */
export function byField<F extends { field: string }>(findings: readonly F[]): Map<string, F[]> {
  const map = new Map<string, F[]>()
  for (const f of findings) {
    const list = map.get(f.field) ?? []
    list.push(f)
    map.set(f.field, list)
  }
  return map
}
