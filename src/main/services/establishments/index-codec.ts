import {
  ENDINGS_MAX,
  ESTABLISHMENT_KANA_MAX,
  ESTABLISHMENT_NAME_MAX,
  GUIDE_CASES,
  REMOVAL_REASONS,
  REMOVED_MAX,
  SUMMARY_TEXT_MAX,
  type Ending,
  type EstablishmentRow,
  type EstablishmentSummary,
  type IndexDocument,
  type RemovedEstablishment,
} from '@shared/establishments'
import { isPlainDateText } from '@shared/dates'
import { DRAFT_ID_MAX } from '@shared/job-offer/model'
import { ESTABLISHMENTS_MAX, PROFILE_ID_PATTERN } from '@shared/profiles'

/**
 * How the establishment index is kept in the vault, and the one check it passes when read.
 *
 * The index is read at every start, so its size and check grow with the number of establishments:
 * each row is kept as an array in a fixed order (less JSON than named fields), and checked by the
 * decoder below field by field, in plain code written for this one shape. Anything out of place
 * rejects the whole document: the caller keeps it aside and makes the index again from the
 * documents.
 */
export const INDEX_FORMAT = 'hwnavi-establishments'

type PackedEnding = [draftId: string, title: string, validUntil: string, offerNumber: string]

type PackedRow = [
  id: string,
  name: string,
  kana: string,
  autoName: 0 | 1,
  changedAt: number | null,
  /** Null when it is the row's name. */
  profileName: string | null,
  officeNumber: string,
  profileDone: number,
  profileTotal: number,
  profileErrors: number,
  drafts: number,
  draftsWithFindings: number,
  draftsRefused: number,
  findingsOn: string | null,
  guideCase: EstablishmentSummary['guideCase'],
  stepsDone: number,
  stepsTotal: number,
  deadline: string | null,
  endings: PackedEnding[],
]

export interface StoredIndex {
  format: typeof INDEX_FORMAT
  version: 1
  rows: PackedRow[]
  removed: RemovedEstablishment[]
}

export function encodeIndex(index: IndexDocument): StoredIndex {
  return {
    format: INDEX_FORMAT,
    version: 1,
    rows: index.establishments.map((r) => {
      const s = r.summary
      return [
        r.id,
        r.name,
        r.kana,
        r.autoName ? 1 : 0,
        r.changedAt,
        // Most often the same as the name: kept once.
        s.profileName === r.name ? null : s.profileName,
        s.officeNumber,
        s.profileDone,
        s.profileTotal,
        s.profileErrors,
        s.drafts,
        s.draftsWithFindings,
        s.draftsRefused,
        s.findingsOn,
        s.guideCase,
        s.stepsDone,
        s.stepsTotal,
        s.deadline,
        s.endings.map((e) => [e.draftId, e.title, e.validUntil, e.offerNumber]),
      ]
    }),
    removed: index.removed,
  }
}

/** Thrown inside the decoder only; `decodeIndex` answers null instead. */
class Reject extends Error {}

const fail = (): never => {
  throw new Reject()
}

const str = (x: unknown, max: number): string =>
  typeof x === 'string' && x.length <= max ? x : fail()
const count = (x: unknown): number =>
  typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 ? x : fail()
const date = (x: unknown): string => (typeof x === 'string' && isPlainDateText(x) ? x : fail())
const nullable = <T>(x: unknown, check: (x: unknown) => T): T | null =>
  x === null ? null : check(x)
const id = (x: unknown): string =>
  typeof x === 'string' && PROFILE_ID_PATTERN.test(x) ? x : fail()
const list = (x: unknown, max: number): unknown[] =>
  Array.isArray(x) && x.length <= max ? x : fail()
const tuple = (x: unknown, length: number): unknown[] =>
  Array.isArray(x) && x.length === length ? x : fail()
const plain = (x: unknown, keys: readonly string[]): Record<string, unknown> => {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) fail()
  const own = Object.keys(x as object)
  if (own.length !== keys.length || !keys.every((k) => own.includes(k))) fail()
  return x as Record<string, unknown>
}
const oneOf = <T extends string>(x: unknown, values: readonly T[]): T =>
  values.includes(x as T) ? (x as T) : fail()

function ending(x: unknown): Ending {
  const e = tuple(x, 4)
  return {
    draftId: str(e[0], DRAFT_ID_MAX),
    title: str(e[1], SUMMARY_TEXT_MAX),
    validUntil: date(e[2]),
    offerNumber: str(e[3], SUMMARY_TEXT_MAX),
  }
}

function row(x: unknown): EstablishmentRow {
  const r = tuple(x, 19)
  const name = str(r[1], ESTABLISHMENT_NAME_MAX)
  if (name.trim() === '') fail()
  return {
    id: id(r[0]),
    name,
    kana: str(r[2], ESTABLISHMENT_KANA_MAX),
    autoName: r[3] === 1 ? true : r[3] === 0 ? false : fail(),
    changedAt: nullable(r[4], count),
    summary: {
      profileName: r[5] === null ? name : str(r[5], SUMMARY_TEXT_MAX),
      officeNumber: str(r[6], SUMMARY_TEXT_MAX),
      profileDone: count(r[7]),
      profileTotal: count(r[8]),
      profileErrors: count(r[9]),
      drafts: count(r[10]),
      draftsWithFindings: count(r[11]),
      draftsRefused: count(r[12]),
      findingsOn: nullable(r[13], date),
      guideCase: nullable(r[14], (c) => oneOf(c, GUIDE_CASES)),
      stepsDone: count(r[15]),
      stepsTotal: count(r[16]),
      deadline: nullable(r[17], date),
      endings: list(r[18], ENDINGS_MAX).map(ending),
    },
  }
}

const REMOVED_KEYS = ['id', 'name', 'officeNumber', 'removedAt', 'reason', 'files'] as const

function removed(x: unknown): RemovedEstablishment {
  const r = plain(x, REMOVED_KEYS)
  return {
    id: id(r['id']),
    name: str(r['name'], ESTABLISHMENT_NAME_MAX),
    officeNumber: str(r['officeNumber'], SUMMARY_TEXT_MAX),
    removedAt: count(r['removedAt']),
    reason: oneOf(r['reason'], REMOVAL_REASONS),
    files: list(r['files'], 12).map((f) => str(f, 200)),
  }
}

/**
 * The index as stored, checked: every field of the right kind and within its bounds, at least one
 * and at most `ESTABLISHMENTS_MAX` rows, each id and each name (as `nameKey`) once. Null otherwise.
 */
export function decodeIndex(doc: unknown): IndexDocument | null {
  try {
    const d = plain(doc, ['format', 'version', 'rows', 'removed'])
    if (d['format'] !== INDEX_FORMAT || d['version'] !== 1) return null
    const establishments = list(d['rows'], ESTABLISHMENTS_MAX).map(row)
    if (establishments.length === 0) return null
    // Names are kept unique (as `nameKey`) by every write; read back, the exact text must differ.
    const ids = new Set(establishments.map((r) => r.id))
    const names = new Set(establishments.map((r) => r.name))
    if (ids.size !== establishments.length || names.size !== establishments.length) return null
    return { version: 1, establishments, removed: list(d['removed'], REMOVED_MAX).map(removed) }
  } catch (error) {
    if (error instanceof Reject) return null
    throw error
  }
}
