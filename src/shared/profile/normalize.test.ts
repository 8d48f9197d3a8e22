import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FIELD_RULES } from './field-rules'
import { findRiskyChars, normalize, suggest } from './normalize'

describe('normalize: カナ fields', () => {
  it.each([
    ['かぶしきがいしゃ', 'カブシキガイシャ'],
    ['ｶﾌﾞｼｷｶﾞｲｼｬ', 'カブシキガイシャ'],
    ['ﾊﾟﾝﾔ', 'パンヤ'],
    ['ﾊﾛｰﾜｰｸ', 'ハローワーク'],
    ['ｳﾞｨﾗ', 'ヴィラ'],
    ['ゔぃら', 'ヴィラ'],
    ['か\u3099', 'ガ'], // combining dakuten
    ['か゛', 'ガ'], // spacing dakuten typed after the kana
    ['ﾜﾞ', 'ワ゛'], // ヷ is not in JIS X 0208: keep the mark separate
    ['ゝ', 'ヽ'],
    ['ﾔﾏﾀﾞ　ﾀﾛｳ', 'ヤマダ　タロウ'],
    ['  ｱｲｳ　', 'アイウ'],
    ['やまだ ﾀﾛｳ', 'ヤマダ　タロウ'], // a half-width space becomes full-width
    ['ヤマダ  タロウ', 'ヤマダ　　タロウ'],
    ['ABC', 'ABC'], // left alone; checkField flags it
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalize('establishment.nameKana', input)).toBe(expected)
    expect(normalize('contact.nameKana', input)).toBe(expected)
  })
})

describe('normalize: digits and e-mail', () => {
  it.each([
    ['０３－１２３４－５６７８', '03-1234-5678'],
    ['03ー1234ー5678', '03-1234-5678'],
    ['０３‐１２３４―５６７８', '03-1234-5678'],
    ['03ｰ1234ｰ5678', '03-1234-5678'],
    ['03−1234−5678', '03-1234-5678'], // U+2212 minus
    ['　０３－１２３４－５６７８　', '03-1234-5678'],
    ['ー0312345678', 'ー0312345678'], // ー without a digit on both sides is not a hyphen
    ['03-1234-5678', '03-1234-5678'],
  ])('phone %s → %s', (input, expected) => {
    expect(normalize('establishment.phone', input)).toBe(expected)
  })

  it('postal code, 法人番号, 事業所番号, 従業員数', () => {
    expect(normalize('establishment.address.postalCode', '１００ー０００１')).toBe('100-0001')
    expect(normalize('workplaces.2.address.postalCode', '１００－０００１')).toBe('100-0001')
    expect(normalize('record.officeNumber', '１３０１－１２３４５６－７')).toBe('1301-123456-7')
    expect(normalize('company.employeesTotal', '１２')).toBe('12')
    // A count's unit is the user's to drop (see suggest): only the width changes.
    expect(normalize('company.employeesTotal', '２５人')).toBe('25人')
    expect(normalize('workplaces.0.travelTime', '１０分')).toBe('10分')
  })

  it.each([
    ['７０００ ０１２０５０００２', '7000012050002'],
    ['7-0000-1205-0002', '7000012050002'],
    ['7000　0120　50002', '7000012050002'],
    ['7000-01205000X', '7000-01205000X'], // not digits: left for the format message
  ])('法人番号 %s → %s (its separators carry nothing)', (input, expected) => {
    expect(normalize('company.corporateNumber', input)).toBe(expected)
  })

  it.each([
    ['〒1040061', '104-0061'],
    ['〒 104-0061', '104-0061'],
    ['〒１０４－００６１', '104-0061'],
    ['1040061', '104-0061'],
    ['10400', '10400'], // too short: left for the format message
  ])('郵便番号 %s → %s', (input, expected) => {
    expect(normalize('establishment.address.postalCode', input)).toBe(expected)
  })

  it.each([
    ['03(1234)5678', '03-1234-5678'],
    ['(03)1234-5678', '03-1234-5678'],
    ['（０３）１２３４－５６７８', '03-1234-5678'],
    ['025 123 4567', '025-123-4567'],
    ['090 (1234) 5678', '090-1234-5678'],
    ['(03)12', '(03)12'], // not a phone number: left for the format message
  ])('phone with brackets %s → %s', (input, expected) => {
    expect(normalize('establishment.phone', input)).toBe(expected)
    expect(normalize('contact.phone', input)).toBe(expected)
  })

  it.each([
    ['ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ', 'info@example.co.jp'],
    ['Ｉｎｆｏ＠Example.jp　', 'Info@Example.jp'],
    ['saiyo－tanto@example.jp', 'saiyo-tanto@example.jp'],
    ['ｓａｉｙｏｰtanto@example.jp', 'saiyo-tanto@example.jp'],
    ['info@example.jp', 'info@example.jp'],
  ])('e-mail %s → %s', (input, expected) => {
    expect(normalize('account.loginEmail', input)).toBe(expected)
  })

  it('only trims 全角 and free fields: the copy panel converts them', () => {
    expect(normalize('establishment.name', ' ｶﾌﾞｼｷｶﾞｲｼｬ ABC ')).toBe('ｶﾌﾞｼｷｶﾞｲｼｬ ABC')
    expect(normalize('establishment.features', '① 髙橋 ')).toBe('① 髙橋')
    expect(normalize('no.such.field', ' x ')).toBe('x')
  })
})

