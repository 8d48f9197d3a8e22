import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { ImportPreview } from '@shared/establishments'
import { useProfileStore } from '../../stores/profile'
import ImportSection from './ImportSection.vue'
import { fakeProfileApi } from './testing/fake-api'

const PREVIEW: ImportPreview = {
  fileName: 'client.hwnavi',
  establishments: [
    {
      key: 'e1',
      name: 'みなと商会',
      profileName: 'みなと商会',
      officeNumber: '1501-100004-3',
      drafts: 0,
      match: { id: 'default', name: '事業所1' },
    },
  ],
  skipped: 0,
}

function setup() {
  const fake = fakeProfileApi()
  const establishments = fake.api.establishments as Record<string, unknown>
  establishments['importRead'] = vi.fn(async () => ({ ok: true, value: PREVIEW }))
  establishments['importApply'] = vi.fn(async () => ({
    ok: true,
    value: { fileName: 'client.hwnavi', added: [], replaced: [], skipped: 0, view: null },
  }))
  establishments['importCancel'] = vi.fn(async () => ({ ok: true, value: undefined }))
  ;(fake.api as Record<string, unknown>)['vault'] = {
    status: vi.fn(async () => ({ ok: false, error: { code: 'internal' } })),
  }
  return fake
}

describe('ImportSection', () => {
  it('imports nothing while something typed cannot be saved, and says so', async () => {
    const { api, plugins } = setup()
    const profile = useProfileStore()
    await profile.load()
    const wrapper = mount(ImportSection, {
      props: { title: '読み込む', help: '' },
      global: { plugins },
    })
    await wrapper.get('#import-passphrase-first').setValue('long enough pass')
    await wrapper.get('[data-action="import"]').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('みなと商会')

    // An edit is pending and main cannot store it (the disk is full).
    api.profile.save.mockResolvedValue({ ok: false, error: { code: 'disk-full' } } as never)
    profile.setField('establishment.name', '株式会社テスト')
    await wrapper.get('[data-import-choice]').trigger('submit')
    await flushPromises()

    const establishments = api.establishments as Record<string, ReturnType<typeof vi.fn>>
    expect(establishments['importApply']).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('保存できていない入力があるため、読み込みませんでした')
    expect(profile.profile.establishment.name).toBe('株式会社テスト')
  })
})
