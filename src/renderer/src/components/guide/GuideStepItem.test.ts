import { mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { STEPS } from '@shared/guide/catalogue'
import { emptyProfile } from '@shared/profile/model'
import { createAppI18n } from '../../i18n/testing'
import GuideStepItem from './GuideStepItem.vue'

function mountStep(caseId: '1-1' | '1-2' | '2', number: number, locale: 'ja' | 'en' = 'ja') {
  const step = STEPS[caseId][number - 1]
  if (!step) throw new Error('no such step')
  return mount(GuideStepItem, {
    props: {
      step,
      done: false,
      profileId: 'default',
      profile: emptyProfile(),
      values: { loginEmail: 'a@b.jp', officeNumber: '' },
    },
    slots: { readiness: '<p data-testid="job-offer-panel">job offer panel</p>' },
    global: {
      plugins: [createAppI18n(locale), createPinia()],
      stubs: { RouterLink: RouterLinkStub, AuthKeyCountdown: true, ReadinessPanel: true },
    },
  })
}

describe('GuideStepItem', () => {
  it('draws case 1-② step 6 from the catalogue: text, every portal label, notes, needs', () => {
    const wrapper = mountStep('1-2', 6)
    const text = wrapper.text()
    expect(wrapper.get('h3').text()).toBe('手順6')
    expect(wrapper.get('.step-text').text()).toBe(
      '「求人申し込み実績」画面で、「過去にハローワークに求人を申し込んだことがある」を選択し、事業所番号を入力し、「求人情報を入力」をクリック（※1）',
    )
    expect(wrapper.findAll('[data-label]').map((li) => li.attributes('data-label'))).toEqual([
      'jobOfferHistory',
      'filedBeforeOption',
      'enterJobOffer',
    ])
    expect(text).toContain('※1 事業所番号がわからない場合は管轄のハローワークに問い合わせ下さい。')
    expect(text).toContain('アプリからの補足')
    expect(wrapper.get('[data-need="officeNumber"]').text()).toBe('事業所番号：未入力')
    expect(wrapper.find('auth-key-countdown-stub').exists()).toBe(false)
  })

  it('shows the portal spelling of the 仮登録 button with the guide spelling beside it', () => {
    const wrapper = mountStep('1-2', 1)
    expect(wrapper.get('.portal-label').text()).toBe('「事業所登録・求人申込み（仮登録）」')
    expect(wrapper.get('.portal-alias').text()).toBe(
      'ガイドでの表記：「事業所登録・求人申し込み（仮登録）」',
    )
    expect(wrapper.get('.external-link a').text()).toContain(
      '1の事業所登録・求人申込み（仮登録）はここ！',
    )
    expect(wrapper.get('[data-note="allowSender"]').text()).toContain(
      'system@mail.hellowork.mhlw.go.jp',
    )
  })

  it('embeds the countdown at the key steps, with the step to redo', () => {
    const arrives = mountStep('2', 3)
    const stub = arrives.get('auth-key-countdown-stub')
    expect(stub.attributes('redohint')).toBe(
      '届かないとき・期限が切れたときは、手順2からやり直します。',
    )
    expect(arrives.findComponent(RouterLinkStub).props('to')).toEqual({ name: 'guide-mail' })
    expect(mountStep('1-1', 4).find('auth-key-countdown-stub').exists()).toBe(true)
    expect(mountStep('1-1', 5).find('auth-key-countdown-stub').exists()).toBe(false)
    expect(mountStep('1-1', 2).find('auth-key-countdown-stub').exists()).toBe(false)
  })

  it('gives the readiness hook at the one-sitting step, with the slot for the job offer panel', () => {
    const wrapper = mountStep('2', 5)
    expect(wrapper.find('[data-testid="establishment-completeness"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="job-offer-panel"]').text()).toBe('job offer panel')
    expect(mountStep('2', 4).find('[data-testid="job-offer-panel"]').exists()).toBe(false)
  })

  it('reports the checkbox as a toggle, labelled and described by the step text', async () => {
    const wrapper = mountStep('2', 2, 'en')
    const box = wrapper.get('input[type="checkbox"]')
    expect(box.element.closest('label')?.textContent).toContain('Step 2 done')
    const described = box.attributes('aria-describedby') ?? ''
    expect(wrapper.get(`[id="${described}"]`).text()).toBe('Register your e-mail address')
    await box.setValue(true)
    expect(wrapper.emitted('toggle')).toEqual([[true]])
  })
})
