import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { sampleDraft, sampleProfile } from '@shared/job-offer/testing/fixtures'
import { fakeProfileApi } from '../../components/profile/testing/fake-api'
import { useDraftsStore } from '../../stores/drafts'
import { useProfileStore } from '../../stores/profile'
import DraftsListView from './DraftsListView.vue'

describe('errors count: the drafts list', () => {
  it('a draft with a field in error is not 「入力済み」, and says how many to fix', async () => {
    const { plugins, api } = fakeProfileApi()
    Object.assign(api, {
      minwage: { list: vi.fn(async () => ({ ok: true, value: { rates: [], keptAside: 0 } })) },
    })
    const profiles = useProfileStore()
    profiles.profile = sampleProfile()
    profiles.loaded = true
    const good = sampleDraft()
    const bad = { ...sampleDraft(), id: 'draft-bad' }
    bad.job = { ...bad.job, title: '調'.repeat(501) }
    const drafts = useDraftsStore()
    drafts.drafts = [good, bad]
    drafts.loaded = true
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/:any(.*)*', name: 'any', component: { template: '<div />' } }],
    })
    for (const name of [
      'drafts',
      'drafts-edit',
      'drafts-check',
      'drafts-print',
      'copy-est-6',
      'profile',
      'guide-aftercare',
    ]) {
      router.addRoute({ path: `/${name}`, name, component: { template: '<div />' } })
    }
    const wrapper = mount(DraftsListView, {
      global: { plugins: [...plugins, router], stubs: { ReadinessPanel: true, DraftImages: true } },
    })
    await flushPromises()
    const status = (id: string) => wrapper.get(`[data-draft="${id}"] [data-missing-count]`)
    expect(status(good.id).text()).toBe('必須項目はすべて入力済み')
    expect(status('draft-bad').attributes('data-invalid-count')).toBe('1')
    expect(status('draft-bad').text()).toContain('要修正 1項目')
  })
})
