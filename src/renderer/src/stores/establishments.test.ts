import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyProfile, type Profile } from '@shared/profile/model'
import { fakeEditsApi } from '../testing/edits'
import { establishmentRow, fakeEstablishmentsApi } from '../testing/establishments'
import { useEstablishmentsStore } from './establishments'
import { useProfileStore } from './profile'

/** Two establishments in main, each with its own profile; every call recorded in order. */
function fakeApi(options: { failSave?: boolean } = {}) {
  const calls: string[] = []
  const stored: Record<string, Profile> = {
    a: { ...emptyProfile(), establishment: { ...emptyProfile().establishment, name: 'A社' } },
    b: { ...emptyProfile(), establishment: { ...emptyProfile().establishment, name: 'B社' } },
  }
  const est = fakeEstablishmentsApi([establishmentRow('a', 'A'), establishmentRow('b', 'B')])
  const activate = est.establishments.activate
  est.establishments.activate = vi.fn(async (id: string) => {
    calls.push(`activate ${id}`)
    return activate(id)
  })
  const api = {
    ...fakeEditsApi(),
    ...est,
    profile: {
      get: vi.fn(async (id: string) => {
        calls.push(`get ${id}`)
        return {
          ok: true,
          value: {
            profileId: id,
            profile: structuredClone(stored[id]),
            savedAt: 1,
            refused: [],
            notice: null,
          },
        }
      }),
      save: vi.fn(async (id: string, profile: Profile) => {
        calls.push(`save ${id} ${profile.establishment.name}`)
        if (options.failSave) return { ok: false, error: { code: 'disk-full' } }
        stored[id] = structuredClone(profile)
        return {
          ok: true,
          value: { profileId: id, profile, savedAt: 2, refused: [], notice: null },
        }
      }),
    },
  }
  Object.defineProperty(window, 'api', { value: api, configurable: true })
  setActivePinia(createPinia())
  return { api, calls, stored }
}

describe('the active establishment', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('saves what was typed first, then switches, then the profile follows', async () => {
    const { calls, stored } = fakeApi()
    const profiles = useProfileStore()
    const establishments = useEstablishmentsStore()
    await profiles.load()
    expect(profiles.loadedFor).toBe('a')
    // Typed, the autosave has not run yet.
    profiles.setField('establishment.name', 'A社 本店')
    expect(await establishments.switchTo('b')).toBe(true)
    await flushPromises()
    expect(calls).toEqual(['get a', 'save a A社 本店', 'activate b', 'get b'])
    expect(stored['a']?.establishment.name).toBe('A社 本店')
    expect(stored['b']?.establishment.name).toBe('B社')
    expect(profiles.loadedFor).toBe('b')
    expect(profiles.profile.establishment.name).toBe('B社')
    expect(profiles.editable).toBe(true)
  })

  it('does not switch while an edit cannot be saved: nothing lands in the other one', async () => {
    const { calls, stored } = fakeApi({ failSave: true })
    const profiles = useProfileStore()
    const establishments = useEstablishmentsStore()
    await profiles.load()
    profiles.setField('establishment.name', 'A社 本店')
    expect(await establishments.switchTo('b')).toBe(false)
    expect(establishments.switchError).toBe('unsaved')
    expect(establishments.activeId).toBe('a')
    expect(calls).not.toContain('activate b')
    expect(calls.filter((c) => c.startsWith('save b'))).toEqual([])
    expect(stored['b']?.establishment.name).toBe('B社')
    // What was typed is still on screen, for the next try.
    expect(profiles.profile.establishment.name).toBe('A社 本店')
  })

  it('makes the profile read-only between the switch and the new profile, never saving it elsewhere', async () => {
    const { calls } = fakeApi()
    const profiles = useProfileStore()
    const establishments = useEstablishmentsStore()
    await profiles.load()
    // Another window switched (the compact panel follows main): until b's profile is here, a's
    // profile is not editable, and a late autosave still goes to a.
    establishments.activeId = 'b'
    expect(profiles.editable).toBe(false)
    profiles.setField('establishment.name', '間違い')
    expect(profiles.profile.establishment.name).toBe('A社')
    await flushPromises()
    expect(calls.filter((c) => c.startsWith('save'))).toEqual([])
    expect(profiles.loadedFor).toBe('b')
  })

  it('saves an edit still pending when another window switched to the establishment it was typed for', async () => {
    const { calls } = fakeApi()
    const profiles = useProfileStore()
    const establishments = useEstablishmentsStore()
    await profiles.load()
    // Typed in a's profile; before its autosave, the compact panel's switch arrives.
    profiles.setField('establishment.name', 'A社 本店')
    establishments.activeId = 'b'
    await flushPromises()
    // The reload saved it to a first (where it was typed), never to b, and lost nothing.
    expect(calls).toContain('save a A社 本店')
    expect(calls.filter((c) => c.startsWith('save b'))).toEqual([])
    expect(profiles.loadedFor).toBe('b')
  })

  it('removing the active establishment switches to another first', async () => {
    const { api } = fakeApi()
    const remove = vi.fn(async () => ({
      ok: true,
      value: {
        ...(await api.establishments.list()).value,
        establishments: [establishmentRow('b', 'B')],
        activeId: 'b',
      },
    }))
    Object.assign(api.establishments, { remove })
    const establishments = useEstablishmentsStore()
    await establishments.ensureLoaded()
    expect((await establishments.remove('a')).ok).toBe(true)
    expect(api.establishments.activate).toHaveBeenCalledWith('b')
    expect(remove).toHaveBeenCalledWith('a')
    expect(establishments.activeId).toBe('b')
  })
})
