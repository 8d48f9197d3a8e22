import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { useProfileStore } from '../../stores/profile'
import AddressFields from './AddressFields.vue'
import PostalLookup from './PostalLookup.vue'
import { fakeProfileApi } from './testing/fake-api'

const several = {
  postalCode: '452-0961',
  candidates: [
    { prefecture: '愛知県', city: '清須市', town: '春日振形' },
    { prefecture: '愛知県', city: '清須市', town: '春日夢の森' },
  ],
}

describe('PostalLookup', () => {
  it('proposes several towns, lets the user pick, and writes only on "use this address"', async () => {
    const { api, plugins } = fakeProfileApi({ postal: several })
    const store = useProfileStore()
    await store.load()
    store.setField('establishment.address.postalCode', '452-0961')
    store.setField('establishment.address.street', '1-2-3')
    const wrapper = mount(PostalLookup, {
      props: { prefix: 'establishment.address' },
      global: { plugins },
    })
    await wrapper.get('[data-action="postal-lookup"]').trigger('click')
    await flushPromises()
    expect(api.postal.lookup).toHaveBeenCalledWith('452-0961')
    expect(wrapper.text()).toContain('2件の候補')
    // Proposing changed nothing.
    expect(store.profile.establishment.address.city).toBe('')
    await wrapper.get('select').setValue('1')
    await wrapper.get('[data-action="postal-apply"]').trigger('click')
    expect(store.profile.establishment.address).toMatchObject({
      prefecture: '愛知県',
      city: '清須市',
      town: '春日夢の森',
      street: '1-2-3',
    })
  })

  it('warns before replacing what the user typed', async () => {
    const { plugins } = fakeProfileApi({
      postal: {
        postalCode: '104-0061',
        candidates: [{ prefecture: '東京都', city: '中央区', town: '銀座' }],
      },
    })
    const store = useProfileStore()
    await store.load()
    store.setField('company.headOffice.postalCode', '104-0061')
    store.setField('company.headOffice.city', '港区')
    const wrapper = mount(PostalLookup, {
      props: { prefix: 'company.headOffice' },
      global: { plugins },
    })
    await wrapper.get('[data-action="postal-lookup"]').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('いま入っている「港区」は置き換わります')
    expect(store.profile.company.headOffice.city).toBe('港区')
  })

  it('explains a malformed code', async () => {
    const { plugins } = fakeProfileApi()
    const store = useProfileStore()
    await store.load()
    const wrapper = mount(PostalLookup, {
      props: { prefix: 'establishment.address' },
      global: { plugins },
    })
    await wrapper.get('[data-action="postal-lookup"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toContain('7桁')
  })

  it('moves focus to the result after 住所を検索 and to the filled field after この住所を入れる', async () => {
    const { plugins } = fakeProfileApi({ postal: several })
    const store = useProfileStore()
    await store.load()
    store.setField('establishment.address.postalCode', '452-0961')
    const wrapper = mount(AddressFields, {
      props: { prefix: 'establishment.address', legend: '所在地' },
      global: { plugins },
      attachTo: document.body,
    })
    await wrapper.get('[data-action="postal-lookup"]').trigger('click')
    await flushPromises()
    expect(document.activeElement).toBe(wrapper.get('[data-postal-choice]').element)
    await wrapper.get('[data-action="postal-apply"]').trigger('click')
    await flushPromises()
    expect(document.activeElement).toBe(
      wrapper.get('[data-field="establishment.address.prefecture"]').element,
    )
    wrapper.unmount()
  })

  it('moves focus to the message when there is no proposal', async () => {
    const { plugins } = fakeProfileApi()
    const store = useProfileStore()
    await store.load()
    const wrapper = mount(PostalLookup, {
      props: { prefix: 'establishment.address' },
      global: { plugins },
      attachTo: document.body,
    })
    await wrapper.get('[data-action="postal-lookup"]').trigger('click')
    await flushPromises()
    expect(document.activeElement?.getAttribute('role')).toBe('status')
    expect(document.activeElement?.textContent).not.toBe('')
    wrapper.unmount()
  })
})
