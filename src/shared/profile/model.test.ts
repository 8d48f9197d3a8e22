import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { LONG_TEXT_MAX, ProfileSchema, SHORT_TEXT_MAX, WORKPLACES_MAX, emptyProfile } from './model'

const accepts = (input: unknown): boolean => v.safeParse(ProfileSchema, input).success

describe('ProfileSchema', () => {
  it('accepts an empty or half-filled profile and fills the gaps', () => {
    expect(v.parse(ProfileSchema, {})).toEqual(emptyProfile())
    const parsed = v.parse(ProfileSchema, {
      establishment: { name: 'テスト商店', address: { city: '渋谷区' } },
      workplaces: [{ station: '渋谷駅' }, {}],
    })
    expect(parsed.establishment.name).toBe('テスト商店')
    expect(parsed.establishment.nameKana).toBe('')
    expect(parsed.establishment.address).toEqual({
      postalCode: '',
      prefecture: '',
      city: '渋谷区',
      town: '',
      street: '',
      building: '',
    })
    expect(parsed.workplaces).toHaveLength(2)
    expect(parsed.workplaces[1]?.sameAsEstablishment).toBe(false)
    expect(accepts({ workplaces: [] })).toBe(true)
  })

  it('starts with one empty workplace, and hands out fresh objects', () => {
    const a = emptyProfile()
    const b = emptyProfile()
    expect(a.workplaces).toHaveLength(1)
    a.workplaces[0]!.name = 'x'
    a.establishment.address.city = 'x'
    expect(b.workplaces[0]?.name).toBe('')
    expect(b.establishment.address.city).toBe('')
  })

  it('refuses hostile input', () => {
    expect(accepts({ extra: 1 })).toBe(false)
    expect(accepts({ company: { name: 'x', extra: '' } })).toBe(false)
    expect(accepts({ workplaces: [{ station: 'x', extra: '' }] })).toBe(false)
    expect(accepts(JSON.parse('{"__proto__": {"polluted": true}}'))).toBe(false)
    expect(accepts(JSON.parse('{"establishment": {"__proto__": {"name": "x"}}}'))).toBe(false)
    expect(accepts({ constructor: {} })).toBe(false)
    expect(accepts({ company: { name: 42 } })).toBe(false)
    expect(accepts({ company: { soleProprietor: 'yes' } })).toBe(false)
    expect(accepts({ version: 2 })).toBe(false)
    expect(accepts({ company: { name: 'x'.repeat(SHORT_TEXT_MAX + 1) } })).toBe(false)
    expect(accepts({ company: { name: 'x'.repeat(SHORT_TEXT_MAX) } })).toBe(true)
    expect(accepts({ establishment: { business: 'x'.repeat(LONG_TEXT_MAX + 1) } })).toBe(false)
    expect(accepts({ workplaces: Array.from({ length: WORKPLACES_MAX + 1 }, () => ({})) })).toBe(
      false,
    )
    expect(accepts({ workplaces: {} })).toBe(false)
    expect(accepts(null)).toBe(false)
    expect(accepts([])).toBe(false)
    expect(accepts({ company: [] })).toBe(false)
    expect(accepts({ workplaces: [new Map()] })).toBe(false)
    expect(accepts('profile')).toBe(false)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        v.safeParse(ProfileSchema, input)
      }),
      { numRuns: 1000 },
    )
  })

  it('rejects any unknown key, at the top or in a section', () => {
    const known = new Set([
      ...Object.keys(emptyProfile()),
      ...Object.keys(emptyProfile().company),
      ...Object.keys(emptyProfile().establishment),
    ])
    const key = fc.string().filter((k) => !known.has(k))
    fc.assert(
      fc.property(key, fc.jsonValue(), (k, value) => {
        expect(accepts({ [k]: value })).toBe(false)
        expect(accepts({ company: { [k]: value } })).toBe(false)
        expect(accepts({ establishment: { name: '', [k]: value } })).toBe(false)
      }),
      { numRuns: 500 },
    )
  })
})
