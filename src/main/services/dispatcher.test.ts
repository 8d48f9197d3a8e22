import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it, vi } from 'vitest'
import { call, type HandlersOf } from '@shared/ipc/define'
import { DomainError } from '@shared/ipc/result'
import { createDispatcher } from './dispatcher'

const contract = {
  demo: {
    echo: call<string>()(v.strictTuple([v.pipe(v.string(), v.maxLength(10))])),
    save: call<number>()(
      v.strictTuple([v.strictObject({ name: v.pipe(v.string(), v.maxLength(20)), n: v.number() })]),
    ),
    refuse: call<void>()(v.strictTuple([])),
    crash: call<void>()(v.strictTuple([])),
  },
}

function setup() {
  const saved: unknown[] = []
  const handlers: HandlersOf<typeof contract> = {
    demo: {
      echo: (text) => text,
      save: (value) => {
        saved.push(value)
        return saved.length
      },
      refuse: () => {
        throw new DomainError('invalid-field', 'name')
      },
      crash: () => {
        throw new Error('disk on fire')
      },
    },
  }
  const onUnexpected = vi.fn()
  return { dispatch: createDispatcher(contract, handlers, { onUnexpected }), saved, onUnexpected }
}

describe('createDispatcher', () => {
  it('runs a handler with valid arguments', async () => {
    const { dispatch } = setup()
    expect(await dispatch('demo:echo', ['hi'])).toEqual({ ok: true, value: 'hi' })
    expect(await dispatch('demo:save', [{ name: 'a', n: 1 }])).toEqual({ ok: true, value: 1 })
  })

  it.each([
    ['wrong type', 'demo:echo', [42], '0'],
    ['missing argument', 'demo:echo', [], undefined],
    ['extra argument', 'demo:echo', ['a', 'b'], undefined],
    ['huge string', 'demo:echo', ['x'.repeat(100_000)], '0'],
    ['not an array', 'demo:echo', 'hi', undefined],
    ['extra key', 'demo:save', [{ name: 'a', n: 1, admin: true }], '0.admin'],
    [
      '__proto__ key',
      'demo:save',
      [JSON.parse('{"name":"a","n":1,"__proto__":{"x":1}}')],
      '0.__proto__',
    ],
    ['constructor key', 'demo:save', [{ name: 'a', n: 1, constructor: 'x' }], '0.constructor'],
    ['null object', 'demo:save', [null], '0'],
    ['NaN-free number check', 'demo:save', [{ name: 'a', n: 'one' }], '0.n'],
  ])('refuses %s with a typed error naming the field', async (_label, channel, payload, field) => {
    const { dispatch, saved } = setup()
    const result = await dispatch(channel, payload)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-payload')
      if (field !== undefined) expect(result.error.field).toBe(field)
    }
    expect(saved).toEqual([])
  })

  it('refuses unknown channels', async () => {
    const { dispatch } = setup()
    expect(await dispatch('demo:nope', [])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await dispatch('__proto__', [])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await dispatch('constructor', [])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('turns domain errors into results and hides unexpected ones', async () => {
    const { dispatch, onUnexpected } = setup()
    expect(await dispatch('demo:refuse', [])).toEqual({
      ok: false,
      error: { code: 'invalid-field', field: 'name', detail: 'invalid-field' },
    })
    const crashed = await dispatch('demo:crash', [])
    expect(crashed).toEqual({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(crashed)).not.toContain('disk on fire')
    expect(onUnexpected).toHaveBeenCalledOnce()
  })

  it('never throws and never runs a handler on hostile payloads', async () => {
    const { dispatch, saved } = setup()
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.anything(), async (channel, payload) => {
        const result = await dispatch(channel, payload)
        expect(typeof result.ok).toBe('boolean')
      }),
    )
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (payload) => {
        const result = await dispatch('demo:save', [payload])
        if (result.ok) expect(payload).toMatchObject({ name: expect.any(String) })
      }),
    )
    expect(saved.every((s) => typeof s === 'object')).toBe(true)
  })

  it('refuses to build with a handler missing', () => {
    expect(() =>
      createDispatcher(contract, { demo: {} } as unknown as HandlersOf<typeof contract>),
    ).toThrow(/No handler for demo:echo/)
  })
})
