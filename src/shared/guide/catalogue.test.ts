import { describe, it, expect } from 'vitest'
import {
  AUTH_KEY,
  NOTES,
  PORTAL_LABELS,
  SENDER_ADDRESS,
  STEPS,
  findPortalLabel,
  matchesPortalLabel,
  noteParams,
  stepParams,
  type CaseId,
  type GuideStep,
  type StepFlag,
  type Where,
} from './catalogue'
import { renderMessage } from './i18n'
import { guideEn } from './messages.en'
import { guideJa } from './messages.ja'

// Expectations copied by hand from mypage-guide.seed.md. The only deliberate change: the 仮登録
// button is shown as the portal spells it (申込み); `asInGuide` turns it back to the guide's 申し込み.
const PORTAL_KARI = '事業所登録・求人申込み（仮登録）'
const GUIDE_KARI = '事業所登録・求人申し込み（仮登録）'
const asInGuide = (text: string) => text.replaceAll(PORTAL_KARI, GUIDE_KARI)

interface Expected {
  text: string
  where: Where
  labels: string[]
  notes: string[]
  flags: StepFlag[]
}

const SHARED = 'アドレスは組織で共有可能なアドレスを推奨します'
const KEY_50 = '認証キーは50分有効です'
const ALLOW =
  '※メールの受信制限をしている場合は、パスワード登録手続きを行う前に「system@mail.hellowork.mhlw.go.jp」からの受信を許可してください。'
const DEADLINE = '場合によっては、仮登録の日から14日以内にハローワークで本登録の手続きが必要です。'
// Added by the app beside the guide's notes (facts.ts): where the login address is chosen, and
// the 2020 leaflet's in-person 本登録 beside the guide's 窓口または電話.
const OTP =
  '2025年1月から、ログインの際にログイン用メールアドレスへワンタイムパスワードが届きます（一定期間は入力を省略する設定もできます）。今後のログインにもこのアドレスが必要になるため、受信し続けられるアドレスを選んでください。'
const IN_PERSON =
  'ガイドでは本登録は「窓口または電話」ですが、2020年の案内（「求人者マイページ」のご案内）では「ハローワークにお越しのうえ本登録」とされています。電話で手続きできるかは、事前に管轄のハローワークに確認してください。'

