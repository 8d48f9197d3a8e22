import { describe, expect, it } from 'vitest'
import { isAllowedExternal } from '../links'
import { FACT_CERTAINTIES } from '../fact'
import { parsePlainDate } from '../dates'
import { sampleProfile } from './testing/fixtures'
import { jobRuleFor } from './field-table'
import { offerFindingMessageKey, offerRuleTitleKey } from './messages'
import { jobOfferEn } from './messages.en'
import { jobOfferJa } from './messages.ja'
import { emptyDraft } from './model'
import { checkOffer } from './offer-check'
import { OFFER_RULES, OFFER_SEVERITIES, REQUIRED_BY_CHECK } from './offer-rules'

function at(messages: unknown, key: string): unknown {
  let node: unknown = { jobOffer: messages }
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return node
}

describe('the offer rule table', () => {
  it('gives every rule an id, a legal basis, dated sources, certainties and a severity', () => {
    const ids = OFFER_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const r of OFFER_RULES) {
      expect(r.basis.trim(), r.id).not.toBe('')
      expect(r.sources.length, r.id).toBeGreaterThan(0)
      for (const s of r.sources) {
        expect(s.title.trim(), r.id).not.toBe('')
        expect(() => parsePlainDate(s.asOf), r.id).not.toThrow()
        // Every address can be opened from the app (allow-listed hosts only).
        if (s.url !== null) expect(isAllowedExternal(s.url), s.url).toBe(true)
      }
      expect(FACT_CERTAINTIES).toContain(r.certainty)
      expect(FACT_CERTAINTIES).toContain(r.severityCertainty)
      expect(OFFER_SEVERITIES).toContain(r.severity)
    }
  })

  it('gives the 42-hour limit of a one-year 変形労働時間制 its own basis, dated sources and certainty', () => {
    for (const id of ['overtime-over-45', 'fixed-overtime-over-45'] as const) {
      const r = OFFER_RULES.find((x) => x.id === id)
      expect(r?.basis, id).toContain('月42時間')
      const cases = (r && 'cases' in r ? r.cases : undefined) ?? []
      expect(cases, id).toHaveLength(1)
      for (const c of cases) {
        expect(c.basis).toContain('労働基準法36条4項')
        expect(c.basis).toContain('月42時間')
        expect(c.when).toContain('1年単位の変形労働時間制')
        // The draft does not say whether the 対象期間 is over 3 months.
        expect(c.whenCertainty).toBe('inferred')
        expect(FACT_CERTAINTIES).toContain(c.certainty)
        expect(c.sources.length).toBeGreaterThan(0)
        for (const s of c.sources) {
          expect(() => parsePlainDate(s.asOf)).not.toThrow()
          expect(r?.sources, id).toContain(s)
        }
      }
    }
  })

  it('marks as required only fields some rule reports missing', () => {
    const pointed = new Set(OFFER_RULES.flatMap((r) => r.fields))
    for (const f of REQUIRED_BY_CHECK) expect(pointed.has(f), f).toBe(true)
  })

  it('points only at fields the drafts have', () => {
    for (const r of OFFER_RULES) {
      for (const f of r.fields) expect(jobRuleFor(f), `${r.id} ${f}`).toBeDefined()
    }
  })

  it('has a title for every rule and a message for every finding, in ja and en', () => {
    for (const r of OFFER_RULES) {
      expect(at(jobOfferJa, offerRuleTitleKey(r.id)), r.id).toBeTypeOf('string')
      expect(at(jobOfferEn, offerRuleTitleKey(r.id)), r.id).toBeTypeOf('string')
    }
    const d = emptyDraft('x')
    Object.assign(d.job, { ageLimit: 'limited', ageMin: '18', ageMax: '10', ageReason: 'no1' })
    const found = checkOffer(d, sampleProfile(), parsePlainDate('2026-06-01'))
    for (const f of found) {
      expect(at(jobOfferJa, offerFindingMessageKey(f)), offerFindingMessageKey(f)).toBeTypeOf(
        'string',
      )
    }
    // A rule's message is one text, or one per variant (texts only): never both, never neither.
    for (const messages of [jobOfferJa, jobOfferEn]) {
      for (const r of OFFER_RULES) {
        const node = at(messages, offerFindingMessageKey({ rule: r.id }))
        if (typeof node === 'string') continue
        expect(typeof node === 'object' && node !== null, r.id).toBe(true)
        const variants = Object.values(node as Record<string, unknown>)
        expect(variants.length, r.id).toBeGreaterThan(0)
        for (const text of variants) expect(text, r.id).toBeTypeOf('string')
      }
    }
  })

  it('points every finding at fields of its rule or at values it could not read', () => {
    const d = emptyDraft('x')
    const found = checkOffer(d, sampleProfile(), parsePlainDate('2026-06-01'))
    for (const f of found) {
      for (const field of f.fields) expect(jobRuleFor(field), field).toBeDefined()
    }
  })
})
