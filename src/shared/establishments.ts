import * as v from 'valibot'
import { ESTABLISHMENTS_MAX, ProfileIdSchema } from './profiles'

/**
 * Several establishments in one app: what the `establishments:*` channels carry and what the
 * establishment index (`ESTABLISHMENT_INDEX_ID`, one encrypted vault document) keeps, so that listing
 * them never opens every profile. Plain valibot and types: main, the preload and the renderer use it.
 */

/** A name a person gives an establishment in the list (the profile's 事業所名 is separate). */
export const ESTABLISHMENT_NAME_MAX = 100
export const ESTABLISHMENT_KANA_MAX = 100
/** The list offers a search once there are more than this many. */
export const SEARCH_FROM = 10

const name = v.pipe(v.string(), v.maxLength(ESTABLISHMENT_NAME_MAX))
const kana = v.pipe(v.string(), v.maxLength(ESTABLISHMENT_KANA_MAX))

/** What create, rename and duplicate take: the name (required, unique) and its reading. */
export const EstablishmentInputSchema = v.strictObject({ name, kana })
export type EstablishmentInput = v.InferOutput<typeof EstablishmentInputSchema>

export const GUIDE_CASES = ['1-1', '1-2', '2', 'unsure'] as const

/** An accepted offer and its last valid day (the home screen lists those ending soon). */
export interface Ending {
  draftId: string
  title: string
  /** The offer's last valid day. */
  validUntil: string
  offerNumber: string
}

/**
 * What a row of the list shows, made when that establishment's profile, guide or drafts are saved
 * (never by opening every establishment to list them).
 */
export interface EstablishmentSummary {
  /** The profile's 事業所名 and 事業所番号, as typed ('' when not entered). */
  profileName: string
  officeNumber: string
  /** Required fields of the profile filled without an error, of all required; fields in error. */
  profileDone: number
  profileTotal: number
  profileErrors: number
  drafts: number
  /** Drafts the offer check has something to say about, and those it says Hello Work may refuse. */
  draftsWithFindings: number
  draftsRefused: number
  /**
   * The day the offer check ran for these counts (the minimum wage depends on the day and on the
   * rates entered then): the list says "as of" it. Null while there are no drafts.
   */
  findingsOn: string | null
  /** The guide's case ('unsure' when the answers do not settle it), and its steps done of all. */
  guideCase: (typeof GUIDE_CASES)[number] | null
  stepsDone: number
  stepsTotal: number
  /** The 本登録 deadline while one runs: 仮登録 done, the 14-day rule not ruled out, 本登録 not done. */
  deadline: string | null
  endings: Ending[]
}

export interface EstablishmentRow {
  id: string
  name: string
  kana: string
  /**
   * The app gave the name (「事業所1」, or the 事業所名 found in the documents): it follows the
   * profile's 事業所名 until the user names the establishment themselves.
   */
  autoName: boolean
  /** The last save of its profile, guide or drafts (null before the first). */
  changedAt: number | null
  summary: EstablishmentSummary
}

/** Why an establishment's documents were moved aside: removed by the user, or replaced by an import. */
export const REMOVAL_REASONS = ['removed', 'replaced'] as const
export type RemovalReason = (typeof REMOVAL_REASONS)[number]

/** An establishment whose documents are kept aside in the vault folder: it can be put back. */
export interface RemovedEstablishment {
  id: string
  name: string
  officeNumber: string
  removedAt: number
  reason: RemovalReason
  /** The vault file names its documents were moved to (names in the data folder, never paths). */
  files: string[]
}

export const REMOVED_MAX = 1000
/** At most this many accepted offers per row (a profile's drafts are capped at 50). */
export const ENDINGS_MAX = 50
/** Bounds of the index's texts: the profile's fields, a draft id, a file name. */
export const SUMMARY_TEXT_MAX = 500

/** The index as main holds it (see `index-codec.ts` for how the vault keeps it). */
export interface IndexDocument {
  version: 1
  establishments: EstablishmentRow[]
  removed: RemovedEstablishment[]
}

/**
 * What the list says about itself: the index could not be read (or was missing while documents
 * existed) and was made again from the documents, or establishments the index did not know were
 * found in the data folder and added.
 */
export type IndexNotice =
  | { kind: 'rebuilt'; reason: 'missing' | 'unreadable'; establishments: number; keptAs?: string }
  | { kind: 'found'; establishments: number }

export interface EstablishmentsView {
  establishments: EstablishmentRow[]
  /** The establishment every screen is about (a setting). */
  activeId: string
  removed: RemovedEstablishment[]
  notice: IndexNotice | null
}

export interface CreatedEstablishment {
  view: EstablishmentsView
  id: string
}

/** Names one removed establishment (the same id may have been removed more than once). */
export const RemovedKeySchema = v.strictObject({
  id: ProfileIdSchema,
  removedAt: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
})
export type RemovedKey = v.InferOutput<typeof RemovedKeySchema>

/** The establishments an export file holds: one, several or all, each once. */
export const ExportIdsSchema = v.pipe(
  v.array(ProfileIdSchema),
  v.minLength(1),
  v.maxLength(ESTABLISHMENTS_MAX),
  v.check((ids) => new Set(ids).size === ids.length, 'Duplicate establishment'),
)

/** One establishment found in an import file (`key` is its id in the file, never used here). */
export interface ImportCandidate {
  key: string
  name: string
  profileName: string
  officeNumber: string
  drafts: number
  /** An establishment here with the same 事業所番号 (the 法人番号 never counts: sites share it). */
  match: { id: string; name: string } | null
}

export interface ImportPreview {
  fileName: string
  establishments: ImportCandidate[]
  /** Documents in the file that are not the app's own data: left out. */
  skipped: number
}

export const IMPORT_ACTIONS = ['new', 'replace'] as const
export type ImportAction = (typeof IMPORT_ACTIONS)[number]

/** What to do with each establishment of the file read last; unnamed ones are added as new. */
export const ImportChoicesSchema = v.pipe(
  v.array(v.strictObject({ key: ProfileIdSchema, action: v.picklist(IMPORT_ACTIONS) })),
  v.maxLength(ESTABLISHMENTS_MAX),
)
export type ImportChoice = v.InferOutput<typeof ImportChoicesSchema>[number]

export interface ImportOutcome {
  fileName: string
  added: Array<{ id: string; name: string }>
  replaced: Array<{ id: string; name: string }>
  skipped: number
  view: EstablishmentsView
}

/** How names are compared: width (全角・半角), case and spaces do not make two names differ. */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase()
}

/** Text for searching: as `nameKey`, and katakana read as hiragana, hyphens dropped. */
export function searchKey(text: string): string {
  return nameKey(text)
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/[-‐−]/g, '')
}

/** A row matches when its name, reading, 事業所名 or 事業所番号 contains the query. */
export function matchesQuery(row: EstablishmentRow, query: string): boolean {
  const q = searchKey(query)
  if (q === '') return true
  return [row.name, row.kana, row.summary.profileName, row.summary.officeNumber].some((s) =>
    searchKey(s).includes(q),
  )
}

/** 事業所番号 compared by its digits only (typed with or without hyphens, in any width). */
export function officeNumberKey(text: string): string {
  return text.normalize('NFKC').replace(/\D/g, '')
}
