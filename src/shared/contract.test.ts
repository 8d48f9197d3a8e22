import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { contract, type Api, type Contract, type Handlers } from './contract'
import { CHANNEL_KINDS, channels, type KindsOf } from './ipc/channels'
import { listChannels } from './ipc/define'

describe('the IPC contract', () => {
  it('names every channel area:method, once', () => {
    const names = channels.map((c) => c.channel)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(/^[a-z]+:[a-zA-Z0-9]+$/)
  })

  it('matches the plain channel list the preload reads, in the same order', () => {
    expect(channels).toEqual(listChannels(contract))
  })

  it('makes a drift of the plain channel list a compile error (checked by tsc)', () => {
    type Kinds = KindsOf<Contract>
    // @ts-expect-error a method the contract lacks
    const extra: Kinds = { ...CHANNEL_KINDS, app: { ...CHANNEL_KINDS.app, extra: 'call' } }
    // @ts-expect-error an event listed as a call
    const wrongKind: Kinds = { ...CHANNEL_KINDS, app: { ...CHANNEL_KINDS.app, fault: 'call' } }
    const { settings: _missing, ...rest } = CHANNEL_KINDS
    // @ts-expect-error an area left out
    const missing: Kinds = rest
    void [extra, wrongKind, missing]
    expect(true).toBe(true)
  })

  it('gives every call an argument schema that refuses extra arguments', () => {
    for (const [area, group] of Object.entries(contract)) {
      for (const [method, spec] of Object.entries(group)) {
        if (spec.kind !== 'call') continue
        const tooMany = Array.from({ length: 8 }, () => 'x')
        expect(v.safeParse(spec.args, tooMany).success, `${area}:${method}`).toBe(false)
      }
    }
  })

  it('types both sides from the same definition (checked by tsc)', () => {
    // These lines are compile-time assertions: `npm run typecheck` fails if the types drift.
    const settingsResult = null as unknown as Awaited<ReturnType<Api['settings']['get']>>
    if (settingsResult?.ok) {
      const locale: 'ja' | 'en' = settingsResult.value.locale
      void locale
    }
    const handler: Handlers['settings']['setLocale'] = (locale) => ({ locale })
    void handler
    // @ts-expect-error a handler returning the wrong type does not compile
    const wrong: Handlers['settings']['get'] = () => ({ locale: 'fr' })
    void wrong
    // @ts-expect-error a call with the wrong argument type does not compile
    const badCall: Parameters<Api['settings']['setLocale']> = [42]
    void badCall
    expect(true).toBe(true)
  })
})
