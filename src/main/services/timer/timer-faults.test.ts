import { describe, expect, it } from 'vitest'
import { ESTABLISHMENTS_MAX } from '@shared/profiles'
import { AUTH_KEY_VALIDITY_MS } from '@shared/timer'
import { errno } from '../../testing/faulty-files'
import { createUnitApp } from '../testing/app'
import type { LogFields, LogPort } from '../ports'
import { FakeTime, MemoryStore } from './testing/fakes'
import { TimerService, type TimerNotice } from './timer-service'

const MIN = 60_000
const T0 = Date.UTC(2025, 0, 6, 1, 0, 0)

/** A store whose reads and writes can be made to fail, counting each. */
class FlakyStore extends MemoryStore {
  gets = 0
  sets = 0
  failGet = false
  failSet = false
  override get<K extends Parameters<MemoryStore['get']>[0]>(key: K) {
    this.gets++
    if (this.failGet) throw new SyntaxError('Unexpected token in JSON (file damaged)')
    return super.get(key)
  }
  override set<K extends Parameters<MemoryStore['set']>[0]>(
    key: K,
    value: Parameters<MemoryStore['set']>[1],
  ) {
    this.sets++
    if (this.failSet) throw errno('ENOSPC')
    super.set(key, value as never)
  }
}

class RecordingLog implements LogPort {
  lines: Array<[string, string, LogFields | undefined]> = []
  info = (event: string, fields?: LogFields) => void this.lines.push(['info', event, fields])
  warn = (event: string, fields?: LogFields) => void this.lines.push(['warn', event, fields])
  error = (event: string, fields?: LogFields) => void this.lines.push(['error', event, fields])
}

function setup(store = new FlakyStore()) {
  const time = new FakeTime(T0)
  const notices: TimerNotice[] = []
  const log = new RecordingLog()
  const service = new TimerService(
    time,
    store,
    { notify: (n) => void notices.push(n) },
    () => undefined,
    time,
    log,
  )
  return { time, store, notices, log, service }
}

describe('timer faults never escape, notices are never lost', () => {
  it('a timer file damaged while the app runs: tick and resume keep going', () => {
    const { service, store, time, log } = setup()
    service.start('p1')
    store.failGet = true
    expect(() => service.resync()).not.toThrow()
    expect(() => time.advance(45 * MIN)).not.toThrow()
    expect(service.state('p1')).toMatchObject({ status: 'running' })
    void log
  })

  it('a full disk at a wake-up: the notice is shown even though its mark cannot be saved', () => {
    const { service, store, time, notices, log } = setup()
    service.start('p1')
    store.failSet = true
    expect(() => time.advance(40 * MIN)).not.toThrow()
    expect(notices.map((n) => n.threshold)).toEqual([10])
    // Not repeated on the next tick in this run: the mark is kept in memory.
    expect(() => service.resync()).not.toThrow()
    expect(notices).toHaveLength(1)
    expect(
      log.lines.some(([level, , fields]) => level === 'warn' && fields?.['code'] === 'ENOSPC'),
    ).toBe(true)
  })

  it('reads the timer file once per run: resync only counts in memory', () => {
    const { service, store } = setup()
    service.start('p1')
    service.start('p2')
    const before = store.gets
    for (let i = 0; i < 50; i++) service.resync()
    expect(store.gets - before).toBe(0)
  })
})

describe('timer ids follow the profile-id rule and are capped', () => {
  it('the 2,000-id flood is refused beyond room for every establishment', async () => {
    const app = await createUnitApp()
    let accepted = 0
    for (let i = 0; i < 2000; i++) {
      const result = await app.dispatch('timer:start', [{ profileId: `p${i}` }])
      if (result.ok) accepted++
      else expect(result.error.code).not.toBe('internal')
    }
    expect(accepted).toBe(ESTABLISHMENTS_MAX)
    expect(app.unexpected).toEqual([])
  })

  it('a finished countdown gives its place up: the cap is on live countdowns, not ids ever used', () => {
    const { service, store } = setup()
    // A long-used app: every one of these establishments was removed (its countdown cancelled)
    // or had its key entered in time.
    for (let i = 0; i < ESTABLISHMENTS_MAX; i++) {
      service.start(`old${i}`)
      if (i % 2) service.complete(`old${i}`)
      else service.cancel(`old${i}`)
    }
    expect(service.start('new0')).toMatchObject({ status: 'running' })
    // The oldest cancelled one went first; the list stays at the cap.
    expect(service.state('old0').status).toBe('idle')
    expect(service.state('old1').status).toBe('done')
    expect(store.get('timers')).toHaveLength(ESTABLISHMENTS_MAX)
    expect(store.get('timers')).toContain('new0')
    for (let i = 1; i < ESTABLISHMENTS_MAX; i++) service.start(`new${i}`)
    expect(service.states().filter((s) => s.status === 'running')).toHaveLength(ESTABLISHMENTS_MAX)
    // Every place holds a live countdown now: one more is refused.
    expect(() => service.start('one-more')).toThrow(
      expect.objectContaining({ code: 'conflict' }) as Error,
    )
  })

  it('refuses ids outside the profile-id rule at the boundary', async () => {
    const app = await createUnitApp()
    for (const id of ['-x', 'a'.repeat(41), 'A', '']) {
      for (const channel of ['timer:state', 'timer:cancel', 'timer:complete']) {
        expect(await app.dispatch(channel, [id]), `${channel} ${id}`).toMatchObject({
          ok: false,
          error: { code: 'invalid-payload' },
        })
      }
      expect(await app.dispatch('timer:start', [{ profileId: id }])).toMatchObject({
        ok: false,
      })
    }
  })

  it('a timer file planted with 2,000 ids re-arms at most the cap, valid ids only', () => {
    const store = new FlakyStore()
    const ids = Array.from({ length: 2000 }, (_, i) => (i % 2 ? `p${i}` : `BAD ${i}`))
    store.set('timers', ids)
    for (const id of ids) {
      store.set(`timer:${id}`, {
        status: 'running',
        startedAt: T0,
        deadline: T0 + AUTH_KEY_VALIDITY_MS,
        fired: [],
      })
    }
    const { service, time } = setup(store)
    const restored = service.restore()
    expect(restored.length).toBeLessThanOrEqual(ESTABLISHMENTS_MAX)
    expect(restored.every((s) => /^p\d+$/.test(s.profileId))).toBe(true)
    expect(time.pendingCount).toBeLessThanOrEqual(ESTABLISHMENTS_MAX)
    const gets = store.gets
    service.resync()
    expect(store.gets).toBe(gets)
  })
})
