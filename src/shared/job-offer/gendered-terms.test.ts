import { describe, expect, it } from 'vitest'
import { findGenderedTerms } from './gendered-terms'

const terms = (text: string) => findGenderedTerms(text).map((h) => h.term.term)

describe('gendered job titles and wording', () => {
  it('finds the titles that name a sex, each with what to write instead', () => {
    expect(terms('営業マン募集')).toEqual(['営業マン'])
    expect(terms('看護婦・保母')).toEqual(['看護婦', '保母'])
    expect(terms('ウェイトレス')).toEqual(['ウェイトレス'])
    expect(terms('男子歓迎！')).toEqual(['男子歓迎'])
    expect(terms('主婦歓迎')).toEqual(['主婦歓迎'])
    expect(terms('女性のみ募集')).toEqual(['女性のみ'])
    expect(findGenderedTerms('看護婦')[0]?.term.suggestions).toEqual(['看護師'])
    expect(findGenderedTerms('主婦歓迎')[0]?.term.suggestions).toEqual(['主婦（主夫）歓迎'])
  })

  it('does not find the allowed forms', () => {
    expect(terms('営業マン（男女）')).toEqual([])
    expect(terms('営業マン(男女)')).toEqual([])
    expect(terms('ウェイター・ウェイトレス')).toEqual([])
    expect(terms('ウェイトレス・ウェイター')).toEqual([])
    expect(terms('主婦（主夫）歓迎')).toEqual([])
    expect(terms('ベルボーイ・ベルガール')).toEqual([])
    expect(terms('ドアマン（男女）')).toEqual([])
    expect(terms('カメラマン（男女）')).toEqual([])
    expect(terms('女性活躍中の職場です')).toEqual([])
    expect(terms('看護師・保育士・営業職・ホールスタッフ')).toEqual([])
  })

  it('still finds a title next to an allowed form of another', () => {
    expect(terms('営業マン（男女）、ウェイトレス')).toEqual(['ウェイトレス'])
    expect(terms('営業マン（男女）と営業マン')).toEqual(['営業マン'])
  })
})
