import { describe, it, expect } from 'vitest'
import { spellEmail } from './spell'

const pick = (address: string) =>
  spellEmail(address).tokens.map((t) => [t.char, t.ja, t.en, t.confusable ?? ''])

describe('spelling an e-mail address aloud', () => {
  it('reads letters, digits and symbols in Japanese and English', () => {
    const spelled = spellEmail('ab-1_c@x.jp')
    expect(spelled.ja).toBe(
      'エー、ビー、ハイフン、イチ、アンダーバー、シー、アットマーク、エックス、ドット、ジェー、ピー',
    )
    expect(spelled.en).toBe('A, B, hyphen, one, underscore, C, at, X, dot, J, P')
    expect(spelled.hasUppercase).toBe(false)
    expect(spelled.allValid).toBe(true)
    expect(spelled.tokens.map((t) => t.part)).toEqual([
      ...Array(6).fill('local'),
      'at',
      ...Array(4).fill('domain'),
    ])
  })

  it('says 大文字/小文字 only when the address has capitals', () => {
    expect(spellEmail('Ab@x.jp').ja).toBe(
      '大文字のエー、小文字のビー、アットマーク、小文字のエックス、ドット、小文字のジェー、小文字のピー',
    )
    expect(spellEmail('Ab@x.jp').en.startsWith('capital A, small b, at')).toBe(true)
    expect(spellEmail('Ab@x.jp').hasUppercase).toBe(true)
  })

  it('uses the phone readings of digits', () => {
    expect(spellEmail('0123456789').ja).toBe(
      'ゼロ、イチ、ニー、サン、ヨン、ゴー、ロク、ナナ、ハチ、キュウ',
    )
  })

  it('marks easily confused characters', () => {
    expect(pick('o0O')).toEqual([
      ['o', '小文字のオー', 'small o', 'zeroOh'],
      ['0', 'ゼロ', 'zero', 'zeroOh'],
      ['O', '大文字のオー', 'capital O', 'zeroOh'],
    ])
    expect(spellEmail('l1I').tokens.map((t) => t.confusable)).toEqual(Array(3).fill('oneEllEye'))
    expect(spellEmail('corn-m_q9').tokens.map((t) => t.confusable)).toEqual([
      undefined,
      'zeroOh',
      'rnM',
      'rnM',
      'hyphenUnderscore',
      'rnM',
      'hyphenUnderscore',
      'qNine',
      'qNine',
    ])
    expect(spellEmail('nr').confusables).toEqual([])
    expect(spellEmail('vvw').confusables).toEqual(['vvW'])
    expect(spellEmail('corn-m_q9').confusables).toEqual([
      'zeroOh',
      'rnM',
      'hyphenUnderscore',
      'qNine',
    ])
  })

  it('marks S/5, Z/2 and B/8 only when both a letter and a digit of the pair appear', () => {
    expect(spellEmail('sato@x.jp').confusables).not.toContain('sFive')
    expect(spellEmail('sato5@x.jp').confusables).toContain('sFive')
    expect(spellEmail('Bob8@x.jp').confusables).toContain('bEight')
    expect(spellEmail('zz@x.jp').confusables).not.toContain('zTwo')
  })

  it('offers a word for letters that sound alike', () => {
    const [m, n] = spellEmail('mn').tokens
    expect([m?.phoneticJa, m?.phoneticEn]).toEqual(['マイクのエム', 'M as in Mike'])
    expect([n?.phoneticJa, n?.phoneticEn]).toEqual(['ナンバーのエヌ', 'N as in November'])
    expect(spellEmail('a').tokens[0]?.phoneticJa).toBeUndefined()
  })

  it('flags characters a login address cannot hold', () => {
    const spelled = spellEmail('ｔａｒｏ @x.jp')
    expect(spelled.allValid).toBe(false)
    expect(spelled.tokens.filter((t) => t.kind === 'invalid').map((t) => t.char)).toEqual([
      'ｔ',
      'ａ',
      'ｒ',
      'ｏ',
      ' ',
    ])
  })
})