const EXPECTED: Record<CaseId, Expected[]> = {
  '1-1': [
    {
      text: 'ハローワークへ連絡（窓口、電話等）して、直接ハローワークメールアドレスを登録',
      where: 'phone-or-counter',
      labels: [],
      notes: [SHARED, OTP],
      flags: [],
    },
    {
      text: 'ハローワークインターネットサービスにアクセスして「求人者マイページ開設（パスワード登録）」をクリック',
      where: 'portal',
      labels: ['求人者マイページ開設（パスワード登録）'],
      notes: [ALLOW],
      flags: ['opensPortal'],
    },
    {
      text: '利用規約などに同意し、1で登録したメールアドレスを入力',
      where: 'portal',
      labels: [],
      notes: [],
      flags: ['opensPortal'],
    },
    {
      text: '3で入力したメールアドレスに認証キーが届きます',
      where: 'mail',
      labels: [],
      notes: [KEY_50],
      flags: ['startsAuthKeyTimer'],
    },
    {
      text: '4で届いた認証キーを入力し、パスワード登録して開設完了',
      where: 'portal',
      labels: [],
      notes: [],
      flags: ['opensPortal', 'authKeyEntry'],
    },
  ],
  '1-2': [
    {
      text: `ハローワークインターネットサービスにアクセスして「${GUIDE_KARI}」をクリック`,
      where: 'portal',
      labels: [PORTAL_KARI],
      notes: [ALLOW],
      flags: ['opensPortal'],
    },
    {
      text: 'メールアドレスの登録',
      where: 'portal',
      labels: [],
      notes: [SHARED, OTP],
      flags: ['opensPortal'],
    },
    {
      text: '2で入力したメールアドレスに認証キーが届きます',
      where: 'mail',
      labels: [],
      notes: [KEY_50],
      flags: ['startsAuthKeyTimer'],
    },
    {
      text: '3で届いた認証キーを入力し、パスワードを登録',
      where: 'portal',
      labels: [],
      notes: ['⇒引き続き5に進んで下さい'],
      flags: ['opensPortal', 'authKeyEntry'],
    },
    {
      text: '事業所・求人情報を登録をクリック',
      where: 'portal',
      labels: ['事業所・求人情報を登録'],
      notes: [],
      flags: ['opensPortal'],
    },
    {
      text: '「求人申し込み実績」画面で、「過去にハローワークに求人を申し込んだことがある」を選択し、事業所番号を入力し、「求人情報を入力」をクリック（※1）',
      where: 'portal',
      labels: [
        '求人申し込み実績',
        '過去にハローワークに求人を申し込んだことがある',
        '求人情報を入力',
      ],
      notes: [
        '※1 事業所番号がわからない場合は管轄のハローワークに問い合わせ下さい。',
        '事業所番号は、雇用保険の書類（資格取得届の事業主控など）に記載されています。',
      ],
      flags: ['opensPortal'],
    },
    {
      text: '必要な事項を入力し求人仮登録を行う',
      where: 'portal',
      labels: [],
      notes: [],
      flags: ['opensPortal', 'kariToroku'],
    },
    {
      text: 'ハローワークでの確認（本登録）',
      where: 'hello-work',
      labels: [],
      notes: ['内容確認後、必要な場合にはハローワークから連絡します', DEADLINE, IN_PERSON],
      flags: ['honToroku'],
    },
  ],
  '2': [
    {
      text: `ハローワークインターネットサービスにアクセス\n「${GUIDE_KARI}」をクリック`,
      where: 'portal',
      labels: [PORTAL_KARI],
      notes: [ALLOW],
      flags: ['opensPortal'],
    },
    {
      text: 'メールアドレスの登録',
      where: 'portal',
      labels: [],
      notes: [SHARED, OTP],
      flags: ['opensPortal'],
    },
    {
      text: '2で入力したメールアドレスに認証キーが届きます',
      where: 'mail',
      labels: [],
      notes: [KEY_50],
      flags: ['startsAuthKeyTimer'],
    },
    {
      text: '3で届いた認証キーを入力し、パスワードを登録',
      where: 'portal',
      labels: [],
      notes: [],
      flags: ['opensPortal', 'authKeyEntry'],
    },
    {
      text: '事業所情報・求人情報の仮登録',
      where: 'portal',
      labels: [],
      notes: ['《留意点》事業所情報と求人情報の入力（仮登録）は続けて行って下さい'],
      flags: ['opensPortal', 'needsReadiness', 'kariToroku'],
    },
    {
      text: 'ハローワークの窓口または電話で本登録手続きを行い開設完了',
      where: 'phone-or-counter',
      labels: [],
      notes: [DEADLINE, IN_PERSON],
      flags: ['honToroku'],
    },
  ],
}

const renderStep = (step: GuideStep) => renderMessage(guideJa, step.textKey, stepParams(step))
const renderNotes = (step: GuideStep) =>
  step.notes.map((id) => renderMessage(guideJa, NOTES[id].key, noteParams(id)))

