import * as v from 'valibot'
import { DomainError } from '@shared/ipc/result'
import {
  ENTERED_RATES_MAX,
  EnteredRateSchema,
  type EnteredRate,
  type EnteredRateKey,
  type EnteredRatesView,
} from '@shared/job-offer/minimum-wage-lookup'
import { PREFECTURES } from '@shared/minimum-wage'
import type { KeyValueStore } from './ports'

/**
 * The current minimum wages the user entered (the app's table ends before the FY2026 rates), kept
 * for the whole app: a prefecture's rate is the same for every establishment. Nothing secret, so a
 * plain store. An entry that cannot be read (hand-edited file, a later version) is never used and
 * never deleted: the first write moves it to `aside`.
 */
export type MinimumWageData = { rates: unknown; aside: unknown }

const sameKey = (a: EnteredRateKey, b: EnteredRateKey): boolean =>
  a.prefecture === b.prefecture && a.effectiveFrom === b.effectiveFrom

export class MinimumWageService {
  constructor(private readonly store: KeyValueStore<MinimumWageData>) {}

  list(): EnteredRatesView {
    const { rates, unreadable } = this.read()
    return { rates, keptAside: unreadable.length + this.aside().length }
  }

  /** Adds a rate (the list stays in prefecture-code order, then by 発効日), or replaces the one of the same prefecture and 発効日. */
  save(rate: EnteredRate): EnteredRatesView {
    const { rates, unreadable } = this.read()
    const kept = rates.filter((r) => !sameKey(r, rate))
    if (kept.length >= ENTERED_RATES_MAX) throw new DomainError('invalid-field', '0', 'too many')
    return this.write([...kept, rate], unreadable)
  }

  remove(key: EnteredRateKey): EnteredRatesView {
    const { rates, unreadable } = this.read()
    const kept = rates.filter((r) => !sameKey(r, key))
    if (kept.length === rates.length) throw new DomainError('not-found', '0')
    return this.write(kept, unreadable)
  }

  private read(): { rates: EnteredRate[]; unreadable: unknown[] } {
    const raw = this.store.get('rates')
    if (raw === undefined) return { rates: [], unreadable: [] }
    const items: unknown[] = Array.isArray(raw) ? raw : [raw]
    const rates: EnteredRate[] = []
    const unreadable: unknown[] = []
    for (const item of items) {
      const parsed = v.safeParse(EnteredRateSchema, item)
      if (parsed.success && rates.length < ENTERED_RATES_MAX) rates.push(parsed.output)
      else unreadable.push(item)
    }
    return { rates, unreadable }
  }

  private aside(): unknown[] {
    const raw = this.store.get('aside')
    return Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  }

  private write(rates: EnteredRate[], unreadable: unknown[]): EnteredRatesView {
    const sorted = [...rates].sort(
      (a, b) =>
        PREFECTURES.indexOf(a.prefecture) - PREFECTURES.indexOf(b.prefecture) ||
        a.effectiveFrom.localeCompare(b.effectiveFrom),
    )
    if (unreadable.length > 0) this.store.set('aside', [...this.aside(), ...unreadable])
    this.store.set('rates', sorted)
    return this.list()
  }
}
