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
    ['やまだ ﾀﾛｳ', 'ヤマダ タロウ'],
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
    expect(normalize('company.corporateNumber', '７０００ ０１２０５０００２')).toBe(
      '7000 012050002',
    )
    expect(normalize('record.officeNumber', '１３０１－１２３４５６－７')).toBe('1301-123456-7')
    expect(normalize('company.employeesTotal', '１２')).toBe('12')
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

  it('only trims 全角 and free fields: their conversions are suggestions', () => {
    expect(normalize('establishment.name', ' ｶﾌﾞｼｷｶﾞｲｼｬ ABC ')).toBe('ｶﾌﾞｼｷｶﾞｲｼｬ ABC')
    expect(normalize('establishment.features', '① 髙橋 ')).toBe('① 髙橋')
    expect(normalize('no.such.field', ' x ')).toBe('x')
  })
})

describe('suggest', () => {
  it('offers 全角 and safe characters in a 全角 field', () => {
    expect(suggest('establishment.name', '㈱ABC髙橋商店😀')).toEqual({
      value: '（株）ＡＢＣ高橋商店',
      reasons: ['to-fullwidth', 'machine-dependent', 'emoji'],
    })
    expect(suggest('establishment.name', 'ｶﾌﾞｼｷｶﾞｲｼｬ')).toEqual({
      value: 'カブシキガイシャ',
      reasons: ['halfwidth-kana'],
    })
    expect(suggest('establishment.business', '①営業②製造')).toEqual({
      value: '（１）営業（２）製造',
      reasons: ['machine-dependent'],
    })
    expect(suggest('establishment.address.building', '第Ⅲビル 2F')).toEqual({
      value: '第３ビル　２Ｆ',
      reasons: ['to-fullwidth', 'machine-dependent'],
    })
  })

  it('formats codes, converts half-width fields, leaves free text mostly alone', () => {
    expect(suggest('establishment.address.postalCode', '〒1000001')).toEqual({
      value: '100-0001',
      reasons: ['format'],
    })
    expect(suggest('record.officeNumber', '１３０１１２３４５６７')).toEqual({
      value: '1301-123456-7',
      reasons: ['format'],
    })
    expect(suggest('establishment.homepage', 'ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｊｐ')).toEqual({
      value: 'https://example.jp',
      reasons: ['to-halfwidth'],
    })
    expect(suggest('establishment.features', '①丁寧な指導 ABC')).toEqual({
      value: '(1)丁寧な指導 ABC',
      reasons: ['machine-dependent'],
    })
  })

  it('returns null when normalize already does everything', () => {
    expect(suggest('establishment.phone', '０３－１２３４－５６７８')).toBeNull()
    expect(suggest('establishment.nameKana', 'かな')).toBeNull()
    expect(suggest('establishment.name', '株式会社テスト')).toBeNull()
    expect(suggest('record.officeNumber', '1301123456')).toBeNull() // ambiguous: no guess
    expect(suggest('establishment.features', '∑')).toBeNull() // risky, but no known replacement
  })
})

describe('findRiskyChars', () => {
  it('passes ordinary Japanese text', () => {
    expect(findRiskyChars('株式会社ハローワーク　渋谷（本社）～々〆ー・')).toEqual([])
    expect(findRiskyChars('ABC-123 a\tb\nc')).toEqual([])
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

  it('normalize never lengthens a digits field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...digitRuleIds), text, (id, s) => {
        expect(normalize(id, s).length).toBeLessThanOrEqual(s.length)
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
