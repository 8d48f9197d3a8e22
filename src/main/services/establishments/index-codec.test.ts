import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { EstablishmentRow, IndexDocument } from '@shared/establishments'
import { establishmentRow } from '@shared/testing/establishments'
import { decodeIndex, encodeIndex } from './index-codec'

const date = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2050-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const count = fc.nat({ max: 1000 })
const text = (max: number) => fc.string({ maxLength: max })

const row = (i: number): fc.Arbitrary<EstablishmentRow> =>
  fc.record({
    id: fc.constant(`est-${i.toString(16).padStart(4, '0')}`),
    name: text(90).map((s) => `${s.trim()}名${i}`),
    kana: text(100),
    autoName: fc.boolean(),
    changedAt: fc.option(fc.nat(), { nil: null }),
    summary: fc.record({
      profileName: text(500),
      officeNumber: text(20),
      profileDone: count,
      profileTotal: count,
      profileErrors: count,
      drafts: count,
      draftsWithFindings: count,
      draftsRefused: count,
      findingsOn: fc.option(date, { nil: null }),
      guideCase: fc.constantFrom('1-1', '1-2', '2', 'unsure', null),
      stepsDone: count,
      stepsTotal: count,
      deadline: fc.option(date, { nil: null }),
      endings: fc.array(
        fc.record({
          draftId: text(64),
          title: text(500),
          validUntil: date,
          offerNumber: text(20),
        }),
        { maxLength: 3 },
      ),
    }),
  })

const index = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => row(i))))
  .map((rows): IndexDocument => ({
    version: 1,
    establishments: rows,
    removed: [
      {
        id: 'est-removed',
        name: '閉めた店',
        officeNumber: '1501-000000-0',
        removedAt: 1,
        reason: 'removed',
        files: ['est-removed_profile.vault.removed-20260511T010000'],
      },
    ],
  }))

describe('the establishment index as stored', () => {
  it('comes back exactly as it was kept', () => {
    fc.assert(
      fc.property(index, (doc) => {
        const stored = JSON.parse(JSON.stringify(encodeIndex(doc))) as unknown
        expect(decodeIndex(stored)).toEqual(doc)
      }),
      { numRuns: 200 },
    )
  })

  it('is refused whole when any field is out of place, of the wrong kind or out of bounds', () => {
    fc.assert(
      fc.property(
        index,
        fc.nat(),
        fc.constantFrom<unknown>(undefined, -1, 1.5, 'x', true, {}, [], 'a'.repeat(600)),
        (doc, at, planted) => {
          const stored = JSON.parse(JSON.stringify(encodeIndex(doc))) as { rows: unknown[][] }
          const row = stored.rows[at % stored.rows.length]!
          const field = at % 19
          // Only values that field does not take: 'x' is an id, a name or a text; [] no endings.
          const fits =
            (planted === 'x' && [0, 1, 2, 5, 6].includes(field)) ||
            (field === 18 && Array.isArray(planted) && planted.length === 0)
          fc.pre(!fits)
          row[field] = planted
          expect(decodeIndex(stored)).toBeNull()
        },
      ),
      { numRuns: 300 },
    )
  })

  it('takes each id and each name once, and at least one establishment', () => {
    const one = (name: string, id = 'est-0001') => establishmentRow(id, name)
    const of = (rows: EstablishmentRow[]) =>
      JSON.parse(JSON.stringify(encodeIndex({ version: 1, establishments: rows, removed: [] })))
    expect(decodeIndex(of([one('本店')]))).not.toBeNull()
    expect(decodeIndex(of([]))).toBeNull()
    expect(decodeIndex(of([one('本店'), one('支店')]))).toBeNull()
    expect(decodeIndex(of([one('  ')]))).toBeNull()
    expect(decodeIndex({ ...of([one('本店')]), extra: 1 })).toBeNull()
    expect(decodeIndex({ ...of([one('本店')]), version: 2 })).toBeNull()
    expect(decodeIndex(null)).toBeNull()
    expect(decodeIndex([])).toBeNull()
  })
})
