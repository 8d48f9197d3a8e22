import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { channels, contract, type Api, type Handlers } from './contract'

describe('the IPC contract', () => {
  it('names every channel area:method, once', () => {
    const names = channels.map((c) => c.channel)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(/^[a-z]+:[a-zA-Z0-9]+$/)
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
