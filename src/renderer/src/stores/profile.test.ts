import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeProfileApi } from '../components/profile/testing/fake-api'
import { AUTOSAVE_DELAY_MS, useProfileStore } from './profile'

describe('useProfileStore', () => {
  afterEach(() => vi.useRealTimers())

  it('autosaves once typing pauses, then shows when', async () => {
    vi.useFakeTimers()
    const { api, saved } = fakeProfileApi()
    const store = useProfileStore()
    await store.load()
    store.setField('establishment.name', '株')
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS / 2)
    store.setField('establishment.name', '株式会社')
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1)
    expect(api.profile.save).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    await flushPromises()
    expect(saved.map((p) => p.establishment.name)).toEqual(['株式会社'])
    expect(store.savedAt).toBe(1_764_000_000_000)
    expect(store.dirty).toBe(false)
  })

  it('saves again when edits arrive during a save', async () => {
    const { api, saved } = fakeProfileApi()
    const store = useProfileStore()
    await store.load()
    store.setField('establishment.name', 'A')
    const first = store.flush()
    store.setField('establishment.name', 'AB')
    await first
    await store.flush()
    expect(saved.map((p) => p.establishment.name)).toEqual(['A', 'AB'])
    expect(api.profile.save).toHaveBeenCalledTimes(2)
  })

  it('never saves over a profile it could not load, nor unknown paths', async () => {
    const { api } = fakeProfileApi()
    api.profile.get.mockResolvedValueOnce({ ok: false, error: { code: 'locked' } } as never)
    const store = useProfileStore()
    await store.load()
    store.setField('establishment.name', 'x')
    expect(await store.flush()).toBe(true)
    expect(api.profile.save).not.toHaveBeenCalled()
    await store.load()
    store.setField('establishment.nope', 'x')
    store.setField('company.soleProprietor', 'yes')
    expect(store.dirty).toBe(false)
  })

  it('keeps the edit and the error when a save fails', async () => {
    const { api } = fakeProfileApi()
    api.profile.save.mockResolvedValueOnce({ ok: false, error: { code: 'locked' } } as never)
    const store = useProfileStore()
    await store.load()
    store.setField('establishment.name', 'x')
    expect(await store.flush()).toBe(false)
    expect(store.saveError).toBe('locked')
    expect(store.dirty).toBe(true)
    expect(await store.flush()).toBe(true)
    expect(store.saveError).toBeNull()
  })

  it('adds and removes 就業場所', async () => {
    fakeProfileApi()
    const store = useProfileStore()
    await store.load()
    expect(store.addWorkplace()).toBe(true)
    store.setField('workplaces.1.station', '銀座駅')
    store.removeWorkplace(0)
    expect(store.profile.workplaces.map((w) => w.station)).toEqual(['銀座駅'])
  })
})
