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
    // A rule's message is one text, or one per variant: never both.
    for (const r of OFFER_RULES) {
      const node = at(jobOfferJa, offerFindingMessageKey({ rule: r.id }))
      expect(node === undefined, r.id).toBe(false)
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
