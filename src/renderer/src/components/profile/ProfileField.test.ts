import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useProfileStore } from '../../stores/profile'
import ProfileField from './ProfileField.vue'
import { fakeProfileApi } from './testing/fake-api'

async function mountField(path: string) {
  const { api, saved, plugins } = fakeProfileApi()
  const store = useProfileStore()
  await store.load()
  const wrapper = mount(ProfileField, {
    props: { path },
    global: { plugins },
    attachTo: document.body,
  })
  return { wrapper, store, api, saved }
}

describe('ProfileField', () => {
  afterEach(() => {
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  it('labels the control, ties hint, counter and messages to it, and counts live', async () => {
    const { wrapper } = await mountField('account.loginEmail')
    const input = wrapper.get('input')
    expect(wrapper.get('label').attributes('for')).toBe(input.attributes('id'))
    await input.setValue('採用＠ｅｘａｍｐｌｅ')
    const described = input.attributes('aria-describedby')!.split(' ')
    for (const id of described) expect(wrapper.find(`#${id}`).exists(), id).toBe(true)
    // The 100-character limit is verified: no "unverified" note.
    expect(wrapper.text()).toContain('10 / 100 文字')
    expect(wrapper.text()).not.toContain('未確認）')
    expect(wrapper.find('[data-code="chars"]').exists()).toBe(true)
    expect(input.attributes('aria-invalid')).toBe('true')
  })

  it('says when a length limit is not verified', async () => {
    const { wrapper } = await mountField('establishment.phone')
    await wrapper.get('input').setValue('03-1234-5678')
    expect(wrapper.text()).toContain('12 / 13 文字（上限は未確認）')
  })

  it('normalises on blur, never while composing, and after composition ends', async () => {
    const { wrapper, store } = await mountField('establishment.nameKana')
    const input = wrapper.get('input')
    await input.trigger('compositionstart')
    await input.setValue('やまだ')
    await input.trigger('blur')
    // Still composing: left exactly as typed.
    expect(store.profile.establishment.nameKana).toBe('やまだ')
    ;(input.element as HTMLInputElement).value = 'やまだ '
    await input.trigger('input')
    await input.trigger('compositionend')
    // Converted, the trailing space kept for the next word.
    expect(store.profile.establishment.nameKana).toBe('ヤマダ ')
    await input.trigger('blur')
    expect(store.profile.establishment.nameKana).toBe('ヤマダ')
  })

  it('says what the copy panel converts, instead of warning about it', async () => {
    const { wrapper, store } = await mountField('establishment.name')
    await wrapper.get('input').setValue('㈱髙橋商店 ABC')
    await wrapper.get('input').trigger('blur')
    expect(store.profile.establishment.name).toBe('㈱髙橋商店 ABC')
    expect(wrapper.find('[data-code="risky-chars"]').exists()).toBe(false)
    expect(wrapper.find('[data-code="chars"]').exists()).toBe(false)
    expect(wrapper.get('[data-on-copy-converted]').text()).toBe(
      'コピーするときに変換します：（株）高橋商店　ＡＢＣ',
    )
    expect(wrapper.find('[data-suggestion]').exists()).toBe(false)
  })

  it('names a tab and other invisible characters as removed when copied', async () => {
    const { wrapper } = await mountField('establishment.name')
    await wrapper.get('input').setValue('さくら\t工務\u200b\u200b店\u0007')
    expect(wrapper.get('[data-on-copy-removed]').text()).toBe(
      'コピーするときに取り除きます：タブ、見えない文字×3',
    )
    expect(wrapper.get('[data-on-copy-converted]').text()).toContain('さくら工務店')
    expect(wrapper.find('[data-code="risky-chars"]').exists()).toBe(false)
  })

  it('settles 〒, full-width digits and 法人番号 separators on blur', async () => {
    const { wrapper, store } = await mountField('company.corporateNumber')
    await wrapper.get('input').setValue('４-１１００-０１０２-３４５６')
    await wrapper.get('input').trigger('blur')
    expect(store.profile.company.corporateNumber).toBe('4110001023456')
    expect(wrapper.find('[data-code]').exists()).toBe(false)
  })

  it('names the unit of a count and offers the number, applied only when accepted', async () => {
    const { wrapper, store } = await mountField('company.employeesTotal')
    await wrapper.get('input').setValue('２５人')
    await wrapper.get('input').trigger('blur')
    expect(store.profile.company.employeesTotal).toBe('25人')
    expect(wrapper.get('[data-code="format"]').text()).toBe(
      '確認：「人」は入れず、数字だけで入力します。',
    )
    const suggestion = wrapper.get('[data-suggestion]')
    expect(suggestion.text()).toContain('提案：25')
    expect(suggestion.text()).toContain('理由：単位を取る')
    await suggestion.get('button').trigger('click')
    await flushPromises()
    expect(store.profile.company.employeesTotal).toBe('25')
    expect(wrapper.find('[data-suggestion]').exists()).toBe(false)
    // The button is gone: focus is on the field it changed, not on the page body.
    expect(document.activeElement).toBe(wrapper.get('input').element)
    wrapper.unmount()
  })

  it('offers 設立年 in 和暦 as 西暦, naming the era', async () => {
    const { wrapper } = await mountField('company.foundedYear')
    await wrapper.get('input').setValue('平成10年')
    await wrapper.get('input').trigger('blur')
    expect(wrapper.get('[data-code="format"]').text()).toBe(
      '確認：平成10年は西暦1998年です。設立年は西暦の4桁で入力します。',
    )
    expect(wrapper.get('[data-suggestion]').text()).toContain('提案：1998')
  })

  it('shows "required" only after the user has been in the field', async () => {
    const { wrapper } = await mountField('establishment.name')
    expect(wrapper.find('[data-code="required"]').exists()).toBe(false)
    await wrapper.get('input').trigger('blur')
    expect(wrapper.find('[data-code="required"]').exists()).toBe(true)
  })

  it('is read-only when the profile could not be loaded', async () => {
    const { api, plugins } = fakeProfileApi()
    api.profile.get.mockResolvedValueOnce({
      ok: false,
      error: { code: 'locked' },
    } as never)
    const store = useProfileStore()
    await store.load()
    const wrapper = mount(ProfileField, {
      props: { path: 'establishment.name' },
      global: { plugins },
    })
    expect(wrapper.get('input').attributes('readonly')).toBeDefined()
    store.setField('establishment.name', 'x')
    expect(store.profile.establishment.name).toBe('')
    await flushPromises()
  })
})
