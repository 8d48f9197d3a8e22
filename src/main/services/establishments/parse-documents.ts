import { emptyStoredDrafts, StoredDraftsSchema } from '@shared/drafts'
import { emptyProgress, StoredGuideSchema, type GuideProgress } from '@shared/guide/progress'
import type { JobOfferDraft } from '@shared/job-offer/model'
import { emptyProfile, ProfileSchema, type Profile } from '@shared/profile/model'
import { parseTolerant } from '@shared/storage-limits'

/** One establishment's three documents, as read (each may be missing or unreadable). */
export interface RawDocuments {
  profile?: unknown
  guide?: unknown
  drafts?: unknown
}

export interface EstablishmentDocuments {
  profile: Profile
  guide: GuideProgress
  drafts: JobOfferDraft[]
}

/** One document as its area reads it; missing or not fitting its schema counts as empty here. */
export function parseDocument<K extends keyof EstablishmentDocuments>(
  kind: K,
  raw: unknown,
): EstablishmentDocuments[K] {
  const parsers: {
    [P in keyof EstablishmentDocuments]: (raw: unknown) => EstablishmentDocuments[P]
  } = {
    profile: (doc) => {
      const parsed = doc === undefined ? null : parseTolerant(ProfileSchema, doc)
      return parsed?.success ? parsed.output : emptyProfile()
    },
    guide: (doc) => {
      const parsed = doc === undefined ? null : parseTolerant(StoredGuideSchema, doc)
      return parsed?.success ? parsed.output.progress : emptyProgress()
    },
    drafts: (doc) => {
      const parsed = doc === undefined ? null : parseTolerant(StoredDraftsSchema, doc)
      return (parsed?.success ? parsed.output : emptyStoredDrafts()).drafts
    },
  }
  return parsers[kind](raw)
}

/** The three documents as the areas read them (each opened area says when one was kept aside). */
export function parseDocuments(raw: RawDocuments): EstablishmentDocuments {
  return {
    profile: parseDocument('profile', raw.profile),
    guide: parseDocument('guide', raw.guide),
    drafts: parseDocument('drafts', raw.drafts),
  }
}
