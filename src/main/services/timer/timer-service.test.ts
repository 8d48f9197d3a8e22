import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DomainError } from '@shared/ipc/result'
import {
  AUTH_KEY_VALIDITY_MS,
  NOTIFY_POINTS,
  formatRemaining,
  type NotifyPoint,
} from '@shared/timer'
import { FakeTime, MemoryStore, makeService } from './testing/fakes'
import type { TimerNotice } from './timer-service'

const MIN = 60_000
const T0 = Date.UTC(2025, 0, 6, 1, 0, 0)
const DEADLINE = T0 + AUTH_KEY_VALIDITY_MS

function setup(start = T0) {
  const time = new FakeTime(start)
  const store = new MemoryStore()
  return { time, store, ...makeService(time, store) }
}

const points = (notices: { threshold: NotifyPoint }[]) => notices.map((n) => n.threshold)

describe('TimerService start and persistence', () => {
  it('starts a 50-minute countdown and emits it', () => {
    const { service, emitted } = setup()
    const state = service.start('p1')
    expect(state).toEqual({
      profileId: 'p1',
      status: 'running',
      startedAt: T0,
      deadline: DEADLINE,
      remainingMs: AUTH_KEY_VALIDITY_MS,
      stage: 'calm',
      firedThresholds: [],
    })
    expect(emitted).toEqual([state])
    expect(service.progress('p1')).toBe(0)
  })

  it('persists the deadline under one key per profile', () => {
    const { service, store } = setup()
    service.start('p1')
    service.start('p2')
    expect(store.get('timers')).toEqual(['p1', 'p2'])
    expect(store.get('timer:p1')).toEqual({
      status: 'running',
      startedAt: T0,
      deadline: DEADLINE,
      fired: [],
    })
  })

  it('computes the remaining time from the deadline and the clock, not from wake-ups', () => {
    const { service, time } = setup()
    service.start('p1')
    service.dispose() // no wake-up will run: the state must still be right
    time.advance(17 * MIN + 123)
    expect(service.state('p1').remainingMs).toBe(33 * MIN - 123)
    expect(service.progress('p1')).toBeCloseTo((17 * MIN + 123) / AUTH_KEY_VALIDITY_MS)
  })

  it('reads an unreadable record as no countdown', () => {
    const { service, store } = setup()
    store.data.set('timer:p1', JSON.stringify({ status: 'running', deadline: 'soon' }))
    expect(service.state('p1')).toEqual({
      profileId: 'p1',
      status: 'idle',
      remainingMs: 0,
      stage: 'idle',
      firedThresholds: [],
    })
  })

  it('restores after a restart: a new instance on the same store re-arms from the deadline', () => {
    const first = setup()
    first.service.start('p1')
    first.time.advance(20 * MIN)
    first.service.dispose()
    expect(first.time.pendingCount).toBe(0)

    const time = new FakeTime(T0 + 25 * MIN)
    const { service, notices } = makeService(time, first.store)
    const [state] = service.restore()
    expect(state).toMatchObject({ status: 'running', deadline: DEADLINE, remainingMs: 25 * MIN })
    expect(time.pendingCount).toBe(1)
    time.advance(15 * MIN)
    expect(points(notices)).toEqual([10])
  })
})

describe('TimerService notifications', () => {
  it('notifies at exactly 10, 5 and 1 minutes left and at expiry, each once', () => {
    const { service, time, notices } = setup()
    service.start('p1')
    time.advance(40 * MIN - 1)
    service.resync() // a tick 1 ms before the threshold must not fire it
    expect(notices).toEqual([])
    time.advance(1)
    expect(notices).toEqual([
      { kind: 'threshold', profileId: 'p1', threshold: 10, minutesLeft: 10 },
    ])
    time.advance(5 * MIN - 1)
    expect(notices).toHaveLength(1)
    time.advance(1)
    time.advance(4 * MIN)
    time.advance(MIN)
    expect(notices.map((n) => [n.kind, n.threshold, n.minutesLeft])).toEqual([
      ['threshold', 10, 10],
      ['threshold', 5, 5],
      ['threshold', 1, 1],
      ['expired', 0, 0],
    ])
    time.advance(60 * MIN)
    service.resync()
    expect(notices).toHaveLength(4)
    expect(time.pendingCount).toBe(0)
  })

  it('after a sleep from 12 to 4 minutes left fires only the 5-minute notice, once', () => {
    const { service, time, notices } = setup()
    service.start('p1')
    time.advance(38 * MIN)
    time.sleep(8 * MIN)
    service.resync() // powerMonitor resume
    service.resync() // and the regular tick
    expect(notices).toEqual([{ kind: 'threshold', profileId: 'p1', threshold: 5, minutesLeft: 4 }])
    expect(service.state('p1').firedThresholds).toEqual([10, 5])
    time.advance(4 * MIN)
    expect(points(notices)).toEqual([5, 1, 0])
  })

  it('after a sleep past the deadline fires only the expiry notice', () => {
    const { service, time, notices } = setup()
    service.start('p1')
    time.advance(30 * MIN)
    time.sleep(3 * 60 * MIN)
    service.resync()
    expect(notices).toEqual([{ kind: 'expired', profileId: 'p1', threshold: 0, minutesLeft: 0 }])
    expect(service.state('p1')).toMatchObject({
      status: 'expired',
      stage: 'expired',
      remainingMs: 0,
    })
  })

  it('a resync before the timer runs does not make it fire a second time', () => {
    const { service, time, notices } = setup()
    service.start('p1')
    time.advance(39 * MIN)
    time.sleep(2 * MIN) // the wake-up runs late, inside sleep()
    service.resync()
    expect(points(notices)).toEqual([10])
  })

  it('does not repeat a fired notice when the clock is set back', () => {
    const { service, time, notices } = setup()
    service.start('p1')
    time.advance(41 * MIN)
    time.sleep(-3 * MIN)
    service.resync()
    time.advance(3 * MIN)
    expect(points(notices)).toEqual([10])
  })
})

