import { documentId } from '@shared/profiles'
import type { GuideView } from '@shared/contract'
import {
  emptyProgress,
  StoredGuideSchema,
  type GuideProgress,
  type StoredGuide,
} from '@shared/guide/progress'
import { loadDocument } from '../documents'
import type { Clock, DocumentStore } from '../ports'

const emptyStored = (): StoredGuide => ({ progress: emptyProgress(), lastChangedAt: null })

/** The user's progress through the guide, one encrypted vault document per profile id. */
export class GuideService {
  constructor(
    private readonly documents: DocumentStore,
    private readonly clock: Clock,
  ) {}

  async get(profileId: string): Promise<GuideView> {
    const loaded = await loadDocument(
      this.documents,
      this.clock,
      documentId(profileId, 'guide'),
      StoredGuideSchema,
      emptyStored,
    )
    return {
      profileId,
      progress: loaded.value.progress,
      lastChangedAt: loaded.value.lastChangedAt,
      notice: loaded.notice,
    }
  }

  /**
   * The payload was validated against GuideProgressSchema at the IPC boundary. The time of the
   * change is main's, so a renderer cannot date its own writes.
   */
  async save(profileId: string, progress: GuideProgress): Promise<GuideView> {
    const stored: StoredGuide = { progress, lastChangedAt: this.clock.now() }
    await this.documents.write(documentId(profileId, 'guide'), stored)
    return { profileId, progress, lastChangedAt: stored.lastChangedAt, notice: null }
  }
}
