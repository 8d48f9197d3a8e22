import { withoutRemoteImages } from '@shared/drafts'
import {
  DOCUMENT_KINDS,
  ESTABLISHMENT_INDEX_ID,
  ESTABLISHMENTS_MAX,
  PROFILE_ID_PATTERN,
  type DocumentKind,
} from '@shared/profiles'
import type { ImportPolicy } from './vault'

/** `<profileId>_<kind>` → its parts; anything else (the index, copies kept aside) → undefined. */
export function splitDocumentId(id: string): { profileId: string; kind: DocumentKind } | undefined {
  const cut = id.lastIndexOf('_')
  if (cut <= 0) return undefined
  const kind = id.slice(cut + 1) as DocumentKind
  const profileId = id.slice(0, cut)
  if (!DOCUMENT_KINDS.includes(kind) || !PROFILE_ID_PATTERN.test(profileId)) return undefined
  return { profileId, kind }
}

/**
 * The documents the app itself writes: `<profileId>_profile`, `_guide` and `_drafts` per
 * establishment, and the establishment index. An export file may hold nothing else that gets in.
 */
export function isAppDocumentId(id: string): boolean {
  return id === ESTABLISHMENT_INDEX_ID || splitDocumentId(id) !== undefined
}

/** Room for every document of the most establishments the app keeps, plus their index. */
export const APP_DOCUMENTS_MAX = ESTABLISHMENTS_MAX * DOCUMENT_KINDS.length + 1

export const APP_IMPORT_POLICY: ImportPolicy = {
  accepts: isAppDocumentId,
  maxDocuments: APP_DOCUMENTS_MAX,
  sanitize: (id, doc) => (id.endsWith('_drafts') ? withoutRemoteImages(doc) : doc),
}
