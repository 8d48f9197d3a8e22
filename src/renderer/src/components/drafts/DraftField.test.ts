import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { sampleDraft, sampleProfile } from '@shared/job-offer/testing/fixtures'
import { createAppI18n } from '../../i18n/testing'
import { useDraftsStore } from '../../stores/drafts'
import DraftField from './DraftField.vue'
import { fakeEditsApi } from '../../testing/edits'
import { fakeEstablishmentsApi } from '../../testing/establishments'
import { useEstablishmentsStore } from '../../stores/establishments'

/** The draft editor says what the copy panel converts or removes, and settles on blur. */
describe('DraftField', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    Object.defineProperty(window, 'api', {
      value: {
        edits: fakeEditsApi().edits,
        ...fakeEstablishmentsApi(),
        drafts: { save: vi.fn(async () => ({ ok: false, error: { code: 'internal' } })) },
      },
      configurable: true,
    })
    setActivePinia(createPinia())
  })

  function mountField(field: string, value: string) {
    const drafts = useDraftsStore()
    const draft = sampleDraft()
    drafts.drafts = [draft]
    drafts.loaded = true
    drafts.loadedFor = 'default'
    useEstablishmentsStore().activeId = 'default'
    drafts.setField(draft.id, field, value)
    const wrapper = mount(DraftField, {
      props: { draft: drafts.drafts[0]!, profile: sampleProfile(), field },
      global: { plugins: [createAppI18n('ja')] },
    })
    return { wrapper, drafts }
  }

  it('says "converted when copied" instead of warning about characters the panel converts', () => {
    const { wrapper } = mountField('job.title', 'ﾄﾗｯｸ運転手(2t)㈱')
    expect(wrapper.find('[data-code="chars"]').exists()).toBe(false)
    expect(wrapper.find('[data-code="risky-chars"]').exists()).toBe(false)
    expect(wrapper.get('[data-on-copy-converted]').text()).toBe(
      'コピーするときに変換します：トラック運転手（２ｔ）（株）',
    )
  })

  it('names a tab as removed when copied', () => {
    const { wrapper } = mountField('job.title', '大工\t見習い')
    expect(wrapper.get('[data-on-copy-removed]').text()).toBe('コピーするときに取り除きます：タブ')
    const described = wrapper.get('input').attributes('aria-describedby')!.split(' ')
    for (const id of described) expect(wrapper.find(`#${id}`).exists(), id).toBe(true)
  })

  it('settles a カナ field on blur: hiragana to katakana, a half-width space full-width', async () => {
    const { wrapper, drafts } = mountField('selection.contact.nameKana', 'さとう みさき')
    await wrapper.get('input').trigger('blur')
    expect(drafts.drafts[0]?.selection.contact.nameKana).toBe('サトウ　ミサキ')
  })

  it('takes the 派遣 permit number in its real form and explains the form otherwise', async () => {
    const { wrapper, drafts } = mountField('category.dispatchPermitNumber', '派１３－１２３４５６')
    const d = drafts.drafts[0]!
    d.category.dispatch = 'dispatch'
    await wrapper.get('input').trigger('blur')
    expect(d.category.dispatchPermitNumber).toBe('派13-123456')
    expect(wrapper.find('[data-code]').exists()).toBe(false)
    drafts.setField(d.id, 'category.dispatchPermitNumber', '13-123456')
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[data-code="format"]').text()).toBe(
      '確認：許可番号は「派」・都道府県の番号2桁・6桁の番号の形です（例：派13-123456）。',
    )
  })
})
