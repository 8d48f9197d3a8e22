import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { useProfileStore } from '../../stores/profile'
import ExportSection from './ExportSection.vue'
import { fakeProfileApi } from './testing/fake-api'

describe('ExportSection', () => {
  it('asks for the passphrase twice, at least 10 characters, before calling main', async () => {
    const { api, plugins } = fakeProfileApi()
    await useProfileStore().load()
    const wrapper = mount(ExportSection, { global: { plugins } })
    const [first, second] = wrapper.findAll('input[type="password"]')
    await first!.setValue('short')
    await wrapper.get('[data-action="export"]').trigger('click')
    expect(wrapper.text()).toContain('10文字以上')
    expect(first!.attributes('aria-invalid')).toBe('true')
    await first!.setValue('long enough pass')
    await second!.setValue('long enough pasS')
    await wrapper.get('[data-action="export"]').trigger('click')
    expect(wrapper.text()).toContain('一致しません')
    expect(api.establishments.exportTo).not.toHaveBeenCalled()
    await second!.setValue('long enough pass')
    await wrapper.get('[data-action="export"]').trigger('click')
    await flushPromises()
    expect(api.establishments.exportTo).toHaveBeenCalledWith('long enough pass', ['default'])
    expect(wrapper.get('[data-result="export"]').text()).toContain('x.hwnavi')
    // The passphrase is forgotten after use.
    expect((first!.element as HTMLInputElement).value).toBe('')
  })
})
