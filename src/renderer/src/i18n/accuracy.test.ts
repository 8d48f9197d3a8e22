import { describe, expect, it } from 'vitest'
import { LOGIN_ADDRESS_CHANGE, OFFER_RENEWAL } from '@shared/guide/facts'
import { OFFER_VALIDITY_RULE } from '@shared/job-offer/validity'
import { screens } from '../screens'
import { en } from './testing/en'
import { ja } from './ja'

/**
 * The facts and words the accuracy review corrected, read from the messages themselves: each
 * would fail on the wording it replaced.
 */

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]]
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  )
}

describe('the auth key is mailed when the address is submitted: nobody requests it', () => {
  it('the timer speaks of the mail sent or arrived, in every message', () => {
    for (const [key, text] of leaves(ja.timer)) expect(text, key).not.toContain('請求')
    for (const [key, text] of leaves(en.timer)) expect(text, key).not.toMatch(/request/i)
    expect(ja.timer.lead).toContain('メールが送信されてから{minutes}分間有効')
    expect(ja.timer.start).toBe('メールアドレスを送信した／認証キーのメールが届いた')
    expect(ja.timer.expired.body).toContain(
      'もう一度メールアドレスを入力して、新しい認証キーを受け取ってください',
    )
  })

  it('refuses a mail time with only the hour, in words', () => {
    expect(ja.timer.mailTimeErrors.incomplete).toContain('時と分の両方')
    expect(en.timer.mailTimeErrors.incomplete).toContain('hours and the minutes')
  })
})

describe('the login address and the one-time password', () => {
  it('after-care: at login since January 2025, skippable for a set period, not "every login"', () => {
    expect(ja.guideUi.after.otp).toContain('2025年1月から、ログインの際に')
    expect(ja.guideUi.after.otp).toContain('一定期間は入力を省略する設定もできます')
    expect(ja.guideUi.after.otp).not.toContain('たびに')
    expect(en.guideUi.after.otp).not.toMatch(/every login/)
  })

  it('is said where the address is chosen: before you start, the profile, the home screen', () => {
    for (const text of [
      ja.guideUi.loginOtp.before,
      ja.profile.facts.loginEmailOtp,
      ja.home.prepare.email,
    ]) {
      expect(text).toContain('2025年1月から')
      expect(text).toContain('ワンタイムパスワード')
    }
  })

  it('changing it: Hello Work for an address that no longer receives mail, "may take days"; else the My Page', () => {
    expect(ja.guideUi.after.changeEmail).toContain('メールを受信できなくなったアドレス')
    expect(ja.guideUi.after.changeEmail).toContain('日数がかかる場合があります')
    expect(ja.guideUi.after.changeEmail).toContain('「{myPageLabel}」')
    expect(LOGIN_ADDRESS_CHANGE.myPageLabel).toBe('ログインアカウントの変更')
    expect(ja.guideUi.after.changeEmail).not.toContain('数日かかります')
  })
})

describe('本登録, 個人事業主, the portal’s outages', () => {
  it('the phone script asks to confirm with the office that 本登録 by phone is accepted', () => {
    expect(ja.guideUi.honTorokuWays.phoneConfirm).toContain('「窓口または電話」')
    expect(ja.guideUi.honTorokuWays.phoneConfirm).toContain('ハローワークにお越しのうえ本登録')
    expect(ja.guideUi.honTorokuWays.phoneConfirm).toContain('管轄のハローワークに確認してください')
  })

  it('a sole proprietor officially leaves out only the 法人番号; the rest is marked unverified', () => {
    expect(ja.profile.editor.notNeededSole).toBe('個人事業主の場合、法人番号は入力不要です。')
    expect(ja.profile.editor.notNeededSole).not.toMatch(/法人名|資本金/)
    expect(ja.profile.facts.soleUnverified).toContain('未確認')
    expect(ja.jobOffer.copyNote.soleProprietorUnverified).toContain('未確認')
  })

  it('the checks before the one-sitting entry include the portal’s maintenance notices', () => {
    expect(ja.guideUi.outage.check).toContain('メンテナンス')
    expect(ja.guideUi.outage.help).toContain('{from}～{to}')
  })
})

describe('after acceptance', () => {
  it('states the validity as secondary, extension by a month, and renewal from the old offer', () => {
    expect(ja.guideUi.aftercare.validity).toContain('翌々月の末日まで')
    expect(ja.guideUi.aftercare.validitySource).toContain('公式の記載を確認できておらず')
    expect(OFFER_VALIDITY_RULE.certainty.validity).toBe('third-party')
    expect(OFFER_VALIDITY_RULE.extensionMonths).toBe(1)
    expect(OFFER_RENEWAL).toMatchObject({
      extendLabel: '有効期間延長',
      newOfferLabel: '新規求人情報を登録',
      reusableListLabel: '転用可能な求人一覧',
      noteFieldLabel: 'ハローワークへの連絡事項',
      renewalNote: '更新求人',
    })
    expect(ja.guideUi.aftercare.renewStep3).toContain('「{note}」欄に「{renewal}」と入力')
  })
})

describe('Japanese as an office writes it', () => {
  it('uses the rewrites of the review', () => {
    expect(ja.home.privacy).toContain(
      '外部との通信は、ハローワークのページをブラウザーで開くときだけです。',
    )
    expect(ja.home.lead).toContain('このパソコンで準備し、手順を案内するアプリです。')
    expect(ja.guideUi.steps.keyValidFor).toContain('認証キーの有効時間（ガイドでは50分）')
    expect(ja.guideUi.titles.decision).toBe('該当するケースの確認')
    expect(ja.guideUi.decision.result).toBe('該当するケースは「{name}」です。')
    expect(ja.guideUi.decision.methodHelp).toBe('それぞれの方法で行うこと：')
    expect(ja.guideUi.before.lead).toBe(
      'はじめる前に次のことを確認しておくと、手順の途中で止まらずに進められます。',
    )
    expect(ja.jobOfferUi.images.allOk).toBe(
      'すべての画像が、{year}年の案内の条件（{maxFiles}枚まで・各{maxMb}MBまで・JPEG/GIF/PNG/BMP）に合っています。',
    )
  })

  it('never addresses the reader as あなた, and says 有効時間 for a duration', () => {
    for (const [key, text] of leaves(ja)) {
      expect(text, key).not.toContain('あなた')
      expect(text, key).not.toMatch(/有効期限（/)
    }
  })
})

describe('English', () => {
  it('every guide tab has an English label with the Japanese term beside it', () => {
    for (const screen of screens.filter((s) => s.meta.area === 'guide')) {
      const label = en.guideUi.subnav[screen.meta.screen as keyof typeof en.guideUi.subnav]
      expect(label, screen.name).toMatch(/^[A-Z][A-Za-z&?' -]+ \([^)]*[\u3040-\u9fff][^)]*\)$/)
    }
  })
})
