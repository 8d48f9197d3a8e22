import * as v from 'valibot'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AUTH_KEY_VALIDITY,
  AUTH_KEY_VALIDITY_MS,
  duePoints,
  formatRemaining,
  idleState,
  minutesAnnouncement,
  progressBar,
  progressFor,
  receivedAtProblem,
  remaining,
  stageFor,
  timerProfileArgs,
  timerStartArgs,
  titleSuffix,
  type TimerState,
} from './timer'

const MIN = 60_000
const running = (remainingMs: number, startedAt = 0): TimerState => ({
  profileId: 'p1',
  status: 'running',
  startedAt,
  deadline: startedAt + AUTH_KEY_VALIDITY_MS,
  remainingMs,
  stage: stageFor(remainingMs),
  firedThresholds: [],
})

describe('auth key validity', () => {
  it('is 50 minutes, with its (unverified) source kept beside the figure', () => {
    expect(AUTH_KEY_VALIDITY_MS).toBe(3_000_000)
    expect(AUTH_KEY_VALIDITY.source).toMatch(/50/)
    expect(AUTH_KEY_VALIDITY.verified).toBe(false)
  })
})

describe('remaining', () => {
  it('is the time to the deadline, 0 at and after it, never negative', () => {
    expect(remaining(1000, 0)).toBe(1000)
    expect(remaining(1000, 999)).toBe(1)
    expect(remaining(1000, 1000)).toBe(0)
    expect(remaining(1000, 5000)).toBe(0)
  })
})

describe('stageFor', () => {
  it.each([
    [50 * MIN, 'calm'],
    [10 * MIN + 1, 'calm'],
    [10 * MIN, 'soon'],
    [5 * MIN + 1, 'soon'],
    [5 * MIN, 'urgent'],
    [1, 'urgent'],
    [0, 'expired'],
    [-5, 'expired'],
    [Number.NaN, 'expired'],
  ] as const)('%d ms left is %s', (ms, stage) => {
    expect(stageFor(ms)).toBe(stage)
  })
})

describe('formatRemaining', () => {
  it.each([
    [AUTH_KEY_VALIDITY_MS, '50:00'],
    [AUTH_KEY_VALIDITY_MS - 1, '50:00'],
    [AUTH_KEY_VALIDITY_MS - 1000, '49:59'],
    [10 * MIN, '10:00'],
    [61_000, '01:01'],
    [60_001, '01:01'],
    [60_000, '01:00'],
    [1000, '00:01'],
    [1, '00:01'],
    [0, '00:00'],
    [-1, '00:00'],
    [Number.NaN, '00:00'],
  ])('%d ms shows %s', (ms, text) => {
    expect(formatRemaining(ms)).toBe(text)
  })

  it('shows 00:00 only when nothing is left', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MIN, max: AUTH_KEY_VALIDITY_MS }), (ms) => {
        expect(formatRemaining(ms) === '00:00').toBe(ms <= 0)
      }),
    )
  })
})

describe('minutesAnnouncement', () => {
  it.each([
    [AUTH_KEY_VALIDITY_MS, 50],
    [AUTH_KEY_VALIDITY_MS - 1, 50],
    [49 * MIN, 49],
    [10 * MIN + 1, 11],
    [10 * MIN, 10],
    [MIN, 1],
    [1, 1],
    [0, 0],
  ])('%d ms announces %d minutes', (ms, minutes) => {
    expect(minutesAnnouncement(ms)).toBe(minutes)
  })

  it('agrees with the display: it changes exactly when the display reaches mm:00', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: AUTH_KEY_VALIDITY_MS }), (ms) => {
        const [mm, ss] = formatRemaining(ms).split(':').map(Number)
        expect(minutesAnnouncement(ms)).toBe((mm ?? 0) + ((ss ?? 0) > 0 ? 1 : 0))
      }),
    )
  })
})

