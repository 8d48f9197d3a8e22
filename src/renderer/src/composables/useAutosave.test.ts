import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Api } from '@shared/contract'
import { emptyDraft } from '@shared/job-offer/model'
import { fakeEditsApi } from '../testing/edits'
import { useDraftsStore } from '../stores/drafts'
import { useProfileStore } from '../stores/profile'
import { useSettingsStore } from '../stores/settings'
import { installAutosaveTriggers } from './autosaveTriggers'
import { useAutosave } from './useAutosave'
import { fakeEstablishmentsApi } from '../testing/establishments'
import { useEstablishmentsStore } from '../stores/establishments'

describe('useAutosave', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    setActivePinia(createPinia())
  })
  afterEach(() => vi.useRealTimers())

  it('holds every change, saves once typing pauses, keeps a failure with its unit', async () => {
    const saved: string[] = []
    const held: string[] = []
    let fail = true
    const autosave = useAutosave<string>({
      delayMs: 500,
      canSave: () => true,
      hold: (key) => void held.push(key),
      save: async (key) => {
        if (key === 'b' && fail) return { code: 'disk-full' }
        saved.push(key)
        return null
      },
    })
    autosave.changed('a')
    autosave.changed('b')
    autosave.changed('a')
    expect(held).toEqual(['a', 'b', 'a'])
    vi.advanceTimersByTime(499)
    expect(saved).toEqual([])
    vi.advanceTimersByTime(1)
    await flushPromises()
    expect(saved).toEqual(['a'])
    expect(autosave.errors.get('b')).toEqual({ code: 'disk-full' })
    expect(autosave.errors.has('a')).toBe(false)
    expect([...autosave.pending]).toEqual(['b'])
    fail = false
    expect(await autosave.flush()).toBe(true)
    expect(autosave.errors.size).toBe(0)
  })

  it('does not call something typed "saved" while it cannot be saved', async () => {
    let loaded = false
    const save = vi.fn(async () => null)
    const autosave = useAutosave<string>({ delayMs: 500, canSave: () => loaded, save })
    expect(await autosave.flush()).toBe(true)
    autosave.changed('a')
    // Its document did not load: nothing may be saved over it, and the edit is not "all saved".
    expect(await autosave.flush()).toBe(false)
    expect(save).not.toHaveBeenCalled()
    loaded = true
    expect(await autosave.flush()).toBe(true)
    expect(save).toHaveBeenCalledWith('a')
  })

  it('flushNow hands every pending unit over at once, even beside a save under way', async () => {
    const started: string[] = []
    let release: () => void = () => undefined
    const autosave = useAutosave<string>({
      delayMs: 500,
      canSave: () => true,
      save: (key) => {
        started.push(key)
        return key === 'slow'
          ? new Promise((resolve) => (release = () => resolve(null)))
          : Promise.resolve(null)
      },
    })
    autosave.changed('slow')
    const first = autosave.flush()
    autosave.changed('late')
    autosave.flushNow()
    expect(started).toEqual(['slow', 'late'])
    release()
    expect(await first).toBe(true)
  })
})

describe('autosave triggers', () => {
  function setup() {
    const { edits } = fakeEditsApi()
    let flushListener: (payload: { requestId: number }) => void = () => undefined
    edits.flushRequest.mockImplementation((listener) => {
      flushListener = listener
      return () => undefined
    })
    const saves: string[] = []
    const api = {
      edits,
      ...fakeEstablishmentsApi(),
      profile: {
        get: vi.fn(async (profileId: string) => ({
          ok: true,
          value: { profileId, profile: undefined, savedAt: null, refused: [], notice: null },
        })),
        save: vi.fn(async (profileId: string, profile: { establishment: { name: string } }) => {
          saves.push(profile.establishment.name)
          return { ok: true, value: { profileId, profile, savedAt: 1, refused: [], notice: null } }
        }),
      },
      settings: { get: vi.fn(), setLocale: vi.fn() },
    }
    Object.defineProperty(window, 'api', { value: api, configurable: true })
    setActivePinia(createPinia())
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: { template: '<div />' } },
        { path: '/b', component: { template: '<div />' } },
      ],
    })
    installAutosaveTriggers(router, api as unknown as Api)
    return { api, saves, router, flushRequest: (id: number) => flushListener({ requestId: id }) }
  }

  async function typed(name: string) {
    const store = useProfileStore()
    store.loaded = true
    store.loadedFor = 'default'
    useEstablishmentsStore().activeId = 'default'
    store.setField('establishment.name', name)
    return store
  }

  it('saves at once when a field is left, the screen or the language changes', async () => {
    const { saves, router } = setup()
    await typed('A')
    const input = document.createElement('input')
    document.body.append(input)
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }))
    await flushPromises()
    expect(saves).toEqual(['A'])
    await typed('AB')
    await router.push('/b')
    await flushPromises()
    expect(saves).toEqual(['A', 'AB'])
    await typed('ABC')
    useSettingsStore().locale = 'en'
    await flushPromises()
    expect(saves).toEqual(['A', 'AB', 'ABC'])
  })

  it('hands pending saves to main on beforeunload and pagehide', async () => {
    const { saves } = setup()
    await typed('unload')
    window.dispatchEvent(new Event('beforeunload'))
    expect(saves).toEqual(['unload'])
    await typed('hide')
    window.dispatchEvent(new Event('pagehide'))
    expect(saves).toEqual(['unload', 'hide'])
  })

  it('answers main’s flush request only after the saves went through', async () => {
    const { api, saves, flushRequest } = setup()
    await typed('closing')
    flushRequest(7)
    expect(api.edits.flushed).not.toHaveBeenCalled()
    await flushPromises()
    expect(saves).toEqual(['closing'])
    expect(api.edits.flushed).toHaveBeenCalledWith(7)
  })
})

describe('the stores on the one autosave', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('a draft’s save error and refused fields stay with that draft', async () => {
    const { edits, held } = fakeEditsApi()
    const one = emptyDraft('draft-1')
    const two = emptyDraft('draft-2')
    const api = {
      edits,
      ...fakeEstablishmentsApi(),
      drafts: {
        list: vi.fn(async (profileId: string) => ({
          ok: true,
          value: {
            profileId,
            drafts: [one, two],
            images: [],
            imageFindings: [],
            savedAt: null,
            refused: [],
            notice: null,
          },
        })),
        save: vi.fn(async (profileId: string, draft: typeof one) =>
          draft.id === 'draft-1'
            ? {
                ok: true,
                value: {
                  profileId,
                  drafts: [draft, two],
                  images: [],
                  imageFindings: [],
                  savedAt: 2,
                  refused: [{ field: 'job.title', max: 500, length: 501 }],
                  notice: null,
                },
              }
            : { ok: false, error: { code: 'disk-full' } },
        ),
      },
    }
    Object.defineProperty(window, 'api', { value: api, configurable: true })
    const store = useDraftsStore()
    await store.load()
    store.setField('draft-1', 'job.title', '調'.repeat(501))
    store.setField('draft-2', 'job.title', '事務')
    expect(held.map((h) => h.kind === 'draft' && h.doc.id)).toEqual(['draft-1', 'draft-2'])
    expect(await store.flush()).toBe(false)
    expect(store.refusedOf('draft-1')).toEqual([{ field: 'job.title', max: 500, length: 501 }])
    expect(store.saveFailureOf('draft-1')).toBeNull()
    expect(store.saveFailureOf('draft-2')).toEqual({ code: 'disk-full' })
    expect(store.refusedOf('draft-2')).toEqual([])
  })
})
