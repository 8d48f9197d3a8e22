import * as v from 'valibot'

/**
 * Data is kept per profile (one establishment) from the start. Until the UI for several profiles
 * lands, the renderer uses this one.
 */
export const DEFAULT_PROFILE_ID = 'default'

export const ProfileIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/))

export type DocumentKind = 'profile' | 'guide' | 'drafts'

/** The vault's document id for one kind of a profile's data, e.g. `default_profile`. */
export const documentId = (profileId: string, kind: DocumentKind) => `${profileId}_${kind}`

/** Room for this many establishments: the cap on imports, timers and the establishment list. */
export const ESTABLISHMENTS_MAX = 200

/**
 * The vault document that lists the establishments (name, kana, 事業所番号 and each row's summary), so
 * that listing them never opens every profile. It is not a profile's document: it has no `_kind`.
 */
export const ESTABLISHMENT_INDEX_ID = 'establishments'
