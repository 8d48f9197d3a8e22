import * as v from 'valibot'

/**
 * Data is kept per profile (one establishment) from the start. Until the UI for several profiles
 * lands, the renderer uses this one.
 */
export const DEFAULT_PROFILE_ID = 'default'

/** Profile ids: they name vault documents and timer entries, so they are short and plain. */
export const PROFILE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/

export const ProfileIdSchema = v.pipe(v.string(), v.regex(PROFILE_ID_PATTERN))

export const DOCUMENT_KINDS = ['profile', 'guide', 'drafts'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/** The vault's document id for one kind of a profile's data, e.g. `default_profile`. */
export const documentId = (profileId: string, kind: DocumentKind) => `${profileId}_${kind}`

/** Room for this many establishments: the cap on imports, timers and the establishment list. */
export const ESTABLISHMENTS_MAX = 200

/**
 * The vault document that lists the establishments (name, kana, 事業所番号 and each row's summary), so
 * that listing them never opens every profile. It is not a profile's document: it has no `_kind`.
 */
export const ESTABLISHMENT_INDEX_ID = 'establishments'
