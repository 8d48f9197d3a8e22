import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { sampleDraft, sampleProfile } from '@shared/job-offer/testing/fixtures'
import { createAppI18n } from '../../i18n/testing'
import { fakeEditsApi } from '../../testing/edits'
import { fakeEstablishmentsApi } from '../../testing/establishments'
import DraftScreenNav from './DraftScreenNav.vue'

async function mountNav(draft = sampleDraft()) {
  const api = { edits: fakeEditsApi().edits, ...fakeEstablishmentsApi() }
  Object.defineProperty(window, 'api', { value: api, configurable: true })
  setActivePinia(createPinia())
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<div />' } },
      { path: '/drafts/edit', name: 'drafts-edit', component: { template: '<div />' } },
    ],
  })
  const wrapper = mount(DraftScreenNav, {
    props: { draft, profile: sampleProfile(), current: 4 },
    global: { plugins: [createAppI18n('ja'), router] },
  })
  await flushPromises()
  return wrapper
}

const entry = (wrapper: Awaited<ReturnType<typeof mountNav>>, screen: number) =>
  wrapper.get(`[data-draft-screen="${screen}"]`).element.parentElement!

describe('DraftScreenNav', () => {
  it('shows a screen with every required field filled as done', async () => {
    const wrapper = await mountNav()
    const wages = entry(wrapper, 4)
    expect(wages.querySelector('[data-complete]')?.getAttribute('data-complete')).toBe('true')
    expect(wages.querySelector('[data-to-fix]')).toBeNull()
  })

  it('never shows a screen as done while a value on it has an error, required or not', async () => {
    const draft = sampleDraft()
    // An optional text longer than the app can store.
    draft.wage.raiseDetail = '昇給'.repeat(600)
    const wrapper = await mountNav(draft)
    const wages = entry(wrapper, 4)
    expect(wages.querySelector('[data-complete]')?.getAttribute('data-complete')).toBe('false')
    expect(wages.querySelector('[data-to-fix]')?.textContent).toBe('要修正 1項目')
  })
})
