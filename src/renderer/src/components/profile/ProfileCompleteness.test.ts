import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { sampleProfile } from '@shared/job-offer/testing/fixtures'
import { useProfileStore } from '../../stores/profile'
import ProfileCompleteness from './ProfileCompleteness.vue'
import ProfileField from './ProfileField.vue'
import { fakeProfileApi } from './testing/fake-api'

function router() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', name: 'any', component: { template: '<div />' } }],
  })
}

describe('errors count: the overview', () => {
  it('an invalid 法人番号 and login e-mail are not 「すべて入力済み」', async () => {
    const { plugins } = fakeProfileApi()
    const store = useProfileStore()
    store.profile = sampleProfile()
    store.loaded = true
    const r = router()
    for (const [name, route] of [
      ['profile-company', '/c'],
      ['profile-establishment', '/e'],
      ['profile-details', '/d'],
      ['profile-workplaces', '/w'],
      ['profile-pr', '/p'],
      ['profile-account', '/a'],
    ] as const) {
      r.addRoute({ path: route, name, component: { template: '<div />' } })
    }
    const wrapper = mount(ProfileCompleteness, { global: { plugins: [...plugins, r] } })
    const row = (id: string) => wrapper.get(`[data-completeness="${id}"]`)
    expect(row('company').find('.profile-complete').exists()).toBe(true)
    expect(row('account').find('.profile-complete').exists()).toBe(true)

    store.profile.company.corporateNumber = '7-1234-5678-9012'
    store.profile.account.loginEmail = 'a@b@c.example'
    await wrapper.vm.$nextTick()
    expect(row('company').find('.profile-complete').exists()).toBe(false)
    expect(row('company').get('[data-to-fix]').text()).toBe('要修正: 法人番号')
    expect(row('account').find('.profile-complete').exists()).toBe(false)
    expect(row('account').get('[data-to-fix]').text()).toContain('メールアドレス')
  })
})

describe('per-field limits: the inputs', () => {
  it('never cuts a paste longer than the field can store: kept, and named on the field', async () => {
    const { plugins } = fakeProfileApi()
    await useProfileStore().load()
    for (const [path, max] of [
      ['company.name', 500],
      ['establishment.business', 4000],
    ] as const) {
      const wrapper = mount(ProfileField, {
        props: { path, multiline: path === 'establishment.business' },
        global: { plugins },
      })
      const control = wrapper.get(`[data-field="${path}"]`)
      expect(control.attributes('maxlength')).toBeUndefined()
      await control.setValue('長'.repeat(max + 1))
      expect((control.element as HTMLInputElement).value).toHaveLength(max + 1)
      expect(useProfileStore().profile).toMatchObject(
        path === 'company.name'
          ? { company: { name: '長'.repeat(max + 1) } }
          : { establishment: { business: '長'.repeat(max + 1) } },
      )
      expect(wrapper.find('[data-code="over-storage-limit"]').text()).toContain(String(max))
      wrapper.unmount()
    }
  })
})
