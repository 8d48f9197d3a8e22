import { documentId } from '@shared/profiles'
import { emptyProfile, ProfileSchema, type Profile } from '@shared/profile/model'
import type { ProfileView } from '@shared/contract'
import { loadDocument } from '../documents'
import type { Clock, DocumentStore } from '../ports'

/** The establishment profile, one encrypted vault document per profile id. */
export class ProfileService {
  constructor(
    private readonly documents: DocumentStore,
    private readonly clock: Clock,
  ) {}

  async get(profileId: string): Promise<ProfileView> {
    const loaded = await loadDocument(
      this.documents,
      this.clock,
      documentId(profileId, 'profile'),
      ProfileSchema,
      emptyProfile,
    )
    return { profileId, profile: loaded.value, savedAt: loaded.savedAt, notice: loaded.notice }
  }

  /** The payload was validated against ProfileSchema at the IPC boundary. */
  async save(profileId: string, profile: Profile): Promise<ProfileView> {
    await this.documents.write(documentId(profileId, 'profile'), profile)
    return { profileId, profile, savedAt: this.clock.now(), notice: null }
  }
}
