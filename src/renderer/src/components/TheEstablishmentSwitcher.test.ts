import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '../i18n/testing'
import { fakeEditsApi } from '../testing/edits'
import { establishmentRow, fakeEstablishmentsApi } from '../testing/establishments'
import TheEstablishmentSwitcher from './TheEstablishmentSwitcher.vue'

function mountWith(count: number) {
  const rows = Array.from({ length: count }, (_, i) =>
    establishmentRow(
      i === 0 ? 'default' : `est-${i}`,
      i === 3 ? 'みなと商会' : `事業所${i + 1}`,
      i === 3 ? '1301-222222-2' : '',
    ),
  )
  const api = { ...fakeEditsApi(), ...fakeEstablishmentsApi(rows) }
  Object.defineProperty(window, 'api', { value: api, configurable: true })
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<div />' } },
      { path: '/establishments', name: 'establishments', component: { template: '<div />' } },
    ],
  })
  const wrapper = mount(TheEstablishmentSwitcher, {
    attachTo: document.body,
    global: { plugins: [pinia, router, createAppI18n('ja')] },
  })
  return { wrapper, api }
}

describe('TheEstablishmentSwitcher', () => {
  it('names the active establishment, and its 事業所番号 once known', async () => {
    const { wrapper, api } = mountWith(4)
    await flushPromises()
    const button = wrapper.get('[data-switcher-button]')
    expect(button.text()).toContain('事業所1')
    expect(button.attributes('aria-expanded')).toBe('false')
    await button.trigger('click')
    await wrapper.get('[data-switch-to="est-3"]').trigger('click')
    await flushPromises()
    expect(api.establishments.activate).toHaveBeenCalledWith('est-3')
    expect(button.text()).toContain('みなと商会')
    expect(button.text()).toContain('事業所番号 1301-222222-2')
    expect(wrapper.get('[data-switcher-panel]').isVisible()).toBe(false)
    wrapper.unmount()
  })

  it('offers a search once there are more than ten, by name or number', async () => {
    const small = mountWith(10)
    await flushPromises()
    await small.wrapper.get('[data-switcher-button]').trigger('click')
    expect(small.wrapper.find('[data-switcher-search]').exists()).toBe(false)
    small.wrapper.unmount()

    const { wrapper } = mountWith(11)
    await flushPromises()
    await wrapper.get('[data-switcher-button]').trigger('click')
    await flushPromises()
    const search = wrapper.get('[data-switcher-search]')
    expect(document.activeElement).toBe(search.element)
    await search.setValue('222222')
    expect(wrapper.findAll('[data-switch-to]').map((b) => b.attributes('data-switch-to'))).toEqual([
      'est-3',
    ])
    // Katakana finds hiragana, full-width digits half-width ones.
    await search.setValue('ミナト')
    expect(wrapper.findAll('[data-switch-to]')).toHaveLength(1)
    await search.setValue('２２２２２２')
    expect(wrapper.findAll('[data-switch-to]')).toHaveLength(1)
    await search.setValue('該当なし')
    expect(wrapper.text()).toContain('条件に合う事業所はありません')
    wrapper.unmount()
  })

  it('closes on Escape and gives the focus back to its button', async () => {
    const { wrapper } = mountWith(3)
    await flushPromises()
    const button = wrapper.get('[data-switcher-button]')
    await button.trigger('click')
    await flushPromises()
    expect(button.attributes('aria-expanded')).toBe('true')
    // The current establishment has the focus, marked as current.
    expect(document.activeElement?.getAttribute('aria-current')).toBe('true')
    await wrapper.get('[data-switcher-panel]').trigger('keydown', { key: 'ArrowDown' })
    expect(document.activeElement?.getAttribute('data-switch-to')).toBe('est-1')
    await wrapper.get('[data-switcher-panel]').trigger('keydown', { key: 'Escape' })
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(button.element)
    wrapper.unmount()
  })
})