describe('suggest', () => {
  it('names the unit of a count and offers the number', () => {
    expect(suggest('company.employeesTotal', '２５人')).toEqual({ value: '25', reasons: ['unit'] })
    expect(suggest('workplaces.0.travelTime', '１０分')).toEqual({ value: '10', reasons: ['unit'] })
    expect(suggest('establishment.employeesWomen', '4名')).toEqual({
      value: '4',
      reasons: ['unit'],
    })
  })

  it('offers 資本金 without commas, 円 or 万 (the unit of the portal field is not verified)', () => {
    expect(suggest('company.capital', '10,000,000')).toEqual({
      value: '10000000',
      reasons: ['commas'],
    })
    expect(suggest('company.capital', '1000万円')).toEqual({
      value: '10000000',
      reasons: ['man-yen'],
    })
    expect(suggest('company.capital', '１億２０００万円')).toEqual({
      value: '120000000',
      reasons: ['man-yen'],
    })
    expect(suggest('company.capital', '3,000万')).toEqual({
      value: '30000000',
      reasons: ['man-yen'],
    })
    expect(suggest('company.capital', '5,000,000円')).toEqual({
      value: '5000000',
      reasons: ['unit'],
    })
  })

  it.each([
    ['平成10年', '1998'],
    ['平成元年', '1989'],
    ['昭和６４年', '1989'],
    ['令和2', '2020'],
    ['H10', '1998'],
    ['s50年', '1975'],
    ['明治45年', '1912'],
    ['1998年', '1998'],
  ])('offers 設立年 %s in 西暦: %s', (input, expected) => {
    expect(suggest('company.foundedYear', input)?.value).toBe(expected)
  })

  it('offers nothing it cannot read, or where normalize does everything', () => {
    expect(suggest('company.foundedYear', '平成35年')).toBeNull() // 平成 ended in its 31st year
    expect(suggest('company.foundedYear', '1998')).toBeNull()
    expect(suggest('company.capital', '10000000')).toBeNull()
    expect(suggest('company.employeesTotal', '約25人')).toBeNull()
    expect(suggest('establishment.phone', '０３－１２３４－５６７８')).toBeNull()
    expect(suggest('establishment.nameKana', 'かな')).toBeNull()
    expect(suggest('establishment.name', '㈱ABC髙橋商店')).toBeNull() // converted when copied
    expect(suggest('record.officeNumber', '1301123456')).toBeNull() // ambiguous: no guess
  })
})

