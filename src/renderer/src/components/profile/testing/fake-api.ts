import { createPinia, setActivePinia } from 'pinia'
import { vi } from 'vitest'
import { emptyProfile, type Profile } from '@shared/profile/model'
import type { PostalProposal } from '@shared/postal'
import { createAppI18n } from '../../../i18n/testing'
import { fakeEditsApi } from '../../../testing/edits'
import { fakeEstablishmentsApi } from '../../../testing/establishments'

/** Test-only: a fake `window.api` for the profile components, and the plugins they need. */
export function fakeProfileApi(options: { profile?: Profile; postal?: PostalProposal } = {}) {
  const saved: Profile[] = []
  const { edits, held } = fakeEditsApi()
  const api = {
    edits,
    ...fakeEstablishmentsApi(),
    profile: {
      get: vi.fn(async (profileId: string) => ({
        ok: true,
        value: {
          profileId,
          profile: options.profile ?? emptyProfile(),
          savedAt: null,
          refused: [],
          notice: null,
        },
      })),
      save: vi.fn(async (profileId: string, profile: Profile) => {
        saved.push(structuredClone(profile))
        return {
          ok: true,
          value: { profileId, profile, savedAt: 1_764_000_000_000, refused: [], notice: null },
        }
      }),
    },
    postal: {
      lookup: vi.fn(async () =>
        options.postal
          ? { ok: true, value: options.postal }
          : { ok: false, error: { code: 'invalid-field', field: '0' } },
      ),
    },
  }
  Object.defineProperty(window, 'api', { value: api, configurable: true })
  const pinia = createPinia()
  setActivePinia(pinia)
  return { api, saved, held, plugins: [pinia, createAppI18n('ja')] }
}
