import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { GuideProgress } from '@shared/guide/progress'
import { emptyProgress } from '@shared/guide/progress'
import { fakeEditsApi } from '../testing/edits'
import { AUTOSAVE_DELAY_MS, useGuideStore } from './guide'
import { fakeEstablishmentsApi } from '../testing/establishments'

function fakeApi() {
  const saves: GuideProgress[] = []
  let clock = 1000
  const api = {
    ...fakeEditsApi(),
    ...fakeEstablishmentsApi(),
    guide: {
      get: vi.fn(async (profileId: string) => ({
        ok: true,
        value: { profileId, progress: emptyProgress(), lastChangedAt: null, notice: null },
      })),
      save: vi.fn(async (profileId: string, progress: GuideProgress) => {
        saves.push(progress)
        clock += 1000
        return {
          ok: true,
          value: { profileId, progress, lastChangedAt: clock, refused: [], notice: null },
        }
      }),
    },
  }
  Object.defineProperty(window, 'api', { value: api, configurable: true })
  return { api, saves }
}

describe('useGuideStore', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    setActivePinia(createPinia())
  })
  afterEach(() => vi.useRealTimers())

  it('decides the case and its steps from the answers', async () => {
    fakeApi()
    const guide = useGuideStore()
    await guide.load()
    expect(guide.outcome).toEqual({ status: 'pending', next: 'filedBefore' })
    guide.setAnswer('filedBefore', 'yes')
    expect(guide.outcome).toEqual({ status: 'pending', next: 'method' })
    guide.setAnswer('method', '2')
    expect(guide.caseId).toBe('1-2')
    expect(guide.steps).toHaveLength(8)
    guide.setAnswer('filedBefore', 'unsure')
    expect(guide.decision).toBe('unsure')
    expect(guide.caseId).toBeNull()
  })

  it('saves once after a burst of changes, with the time main gives back', async () => {
    const { api, saves } = fakeApi()
    const guide = useGuideStore()
    await guide.load()
    guide.setAnswer('filedBefore', 'no')
    guide.setStep('2/1', true)
    guide.setNotes('メ')
    guide.setNotes('メモ')
    expect(guide.status).toBe('pending')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(api.guide.save).toHaveBeenCalledTimes(1)
    expect(saves[0]).toMatchObject({ checked: ['2/1'], notes: 'メモ' })
    expect(guide.status).toBe('saved')
    expect(guide.lastChangedAt).toBe(2000)
    expect(guide.doneCount).toBe(1)
    expect(guide.nextStep?.id).toBe('2/2')
  })

  it('flushes at once when asked and computes the deadline from the 仮登録 day', async () => {
    const { api } = fakeApi()
    const guide = useGuideStore()
    await guide.load()
    guide.setKariTorokuDate('2026-12-15')
    await guide.flush()
    expect(api.guide.save).toHaveBeenCalledTimes(1)
    expect(guide.deadline?.deadline).toEqual({ y: 2026, m: 12, d: 28 })
    expect(guide.deadline?.movedBecause).toBe('year-end')
    guide.setStep('2/1', true)
    guide.setStep('2/1', false)
    await guide.flush()
    expect(guide.progress.checked).toEqual([])
  })
})