describe('TimerService expiry at the deadline', () => {
  it('runs 50 minutes and expires exactly at startedAt + 50 min, not a millisecond earlier', () => {
    const { service, time, notices } = setup()
    service.start('p1')
    time.advance(AUTH_KEY_VALIDITY_MS - 1)
    const before = service.state('p1')
    expect(before).toMatchObject({ status: 'running', remainingMs: 1, stage: 'urgent' })
    expect(formatRemaining(before.remainingMs)).toBe('00:01')
    expect(notices.at(-1)?.kind).toBe('threshold')

    time.advance(1)
    expect(time.now()).toBe(DEADLINE)
    const at = service.state('p1')
    expect(at).toMatchObject({ status: 'expired', remainingMs: 0, stage: 'expired' })
    expect(formatRemaining(at.remainingMs)).toBe('00:00')
    expect(notices.at(-1)).toEqual({
      kind: 'expired',
      profileId: 'p1',
      threshold: 0,
      minutesLeft: 0,
    })
    expect(service.progress('p1')).toBe(1)
  })

  it('reads expired at the deadline even if no wake-up has run yet', () => {
    const { service, time } = setup()
    service.start('p1')
    service.dispose()
    time.advance(AUTH_KEY_VALIDITY_MS)
    expect(service.state('p1').status).toBe('expired')
  })

  it('wakes at each minute boundary and emits the state once per minute', () => {
    const { service, time, emitted } = setup()
    service.start('p1')
    time.advance(AUTH_KEY_VALIDITY_MS)
    // The start, then one per minute boundary 49..0: 50 emits with the expiry.
    expect(emitted).toHaveLength(51)
    expect(emitted.at(-1)?.status).toBe('expired')
    service.resync()
    expect(emitted).toHaveLength(51)
  })
})

describe('TimerService cancel and complete', () => {
  it('cancel stops the countdown and its notifications, and persists', () => {
    const { service, time, notices, store } = setup()
    service.start('p1')
    time.advance(20 * MIN)
    expect(service.cancel('p1')).toMatchObject({
      status: 'cancelled',
      stage: 'idle',
      remainingMs: 0,
    })
    expect(time.pendingCount).toBe(0)
    time.advance(60 * MIN)
    service.resync()
    expect(notices).toEqual([])
    expect(store.get('timer:p1')?.status).toBe('cancelled')
    expect(service.progress('p1')).toBe(0)
  })

  it('cancel without a countdown is a harmless no-op', () => {
    const { service, store } = setup()
    expect(service.cancel('p1').status).toBe('idle')
    expect(store.data.size).toBe(0)
  })

  it('complete marks the countdown done and silences it', () => {
    const { service, time, notices } = setup()
    service.start('p1')
    time.advance(45 * MIN)
    expect(service.complete('p1')).toMatchObject({
      status: 'done',
      stage: 'idle',
      deadline: DEADLINE,
    })
    time.advance(10 * MIN)
    expect(points(notices)).toEqual([10, 5])
    expect(service.complete('p1').status).toBe('done')
    expect(service.cancel('p1').status).toBe('done')
  })

  it('complete refuses when there is no countdown or it was cancelled', () => {
    const { service } = setup()
    expect(() => service.complete('p1')).toThrow(DomainError)
    service.start('p1')
    service.cancel('p1')
    expect(() => service.complete('p1')).toThrow(expect.objectContaining({ code: 'conflict' }))
  })

  it('starting again (a new key was mailed) resets the deadline and the notices', () => {
    const { service, time, notices } = setup()
    service.start('p1')
    time.advance(41 * MIN)
    const again = service.start('p1')
    expect(again).toMatchObject({
      deadline: T0 + 41 * MIN + AUTH_KEY_VALIDITY_MS,
      firedThresholds: [],
    })
    time.advance(40 * MIN)
    expect(points(notices)).toEqual([10, 10])
  })
})

