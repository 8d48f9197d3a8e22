import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { checkField, FIELD_RULES } from './profile/field-rules'
import { checkJobField } from './job-offer/field-checks'
import { JOB_FIELD_RULES } from './job-offer/field-table'
import { emptyDraft, JobOfferDraftSchema } from './job-offer/model'
import { emptyProfile, LONG_TEXT_MAX, ProfileSchema, SHORT_TEXT_MAX } from './profile/model'
import {
  parseTolerant,
  storageLimitsOf,
  TEXT_HARD_MAX,
  tolerant,
  withinLimits,
} from './storage-limits'

describe('storage limits come from the schemas themselves', () => {
  it('every profile and job-offer rule carries its field’s storage limit', () => {
    const profile = storageLimitsOf(ProfileSchema, emptyProfile())
    expect(profile.get('company.name')).toBe(SHORT_TEXT_MAX)
    expect(profile.get('establishment.business')).toBe(LONG_TEXT_MAX)
    expect(profile.get('workplaces.*.station')).toBe(SHORT_TEXT_MAX)
    for (const rule of FIELD_RULES) expect(rule.storageMax, rule.id).toBe(profile.get(rule.id))
    const draft = storageLimitsOf(JobOfferDraftSchema, emptyDraft('d'))
    expect(draft.get('job.description')).toBe(LONG_TEXT_MAX)
    for (const rule of JOB_FIELD_RULES.filter((r) => r.kind === 'text')) {
      expect(rule.storageMax, rule.id).toBe(draft.get(rule.id))
    }
  })

  it('a value over the limit is an error on its field, naming the limit', () => {
    const profile = emptyProfile()
    expect(checkField('company.name', '長'.repeat(10_000), profile)).toContainEqual({
      field: 'company.name',
      code: 'over-storage-limit',
      severity: 'error',
      params: { max: SHORT_TEXT_MAX, length: 10_000 },
    })
    expect(
      checkField('company.name', '長'.repeat(SHORT_TEXT_MAX), profile).map((f) => f.code),
    ).not.toContain('over-storage-limit')
    const draft = emptyDraft('d')
    draft.job.title = '調'.repeat(501)
    expect(checkJobField('job.title', draft)).toContainEqual(
      expect.objectContaining({ code: 'over-storage-limit', severity: 'error' }),
    )
  })
})

describe('parseTolerant / tolerant / withinLimits', () => {
  const Doc = v.strictObject({
    a: v.optional(v.pipe(v.string(), v.maxLength(3)), ''),
    list: v.optional(v.array(v.strictObject({ b: v.pipe(v.string(), v.maxLength(2)) })), []),
    n: v.optional(v.number(), 0),
  })

  it('keeps over-limit text as it is and lists it; anything else still fails', () => {
    const result = parseTolerant(Doc, { a: 'abcdef', list: [{ b: 'ok' }, { b: 'long' }] })
    expect(result).toEqual({
      success: true,
      output: { a: 'abcdef', list: [{ b: 'ok' }, { b: 'long' }], n: 0 },
      overLimit: [
        { field: 'a', max: 3, length: 6 },
        { field: 'list.1.b', max: 2, length: 4 },
      ],
    })
    expect(parseTolerant(Doc, { a: 'abcdef', n: 'x' }).success).toBe(false)
    expect(parseTolerant(Doc, { a: 'x'.repeat(TEXT_HARD_MAX + 1) }).success).toBe(false)
    expect(parseTolerant(Doc, { a: 'ok', extra: 1 }).success).toBe(false)
  })

  it('as a schema, names the field of any other problem', () => {
    const args = v.strictTuple([v.string(), tolerant(Doc)])
    const result = v.safeParse(args, ['id', { a: 'abcdef', n: 'x' }], { abortEarly: true })
    expect(result.success).toBe(false)
    expect(result.issues && v.getDotPath(result.issues[0])).toBe('1.n')
    expect(v.parse(args, ['id', { a: 'abcdef' }])).toEqual(['id', { a: 'abcdef', list: [], n: 0 }])
  })

  it('withinLimits keeps what was saved before in a refused field', () => {
    const previous = { a: 'old', list: [{ b: 'p1' }] }
    const next = { a: 'new-too-long', list: [{ b: 'far too long' }, { b: 'xx' }], n: 5 }
    expect(withinLimits(Doc, next, previous)).toEqual({
      doc: { a: 'old', list: [{ b: 'p1' }, { b: 'xx' }], n: 5 },
      refused: [
        { field: 'a', max: 3, length: 12 },
        { field: 'list.0.b', max: 2, length: 12 },
      ],
    })
  })
})
