import * as v from 'valibot'

/**
 * Data is kept per profile (one establishment) from the start. Until the UI for several profiles
 * lands, the renderer uses this one.
 */
export const DEFAULT_PROFILE_ID = 'default'

export const ProfileIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/))

export const documentId = (profileId: string, kind: 'profile' | 'guide' | 'drafts') =>
  `${profileId}.${kind}`