describe('TimerService deadline correction', () => {
  it('receivedAt shifts the deadline to 50 minutes after the mail time', () => {
    const { service } = setup()
    const state = service.start('p1', T0 - 7 * MIN)
    expect(state).toMatchObject({
      startedAt: T0 - 7 * MIN,
      deadline: DEADLINE - 7 * MIN,
      remainingMs: 43 * MIN,
    })
  })

  it('records thresholds already past at the start without notifying', () => {
    const { service, time, notices } = setup()
    const state = service.start('p1', T0 - 42 * MIN)
    expect(state).toMatchObject({ stage: 'soon', firedThresholds: [10] })
    expect(notices).toEqual([])
    time.advance(3 * MIN)
    expect(points(notices)).toEqual([5])
  })

  it('accepts exactly 50 minutes ago: the countdown starts expired, silently', () => {
    const { service, notices, time } = setup()
    expect(service.start('p1', T0 - AUTH_KEY_VALIDITY_MS)).toMatchObject({ status: 'expired' })
    expect(notices).toEqual([])
    expect(time.pendingCount).toBe(0)
  })

  it.each([
    ['in the future', T0 + 1, /future/],
    ['more than 50 minutes ago', T0 - AUTH_KEY_VALIDITY_MS - 1, /too-old/],
  ])('refuses a mail time %s, naming the field', (_label, receivedAt, detail) => {
    const { service, store } = setup()
    let error: unknown
    try {
      service.start('p1', receivedAt)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DomainError)
    expect(error).toMatchObject({ code: 'invalid-field', field: '0.receivedAt', message: detail })
    expect(store.data.size).toBe(0)
  })
})

describe('TimerService restarts and profiles', () => {
  it('a restart mid-way does not repeat a fired notice', () => {
    const first = setup()
    first.service.start('p1')
    first.time.advance(40 * MIN)
    expect(points(first.notices)).toEqual([10])
    first.service.dispose()

    const time = new FakeTime(T0 + 41 * MIN)
    const second = makeService(time, first.store)
    second.service.restore()
    expect(second.notices).toEqual([])
    time.advance(4 * MIN)
    expect(points(second.notices)).toEqual([5])
  })

  it('the app closed across thresholds fires only the latest missed one on restore', () => {
    const first = setup()
    first.service.start('p1')
    first.time.advance(38 * MIN)
    first.service.dispose()

    const time = new FakeTime(T0 + 46 * MIN)
    const second = makeService(time, first.store)
    second.service.restore()
    second.service.resync()
    expect(points(second.notices)).toEqual([5])
  })

  it('keeps two profiles independent', () => {
    const { service, time, notices } = setup()
    service.start('p1')
    time.advance(3 * MIN)
    service.start('p2')
    time.advance(40 * MIN)
    expect(notices.map((n) => `${n.profileId}:${n.threshold}`)).toEqual(['p1:10', 'p2:10'])
    service.cancel('p1')
    time.advance(20 * MIN)
    expect(notices.map((n) => `${n.profileId}:${n.threshold}`)).toEqual([
      'p1:10',
      'p2:10',
      'p2:5',
      'p2:1',
      'p2:0',
    ])
    expect(service.state('p1').status).toBe('cancelled')
    expect(service.state('p2').status).toBe('expired')
  })
})

describe('TimerService property: any sequence of clock jumps', () => {
  type Step =
    | { kind: 'advance'; ms: number }
    | { kind: 'sleep'; ms: number }
    | { kind: 'resync' }
    | { kind: 'restart' }

  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 15 * MIN }) }),
    fc.record({
      kind: fc.constant('sleep' as const),
      ms: fc.integer({ min: -5 * MIN, max: 40 * MIN }),
    }),
    fc.constant({ kind: 'resync' as const }),
    fc.constant({ kind: 'restart' as const }),
  )

  it('fires each threshold at most once, never before its time, and only the latest due', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: AUTH_KEY_VALIDITY_MS }),
        fc.array(step, { maxLength: 30 }),
        (ago, steps) => {
          const time = new FakeTime(T0)
          const store = new MemoryStore()
          const log: { notice: TimerNotice; at: number }[] = []
          let harness = makeService(time, store, log)
          const deadline = T0 - ago + AUTH_KEY_VALIDITY_MS
          harness.service.start('p1', T0 - ago)
          for (const s of steps) {
            if (s.kind === 'advance') time.advance(s.ms)
            else if (s.kind === 'sleep') time.sleep(s.ms)
            else if (s.kind === 'resync') harness.service.resync()
            else {
              harness.service.dispose()
              harness = makeService(time, store, log)
              harness.service.restore()
            }
          }

          const thresholds = log.map((f) => f.notice.threshold)
          expect(new Set(thresholds).size).toBe(thresholds.length)
          for (const { notice, at } of log) {
            // Never early...
            expect(at).toBeGreaterThanOrEqual(deadline - notice.threshold * MIN)
            // ...and only the latest point due at that moment (the next one is not yet due).
            const next = NOTIFY_POINTS[NOTIFY_POINTS.indexOf(notice.threshold) + 1]
            if (next !== undefined) expect(at).toBeLessThan(deadline - next * MIN)
            expect(notice.kind).toBe(notice.threshold === 0 ? 'expired' : 'threshold')
          }
          // Fired in due order: a later point never precedes an earlier one.
          expect([...thresholds].sort((a, b) => b - a)).toEqual(thresholds)
        },
      ),
      { numRuns: 300 },
    )
  })
})
