import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createAppI18n } from '../../i18n/testing'
import { useGuideStore } from '../../stores/guide'
import { fakeEditsApi } from '../../testing/edits'
import GuideHonTorokuRule from './GuideHonTorokuRule.vue'
import { fakeEstablishmentsApi } from '../../testing/establishments'

function mountRule() {
  const pinia = createPinia()
  setActivePinia(pinia)
  Object.defineProperty(window, 'api', {
    value: {
      ...fakeEditsApi(),
      ...fakeEstablishmentsApi(),
      guide: { save: async () => ({ ok: false, error: { code: 'internal' } }) },
    },
    configurable: true,
  })
  const wrapper = mount(GuideHonTorokuRule, {
    global: { plugins: [createAppI18n('ja'), pinia] },
  })
  return { wrapper, guide: useGuideStore() }
}

const questionIds = (wrapper: ReturnType<typeof mountRule>['wrapper']) =>
  wrapper.findAll('fieldset[data-question]').map((f) => f.attributes('data-question'))

describe('GuideHonTorokuRule', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('asks whether the My Page was opened at a counter only after a first offer via the My Page', async () => {
    const { wrapper } = mountRule()
    expect(questionIds(wrapper)).not.toContain('myPageOpenedAtCounter')
    expect(wrapper.get('.rule-result').text()).toBe(
      'すべての質問に答えると、期限のルールが当てはまるかがわかります。',
    )
    await wrapper.get('[data-question="firstOfferViaMyPage"] input[value="yes"]').setValue(true)
    expect(questionIds(wrapper)).toContain('myPageOpenedAtCounter')
    await wrapper.get('[data-question="myPageOpenedAtCounter"] input[value="no"]').setValue(true)
    expect(wrapper.get('.rule-result').attributes('data-applies')).toBe('true')
    // Every fieldset has its question as legend.
    for (const fieldset of wrapper.findAll('fieldset[data-question]')) {
      expect(fieldset.get('legend').text().length).toBeGreaterThan(5)
    }
  })

  it('refuses a date outside the holiday data, tied to the field, and keeps the old one', async () => {
    const { wrapper, guide } = mountRule()
    const input = wrapper.get('#guide-kari-toroku')
    await input.setValue('2026-12-15')
    expect(guide.progress.kariTorokuDate).toBe('2026-12-15')
    expect(wrapper.get('[data-testid="guide-deadline"]').text()).toContain(
      '本登録の期限：2026年12月28日(月)',
    )
    await input.setValue('2099-01-05')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toContain('guide-kari-toroku-error')
    expect(wrapper.get('#guide-kari-toroku-error').text()).toBe(
      '2020年から2050年までの日付を入力してください。',
    )
    expect(guide.progress.kariTorokuDate).toBe('2026-12-15')
  })

  it('hides the deadline when the rule does not apply', async () => {
    const { wrapper, guide } = mountRule()
    guide.setKariTorokuDate('2026-12-15')
    for (const id of [
      'firstOfferViaMyPage',
      'firstOfferForDisabilitiesOrTrial',
      'noOfferInPastYear',
      'dispatchOrContracting',
      'helloWorkAsked',
    ]) {
      await wrapper.get(`[data-question="${id}"] input[value="no"]`).setValue(true)
    }
    expect(wrapper.get('.rule-result').attributes('data-applies')).toBe('false')
    expect(wrapper.find('[data-testid="guide-deadline"]').exists()).toBe(false)
  })
})
