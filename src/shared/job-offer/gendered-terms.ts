import type { FactCertainty } from '../fact'

/**
 * Job titles and wording that limit an offer to one sex (男女雇用機会均等法5条 and its 指針), with
 * what to write instead. Hello Work does not restrict applicants by sex, 女性のみ included
 * (ハローワーク札幌 Q&A, official); the list of titles and their allowed forms comes from
 * secondary sources that agree (indeed, en-japan, brains-soken, job-stage).
 *
 * `allowed` are forms that contain the term and are fine (営業マン（男女）, ウェイター・ウェイトレス):
 * an occurrence inside one of them is not a finding. Matching is on NFKC text, so full- and
 * half-width brackets and letters are the same.
 */
export interface GenderedTerm {
  term: string
  /** What to write instead, best first; empty when the words should simply go. */
  suggestions: readonly string[]
  allowed: readonly string[]
  certainty: FactCertainty
  /** The exception the user may fall under (ポジティブ・アクション for 女性歓迎). */
  exception?: 'positive-action'
}

const t = (
  term: string,
  suggestions: readonly string[],
  allowed: readonly string[] = [],
  more: Partial<GenderedTerm> = {},
): GenderedTerm => ({ term, suggestions, allowed, certainty: 'secondary', ...more })

export const GENDERED_TERMS: readonly GenderedTerm[] = [
  t('営業マン', ['営業職', '営業マン（男女）'], ['営業マン（男女）']),
  t('カメラマン', ['撮影スタッフ', 'カメラマン（男女）'], ['カメラマン（男女）']),
  t(
    'ウェイトレス',
    ['ホールスタッフ', 'ウェイター・ウェイトレス'],
    ['ウェイター・ウェイトレス', 'ウェイトレス・ウェイター'],
  ),
  t(
    'ウェイター',
    ['ホールスタッフ', 'ウェイター・ウェイトレス'],
    ['ウェイター・ウェイトレス', 'ウェイトレス・ウェイター'],
  ),
  t('看護婦', ['看護師']),
  t('保母', ['保育士']),
  t('生保レディ', ['生保営業職']),
  t('女性秘書', ['秘書']),
  t('男性幹部職員', ['幹部職員']),
  t('ベルボーイ', ['ベルボーイ・ベルガール'], ['ベルボーイ・ベルガール']),
  t('ドアマン', ['ドアマン（男女）'], ['ドアマン（男女）']),
  t('一般職（女性）', ['一般職']),
  t('男子歓迎', []),
  t('男性歓迎', []),
  t('女性歓迎', [], [], { exception: 'positive-action' }),
  t('主婦歓迎', ['主婦（主夫）歓迎']),
  t('男性のみ', [], [], { certainty: 'official' }),
  t('女性のみ', [], [], { certainty: 'official' }),
  t('男性限定', [], [], { certainty: 'official' }),
  t('女性限定', [], [], { certainty: 'official' }),
]

export interface GenderedHit {
  term: GenderedTerm
  /** Where in the NFKC text the term starts. */
  index: number
}

const nfkc = (s: string): string => s.normalize('NFKC')
// Normalised once: the check runs on every keystroke.
const NEEDLES = GENDERED_TERMS.map((term) => ({
  term,
  needle: nfkc(term.term),
  allowed: term.allowed.map(nfkc),
}))

/** The gendered terms in a text, in order, leaving out those inside an allowed form. */
export function findGenderedTerms(text: string): GenderedHit[] {
  if (text === '') return []
  const s = nfkc(text)
  const hits: GenderedHit[] = []
  for (const { term, needle, allowed } of NEEDLES) {
    for (let at = s.indexOf(needle); at >= 0; at = s.indexOf(needle, at + 1)) {
      const inside = allowed.some((form) => {
        const offset = form.indexOf(needle)
        return offset >= 0 && s.startsWith(form, at - offset)
      })
      if (!inside) hits.push({ term, index: at })
    }
  }
  return hits.sort((a, b) => a.index - b.index)
}
