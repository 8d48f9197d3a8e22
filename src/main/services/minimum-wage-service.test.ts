import { describe, expect, it } from 'vitest'
import type { Result } from '@shared/ipc/result'
import type { EnteredRatesView } from '@shared/job-offer/minimum-wage-lookup'
import { MinimumWageService, type MinimumWageData } from './minimum-wage-service'
import { MapStore, createUnitApp } from './testing/app'

/** A store holding these values as they were written (valid or not). */
function storeWith(initial: Record<string, unknown> = {}): MapStore<MinimumWageData> {
  const store = new MapStore<MinimumWageData>()
  for (const [key, value] of Object.entries(initial)) {
    store.data.set(key as keyof MinimumWageData, value)
  }
  return store
}

const tokyo = { prefecture: '東京都', amount: 1300, effectiveFrom: '2026-10-05' }

describe('MinimumWageService', () => {
  it('starts empty, keeps what is entered, replaces the same prefecture and 発効日', () => {
    const store = storeWith()
    const service = new MinimumWageService(store)
    expect(service.list()).toEqual({ rates: [], keptAside: 0 })
    service.save(tokyo)
    service.save({ prefecture: '秋田県', amount: 1080, effectiveFrom: '2027-03-31' })
    expect(service.save({ ...tokyo, amount: 1310 }).rates).toEqual(
      [
        { ...tokyo, amount: 1310 },
        { prefecture: '秋田県', amount: 1080, effectiveFrom: '2027-03-31' },
      ].sort((a, b) => a.prefecture.localeCompare(b.prefecture, 'ja')),
    )
    // Another run of the app reads the same store.
    expect(new MinimumWageService(store).list().rates).toHaveLength(2)
  })

  it('removes one rate by prefecture and 発効日, and says when there is none', () => {
    const service = new MinimumWageService(storeWith())
    service.save(tokyo)
    expect(service.remove({ prefecture: '東京都', effectiveFrom: '2026-10-05' }).rates).toEqual([])
    expect(() => service.remove({ prefecture: '東京都', effectiveFrom: '2026-10-05' })).toThrow()
  })

  it('never uses nor deletes an entry it cannot read: it is moved aside on the next write', () => {
    const odd = { prefecture: 'Tokyo', amount: '1300円', effectiveFrom: 'soon' }
    const store = storeWith({ rates: [odd, tokyo] })
    const service = new MinimumWageService(store)
    expect(service.list()).toEqual({ rates: [tokyo], keptAside: 1 })
    expect(store.data.get('rates')).toEqual([odd, tokyo])
    service.save({ prefecture: '大阪府', amount: 1250, effectiveFrom: '2026-10-16' })
    expect(store.data.get('aside')).toEqual([odd])
    expect(service.list().keptAside).toBe(1)
    expect(service.list().rates.map((r) => r.prefecture)).toEqual(['東京都', '大阪府'])
  })

  it('reads a stored value that is not a list without losing it', () => {
    const store = storeWith({ rates: 'garbage' })
    const service = new MinimumWageService(store)
    expect(service.list()).toEqual({ rates: [], keptAside: 1 })
    service.save(tokyo)
    expect(store.data.get('aside')).toEqual(['garbage'])
  })
})

describe('minimumWage over IPC', () => {
  it('refuses payloads that are not a rate, before the service sees them', async () => {
    const app = await createUnitApp()
    for (const bad of [
      [{ prefecture: 'Tokyo', amount: 1300, effectiveFrom: '2026-10-05' }],
      [{ prefecture: '東京都', amount: 1300.5, effectiveFrom: '2026-10-05' }],
      [{ prefecture: '東京都', amount: '1300', effectiveFrom: '2026-10-05' }],
      [{ prefecture: '東京都', amount: 99, effectiveFrom: '2026-10-05' }],
      [{ prefecture: '東京都', amount: 1300, effectiveFrom: '2026-02-30' }],
      [{ prefecture: '東京都', amount: 1300, effectiveFrom: '2023-10-01' }],
      [{ ...tokyo, extra: true }],
      [tokyo, tokyo],
      [],
    ]) {
      const result = (await app.dispatch('minwage:save', bad)) as Result<unknown>
      expect(result.ok, JSON.stringify(bad)).toBe(false)
      if (!result.ok) expect(result.error.code).toBe('invalid-payload')
    }
    expect(app.services.minimumWage.list().rates).toEqual([])
    const saved = (await app.dispatch('minwage:save', [tokyo])) as Result<EnteredRatesView>
    expect(saved).toEqual({ ok: true, value: { rates: [tokyo], keptAside: 0 } })
    const removed = await app.dispatch('minwage:remove', [
      { prefecture: '東京都', effectiveFrom: '2026-10-05' },
    ])
    expect(removed).toEqual({ ok: true, value: { rates: [], keptAside: 0 } })
    expect(app.unexpected).toEqual([])
  })
})
