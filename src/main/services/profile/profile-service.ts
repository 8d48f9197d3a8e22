import { documentId } from '@shared/profiles'
import { emptyProfile, ProfileSchema, type Profile } from '@shared/profile/model'
import type { ProfileView } from '@shared/contract'
import { withinLimits } from '@shared/storage-limits'
import { loadDocument, previousOf, serially } from '../documents'
import type { Clock, DocumentStore } from '../ports'

/** The establishment profile, one encrypted vault document per profile id. */
export class ProfileService {
  constructor(
    private readonly documents: DocumentStore,
    private readonly clock: Clock,
  ) {}

  private readonly tails = new Map<string, Promise<unknown>>()

  async get(profileId: string): Promise<ProfileView> {
    const loaded = await loadDocument(
      this.documents,
      this.clock,
      documentId(profileId, 'profile'),
      ProfileSchema,
      emptyProfile,
    )
    return {
      profileId,
      profile: loaded.value,
      savedAt: loaded.savedAt,
      refused: [],
      notice: loaded.notice,
    }
  }

  /**
   * The payload was validated against ProfileSchema at the IPC boundary, text over its storage
   * limit let through: such a field keeps what was saved before, and is named in `refused`.
   * Saves of one profile run one after another, each on top of the last.
   */
  save(profileId: string, profile: Profile): Promise<ProfileView> {
    return serially(this.tails, profileId, async () => {
      const id = documentId(profileId, 'profile')
      const { doc, refused } = withinLimits(
        ProfileSchema,
        profile,
        await previousOf(this.documents, id),
      )
      await this.documents.write(id, doc)
      return { profileId, profile, savedAt: this.clock.now(), refused, notice: null }
    })
  }
}
