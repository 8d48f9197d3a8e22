import { documentId } from '@shared/profiles'
import type { GuideView } from '@shared/contract'
import {
  emptyProgress,
  GuideProgressSchema,
  StoredGuideSchema,
  type GuideProgress,
  type StoredGuide,
} from '@shared/guide/progress'
import { withinLimits } from '@shared/storage-limits'
import { loadDocument, previousOf, serially } from '../documents'
import type { Clock, DocumentStore } from '../ports'

const emptyStored = (): StoredGuide => ({ progress: emptyProgress(), lastChangedAt: null })

/** The user's progress through the guide, one encrypted vault document per profile id. */
export class GuideService {
  constructor(
    private readonly documents: DocumentStore,
    private readonly clock: Clock,
  ) {}

  private readonly tails = new Map<string, Promise<unknown>>()

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
      refused: [],
      notice: loaded.notice,
    }
  }

  /**
   * The payload was validated against GuideProgressSchema at the IPC boundary. The time of the
   * change is main's, so a renderer cannot date its own writes.
   */
  save(profileId: string, progress: GuideProgress): Promise<GuideView> {
    return serially(this.tails, profileId, async () => {
      const id = documentId(profileId, 'guide')
      const previous = await previousOf(this.documents, id)
      const before = typeof previous === 'object' && previous !== null ? previous : {}
      // Notes over their limit keep what was saved before; the rest of the progress is saved.
      const { doc, refused } = withinLimits(
        GuideProgressSchema,
        progress,
        (before as { progress?: unknown }).progress,
      )
      const stored: StoredGuide = { progress: doc, lastChangedAt: this.clock.now() }
      await this.documents.write(id, stored)
      return { profileId, progress, lastChangedAt: stored.lastChangedAt, refused, notice: null }
    })
  }
}
