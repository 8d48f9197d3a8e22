import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '../../i18n/testing'
import { fakeEditsApi } from '../../testing/edits'
import { establishmentRow, fakeEstablishmentsApi } from '../../testing/establishments'
import HomeOffersEnding from './HomeOffersEnding.vue'

function mountWith(rows: ReturnType<typeof establishmentRow>[]) {
  Object.defineProperty(window, 'api', {
    value: { ...fakeEditsApi(), ...fakeEstablishmentsApi(rows) },
    configurable: true,
  })
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<div />' } },
      { path: '/drafts', name: 'drafts', component: { template: '<div />' } },
      { path: '/guide/aftercare', name: 'guide-aftercare', component: { template: '<div />' } },
    ],
  })
  return mount(HomeOffersEnding, { global: { plugins: [pinia, router, createAppI18n('ja')] } })
}

const ending = (draftId: string, validUntil: string) => ({
  draftId,
  title: `求人 ${draftId}`,
  validUntil,
  offerNumber: '',
})

describe('offers ending soon on the home screen', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-06-20T10:00:00+09:00') }))
  afterEach(() => vi.useRealTimers())

  it('lists those of every establishment, under its name, soonest first', async () => {
    const one = establishmentRow('default', 'さくら工務店')
    one.summary.endings = [ending('late', '2026-08-31'), ending('soon', '2026-06-30')]
    const two = establishmentRow('est-2', 'みなと商会')
    two.summary.endings = [ending('today', '2026-06-20'), ending('ended', '2026-06-19')]
    const wrapper = mountWith([one, two])
    await flushPromises()
    const groups = wrapper.findAll('[data-ending-establishment]')
    expect(groups.map((g) => g.get('h3').text())).toEqual(['さくら工務店', 'みなと商会'])
    expect(wrapper.findAll('[data-ending]').map((e) => e.attributes('data-ending'))).toEqual([
      'soon',
      'today',
    ])
    // The other establishment's drafts are opened by switching to it first.
    expect(groups[1]!.get('[data-ending-drafts]').text()).toContain('みなと商会')
  })

  it('shows nothing when no offer ends soon', async () => {
    const wrapper = mountWith([establishmentRow('default', 'さくら工務店')])
    await flushPromises()
    expect(wrapper.find('[data-offers-ending]').exists()).toBe(false)
  })
})
