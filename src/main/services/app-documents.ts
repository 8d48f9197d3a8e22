import { withoutRemoteImages } from '@shared/drafts'
import {
  DOCUMENT_KINDS,
  ESTABLISHMENT_INDEX_ID,
  ESTABLISHMENTS_MAX,
  PROFILE_ID_PATTERN,
} from '@shared/profiles'
import type { ImportPolicy } from './vault'

/**
 * The documents the app itself writes: `<profileId>_profile`, `_guide` and `_drafts` per
 * establishment, and the establishment index. An export file may hold nothing else that gets in.
 */
export function isAppDocumentId(id: string): boolean {
  if (id === ESTABLISHMENT_INDEX_ID) return true
  const cut = id.lastIndexOf('_')
  if (cut <= 0) return false
  const kind = id.slice(cut + 1)
  return (
    (DOCUMENT_KINDS as readonly string[]).includes(kind) &&
    PROFILE_ID_PATTERN.test(id.slice(0, cut))
  )
}

/** Room for every document of the most establishments the app keeps, plus their index. */
export const APP_DOCUMENTS_MAX = ESTABLISHMENTS_MAX * DOCUMENT_KINDS.length + 1

export const APP_IMPORT_POLICY: ImportPolicy = {
  accepts: isAppDocumentId,
  maxDocuments: APP_DOCUMENTS_MAX,
  sanitize: (id, doc) => (id.endsWith('_drafts') ? withoutRemoteImages(doc) : doc),
}
