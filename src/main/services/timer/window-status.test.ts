import { describe, expect, it } from 'vitest'
import { AUTH_KEY_VALIDITY_MS, idleState, stageFor, type TimerState } from '@shared/timer'
import { noticeText } from './notice-text'
import { pressingState, windowStatus } from './window-status'

const T0 = Date.UTC(2026, 11, 1, 1, 0)
const running = (profileId: string, remainingMs: number): TimerState => ({
  profileId,
  status: 'running',
  startedAt: T0,
  deadline: T0 + AUTH_KEY_VALIDITY_MS,
  remainingMs,
  stage: stageFor(remainingMs),
  firedThresholds: [],
})
const expired = (profileId: string): TimerState => ({
  ...running(profileId, 0),
  status: 'expired',
  stage: 'expired',
})

describe('window status of the countdown', () => {
  it('shows nothing without a running or expired key', () => {
    expect(windowStatus([idleState('a')], 'Guide', 'ja')).toEqual({
      title: 'Guide',
      progress: { value: -1, mode: 'none' },
    })
  })

  it('shows the running key with the least time left, before an expired one', () => {
    const states = [expired('x'), running('a', 30 * 60_000), running('b', 4 * 60_000)]
    expect(pressingState(states)?.profileId).toBe('b')
    const status = windowStatus(states, 'ガイド', 'ja')
    expect(status.title).toBe('ガイド — 認証キー残り4分')
    expect(status.progress).toEqual({ value: 46 / 50, mode: 'error' })
    expect(windowStatus([running('a', 20 * 60_000)], 'Guide', 'en')).toEqual({
      title: 'Guide — auth key: 20 min left',
      progress: { value: 30 / 50, mode: 'normal' },
    })
  })

  it('shows an expired key for a minute, then leaves the title bar to the page', () => {
    const deadline = T0 + AUTH_KEY_VALIDITY_MS
    expect(windowStatus([expired('x')], 'Guide', 'en', deadline + 59_999).title).toBe(
      'Guide — auth key expired',
    )
    expect(windowStatus([expired('x')], 'Guide', 'en', deadline + 60_000)).toEqual({
      title: 'Guide',
      progress: { value: -1, mode: 'none' },
    })
    // A running key still shows beside an old expired one.
    const states = [expired('x'), running('a', 30 * 60_000)]
    expect(windowStatus(states, 'Guide', 'en', deadline + 120_000).title).toBe(
      'Guide — auth key: 30 min left',
    )
  })
})

describe('notification texts', () => {
  it('says the minutes really left, in the app language', () => {
    const notice = { kind: 'threshold', profileId: 'a', threshold: 5, minutesLeft: 5 } as const
    expect(noticeText(notice, 'ja').title).toBe('認証キーの残り時間：あと5分')
    expect(noticeText({ ...notice, threshold: 1, minutesLeft: 1 }, 'en').title).toBe(
      'Auth key: 1 minute left',
    )
    const gone = { kind: 'expired', profileId: 'a', threshold: 0, minutesLeft: 0 } as const
    expect(noticeText(gone, 'ja').title).toBe('認証キーの有効期限が切れました')
    expect(noticeText(gone, 'en').body).toContain('which step to redo')
  })
})

describe('with several establishments', () => {
  it('names whose key the minutes are', () => {
    const label = (id: string) => (id === 'b' ? 'みなと商会' : null)
    const states = [running('a', 30 * 60_000), running('b', 4 * 60_000)]
    expect(windowStatus(states, 'ガイド', 'ja', undefined, label).title).toBe(
      'ガイド — みなと商会：認証キー残り4分',
    )
    expect(windowStatus([expired('b')], 'Guide', 'en', undefined, label).title).toBe(
      'Guide — みなと商会: auth key expired',
    )
    expect(windowStatus([idleState('b')], 'Guide', 'en', undefined, label).title).toBe('Guide')
  })
})