describe('step catalogue, case by case as in the guide', () => {
  for (const caseId of ['1-1', '1-2', '2'] as const) {
    describe(`case ${caseId}`, () => {
      const steps = STEPS[caseId]
      const expected = EXPECTED[caseId]

      it('has the guide’s number of steps, numbered from 1 in order', () => {
        expect(steps.map((step) => step.number)).toEqual(expected.map((_, index) => index + 1))
        expect(steps.map((step) => step.id)).toEqual(expected.map((_, i) => `${caseId}/${i + 1}`))
      })

      expected.forEach((want, index) => {
        it(`step ${index + 1}: text, place, labels, notes and flags`, () => {
          const step = steps[index]
          if (!step) throw new Error('missing step')
          expect(asInGuide(renderStep(step))).toBe(want.text)
          expect(step.where).toBe(want.where)
          expect(step.portalLabels.map((id) => PORTAL_LABELS[id].text)).toEqual(want.labels)
          for (const label of want.labels) expect(renderStep(step)).toContain(`${label}`)
          expect(renderNotes(step)).toEqual(want.notes)
          expect([...step.flags].sort()).toEqual([...want.flags].sort())
        })
      })
    })
  }

  it('has 5, 8 and 6 steps', () => {
    expect([STEPS['1-1'].length, STEPS['1-2'].length, STEPS['2'].length]).toEqual([5, 8, 6])
  })

  it('shows the 仮登録 button as the portal spells it', () => {
    for (const step of [STEPS['1-2'][0], STEPS['2'][0]]) {
      if (!step) throw new Error('missing step')
      expect(renderStep(step)).toContain('「事業所登録・求人申込み（仮登録）」')
    }
  })

  it('links the portal where the guide says 「…はここ！」', () => {
    const links = Object.values(STEPS)
      .flat()
      .flatMap((step) =>
        step.portalLinkKey
          ? [[step.id, renderMessage(guideJa, step.portalLinkKey, stepParams(step))]]
          : [],
      )
      .map(([id, text]) => [id, asInGuide(text ?? '')])
    expect(links).toEqual([
      ['1-1/2', '2の求人者マイページ開設（パスワード登録）はここ！'],
      ['1-2/1', `1の${GUIDE_KARI}はここ！`],
    ])
  })

  it('sets each auth-key flag once per case, the key arriving before it is entered', () => {
    for (const steps of Object.values(STEPS)) {
      const timer = steps.filter((step) => step.flags.includes('startsAuthKeyTimer'))
      const entry = steps.filter((step) => step.flags.includes('authKeyEntry'))
      expect(timer).toHaveLength(1)
      expect(entry).toHaveLength(1)
      expect(entry[0]?.number).toBe((timer[0]?.number ?? 0) + 1)
    }
  })

  it('flags exactly the portal steps with opensPortal', () => {
    for (const step of Object.values(STEPS).flat()) {
      expect(step.flags.includes('opensPortal')).toBe(step.where === 'portal')
    }
  })

  it('lists what to have ready', () => {
    const needs = Object.fromEntries(
      Object.values(STEPS)
        .flat()
        .filter((step) => step.needs.length > 0)
        .map((step) => [step.id, step.needs]),
    )
    expect(needs).toEqual({
      '1-1/1': ['loginEmail', 'officeNumber'],
      '1-1/3': ['loginEmail'],
      '1-2/2': ['loginEmail'],
      '1-2/6': ['officeNumber'],
      '1-2/7': ['jobOffer'],
      '2/2': ['loginEmail'],
      '2/5': ['establishment', 'jobOffer'],
    })
  })

  it('keeps the guide’s facts', () => {
    expect(AUTH_KEY.validMinutes).toBe(50)
    expect(AUTH_KEY.verified).toBe(false)
    expect(SENDER_ADDRESS).toBe('system@mail.hellowork.mhlw.go.jp')
  })

  it('renders the English steps with the Japanese labels left in place', () => {
    const step = STEPS['1-2'][5]
    if (!step) throw new Error('missing step')
    const text = renderMessage(guideEn, step.textKey, stepParams(step))
    expect(text).toContain('「求人申し込み実績」 (job offer history)')
    expect(text).toContain('「求人情報を入力」 (Enter job offer information)')
    expect(text).not.toMatch(/\{\w+\}/)
  })
})

describe('portal labels', () => {
  it('are quoted exactly', () => {
    expect(
      Object.fromEntries(Object.entries(PORTAL_LABELS).map(([id, l]) => [id, l.text])),
    ).toEqual({
      openMyPage: '求人者マイページ開設（パスワード登録）',
      kariToroku: '事業所登録・求人申込み（仮登録）',
      registerEstablishmentAndJobOffer: '事業所・求人情報を登録',
      jobOfferHistory: '求人申し込み実績',
      filedBeforeOption: '過去にハローワークに求人を申し込んだことがある',
      enterJobOffer: '求人情報を入力',
    })
  })

  it('accept the portal’s and the guide’s spelling of the 仮登録 button', () => {
    expect(matchesPortalLabel('kariToroku', '事業所登録・求人申込み（仮登録）')).toBe(true)
    expect(matchesPortalLabel('kariToroku', '事業所登録・求人申し込み（仮登録）')).toBe(true)
    expect(matchesPortalLabel('kariToroku', ' 事業所登録・求人申込み(仮登録) ')).toBe(true)
    expect(matchesPortalLabel('kariToroku', '事業所登録・求人申込み')).toBe(false)
    expect(matchesPortalLabel('openMyPage', '事業所登録・求人申込み（仮登録）')).toBe(false)
  })

  it('are found from text', () => {
    expect(findPortalLabel('求人情報を入力')).toBe('enterJobOffer')
    expect(findPortalLabel('事業所登録・求人申し込み（仮登録）')).toBe('kariToroku')
    expect(findPortalLabel('求人情報')).toBeUndefined()
  })
})