describe('findRiskyChars', () => {
  it('passes ordinary Japanese text', () => {
    expect(findRiskyChars('株式会社ハローワーク　渋谷（本社）～々〆ー・')).toEqual([])
    expect(findRiskyChars('ABC-123 a b\nc', undefined, { multiline: true })).toEqual([])
    expect(findRiskyChars('')).toEqual([])
  })

  it.each([
    ['①', undefined, '(1)', 'machine-dependent'],
    ['①', 'zenkaku', '（１）', 'machine-dependent'],
    ['⑳', undefined, '(20)', 'machine-dependent'],
    ['㈱', undefined, '（株）', 'machine-dependent'],
    ['㈲', 'zenkaku', '（有）', 'machine-dependent'],
    ['㍿', undefined, '株式会社', 'outside-jis'], // not in CP932 (JIS X 0213 / Mac only)
    ['㌔', undefined, 'キロ', 'machine-dependent'],
    ['Ⅲ', undefined, 'III', 'machine-dependent'],
    ['Ⅲ', 'zenkaku', '３', 'machine-dependent'],
    ['ⅳ', undefined, 'iv', 'machine-dependent'],
    ['髙', undefined, '高', 'machine-dependent'],
    ['﨑', undefined, '崎', 'machine-dependent'],
    ['德', undefined, '徳', 'machine-dependent'],
    ['∑', undefined, null, 'machine-dependent'],
    ['𠮷', undefined, '吉', 'outside-jis'],
    ['剝', undefined, '剥', 'outside-jis'],
    ['噓', undefined, '嘘', 'outside-jis'],
    ['—', undefined, '―', 'outside-jis'], // EM DASH has no Shift_JIS code; 0x815C is ―
    ['é', undefined, 'e', 'outside-jis'],
    ['™', undefined, 'TM', 'outside-jis'],
    ['\ue000', undefined, null, 'outside-jis'], // private use (外字)
    ['😀', undefined, '', 'emoji'],
    ['\u200b', undefined, '', 'invisible'],
    ['\u0007', undefined, '', 'invisible'],
    ['\t', undefined, '', 'invisible'],
    ['\n', undefined, '', 'invisible'], // in a one-line field
    ['\u007f', undefined, '', 'invisible'],
    ['ｱ', undefined, 'ア', 'halfwidth-kana'],
  ] as const)('%s (%s) → %s', (char, chars, suggestion, reason) => {
    expect(findRiskyChars(char, chars)).toEqual([{ char, index: 0, suggestion, reason }])
  })

  it('reports UTF-16 offsets and pairs ｶﾞ as one character', () => {
    expect(findRiskyChars('よろしく😀です㈱')).toEqual([
      { char: '😀', index: 4, suggestion: '', reason: 'emoji' },
      { char: '㈱', index: 8, suggestion: '（株）', reason: 'machine-dependent' },
    ])
    expect(findRiskyChars('山﨑ｶﾞｽ')).toEqual([
      { char: '﨑', index: 1, suggestion: '崎', reason: 'machine-dependent' },
      { char: 'ｶﾞ', index: 2, suggestion: 'ガ', reason: 'halfwidth-kana' },
      { char: 'ｽ', index: 4, suggestion: 'ス', reason: 'halfwidth-kana' },
    ])
    expect(findRiskyChars('ﾊﾟ')).toEqual([
      { char: 'ﾊﾟ', index: 0, suggestion: 'パ', reason: 'halfwidth-kana' },
    ])
  })
})

// Characters that exercise every branch, mixed into random strings.
const TRICKY = [
  ...'ｶﾞﾊﾟﾜﾞｰﾞﾟかがゔゕ゛゜\u3099\u309aアー－‐―−ｰ０１９１２ＡＺａｚ＠．　 -0123456789',
  ...'①⑳㈱㍿㌔ⅢⅻⅰⅫ髙﨑德剝𠮷—é™©😀👍🏻\u200b\ufe0f\u20e3\ue000\ud800\udc00\n\t',
]
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom(...TRICKY) }),
)
const ruleIds = fc.constantFrom(...FIELD_RULES.map((r) => r.id))
const digitRuleIds = FIELD_RULES.filter((r) => r.chars === 'hankaku-digits').map((r) => r.id)

describe('properties', () => {
  it('normalize is idempotent', () => {
    fc.assert(
      fc.property(ruleIds, text, (id, s) => {
        const once = normalize(id, s)
        expect(normalize(id, once)).toBe(once)
      }),
      { numRuns: 2000 },
    )
  })

  it('normalize lengthens a digits field by at most the hyphens of a code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...digitRuleIds), text, (id, s) => {
        expect(normalize(id, s).length).toBeLessThanOrEqual(s.length + 2)
      }),
      { numRuns: 1000 },
    )
  })

  it('never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(ruleIds, text, (id, s) => {
        normalize(id, s)
        suggest(id, s)
        const risky = findRiskyChars(s)
        for (const r of risky) expect(s.slice(r.index, r.index + r.char.length)).toBe(r.char)
      }),
      { numRuns: 1000 },
    )
  })
})