describe('duePoints', () => {
  it('lists the points whose time has come, in order', () => {
    expect(duePoints(10 * MIN + 1)).toEqual([])
    expect(duePoints(10 * MIN)).toEqual([10])
    expect(duePoints(4 * MIN)).toEqual([10, 5])
    expect(duePoints(1)).toEqual([10, 5, 1])
    expect(duePoints(0)).toEqual([10, 5, 1, 0])
  })
})

describe('progress and title', () => {
  it('reports the elapsed share for the taskbar bar', () => {
    expect(progressFor(running(AUTH_KEY_VALIDITY_MS))).toBe(0)
    expect(progressFor(running(AUTH_KEY_VALIDITY_MS / 2))).toBe(0.5)
    expect(progressFor({ ...running(0), status: 'expired', stage: 'expired' })).toBe(1)
    expect(progressFor(idleState('p1'))).toBe(0)
  })

  it('maps stages to Electron progress-bar modes, and removes the bar when idle', () => {
    expect(progressBar(running(20 * MIN)).mode).toBe('normal')
    expect(progressBar(running(8 * MIN)).mode).toBe('paused')
    expect(progressBar(running(2 * MIN)).mode).toBe('error')
    expect(progressBar({ ...running(0), status: 'expired', stage: 'expired' })).toEqual({
      value: 1,
      mode: 'error',
    })
    expect(progressBar(idleState('p1'))).toEqual({ value: -1, mode: 'none' })
    expect(progressBar({ ...running(0), status: 'done', stage: 'idle' }).mode).toBe('none')
  })

  it('adds whole minutes (rounded up) to the title while running, and says when expired', () => {
    expect(titleSuffix(running(12 * MIN + 1), 'ja')).toBe(' — 認証キー残り13分')
    expect(titleSuffix(running(12 * MIN), 'en')).toBe(' — auth key: 12 min left')
    expect(titleSuffix({ ...running(0), status: 'expired', stage: 'expired' }, 'ja')).toBe(
      ' — 認証キー期限切れ',
    )
    expect(titleSuffix(idleState('p1'), 'ja')).toBe('')
  })
})

describe('receivedAt correction', () => {
  const now = 10_000_000

  it('accepts a time from now back to exactly 50 minutes ago', () => {
    expect(receivedAtProblem(now, now)).toBeNull()
    expect(receivedAtProblem(now - AUTH_KEY_VALIDITY_MS, now)).toBeNull()
  })

  it('refuses a time in the future or more than 50 minutes ago', () => {
    expect(receivedAtProblem(now + 1, now)).toBe('future')
    expect(receivedAtProblem(now - AUTH_KEY_VALIDITY_MS - 1, now)).toBe('too-old')
  })
})

describe('IPC argument schemas', () => {
  it('accepts a profile id with or without a whole epoch-ms receivedAt', () => {
    expect(v.is(timerStartArgs, [{ profileId: 'p-1' }])).toBe(true)
    expect(v.is(timerStartArgs, [{ profileId: 'p-1', receivedAt: 1_700_000_000_000 }])).toBe(true)
    expect(v.is(timerProfileArgs, ['p-1'])).toBe(true)
  })

  it.each([
    [[]],
    [[{}]],
    [[{ profileId: 'P 1' }]],
    [[{ profileId: 'p1', receivedAt: 1.5 }]],
    [[{ profileId: 'p1', receivedAt: -1 }]],
    [[{ profileId: 'p1', receivedAt: '1700000000000' }]],
    [[{ profileId: 'p1', extra: true }]],
    [[{ profileId: 'p1' }, 'more']],
  ])('refuses %j', (args) => {
    expect(v.is(timerStartArgs, args)).toBe(false)
  })

  it('names the offending field', () => {
    const result = v.safeParse(timerStartArgs, [{ profileId: 'p1', receivedAt: Number.NaN }])
    expect(result.success).toBe(false)
    const issue = result.issues?.[0]
    expect(issue && v.getDotPath(issue)).toBe('0.receivedAt')
  })
})
