import { describe, it, expect } from 'vitest'
import { HELPDESK_CONTACT, MANUAL, MY_PAGE_INQUIRY, PORTAL_CONTACT, PORTAL_URL } from './contacts'
import { CASE_COSTS, QUESTIONS, UNSURE_SCRIPT } from './decision'
import { NOTES, PORTAL_LABELS, PROFILE_FIELD_KEY, STEPS, WHERE_KEY } from './catalogue'
import { CONFUSABLE_KEY } from './spell'
import { HON_TOROKU_RULE } from './hon-toroku'
import { HELPDESK_HOURS } from './helpdesk'
import { messageAt, renderMessage, type GuideMessageKey } from './i18n'
import { guideEn } from './messages.en'
import { guideJa, type GuideMessages } from './messages.ja'
import { ALLOWED_HOSTS, HELPDESK_MAIL, PORTAL_TOP } from '../links'

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]]
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key),
  )
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('guide texts (Japanese, word for word from the guide)', () => {
  const t = (key: GuideMessageKey) => messageAt(guideJa, key)

  it('has the headings and the choice of method', () => {
    expect(t('title')).toBe('マイページ作成手順')
    expect(t('cases.case1.shortName')).toBe('ケース1')
    expect(t('cases.case1.heading')).toBe(
      'ハローワークに求人を申し込んだことがある場合 (無い場合はケース2へ)',
    )
    expect(t('cases.case1.chooseMethod')).toBe('ケース1の場合、以下のどちらかの方法をお選び下さい')
    expect(t('cases.case1_1.option')).toBe(
      '① 窓口、電話等でハローワークメールアドレスを登録する方法',
    )
    expect(t('cases.case1_2.option')).toBe(
      '② 全てパソコンから登録（一度求人情報を新規で入力する必要あり）',
    )
    expect(t('cases.case1_1.heading')).toBe(
      '① 窓口、電話等でハローワークメールアドレスを登録の場合',
    )
    expect(t('cases.case1_2.heading')).toBe('② 全てパソコンから登録の場合')
    expect(t('cases.case2.heading')).toBe('初めてハローワークに求人を申し込む場合')
  })

  it('has every note of the guide', () => {
    expect(t('decision.unsure.note')).toBe(
      '※ハローワークに求人を出したことがあるかわからない場合は管轄のハローワークに問い合わせ下さい。',
    )
    expect(t('notes.officeNumberUnknown')).toBe(
      '※1 事業所番号がわからない場合は管轄のハローワークに問い合わせ下さい。',
    )
    expect(
      renderMessage(guideJa, 'notes.allowSender', { sender: 'system@mail.hellowork.mhlw.go.jp' }),
    ).toBe(
      '※メールの受信制限をしている場合は、パスワード登録手続きを行う前に「system@mail.hellowork.mhlw.go.jp」からの受信を許可してください。',
    )
    expect(t('notes.sharedAddress')).toBe('アドレスは組織で共有可能なアドレスを推奨します')
    expect(t('notes.continueToStep5')).toBe('⇒引き続き5に進んで下さい')
    expect(t('notes.oneSitting')).toBe(
      '《留意点》事業所情報と求人情報の入力（仮登録）は続けて行って下さい',
    )
    expect(t('notes.honTorokuContact')).toBe('内容確認後、必要な場合にはハローワークから連絡します')
  })

  it('has the contacts section', () => {
    expect(PORTAL_URL).toBe('https://www.hellowork.mhlw.go.jp/')
    expect(t(PORTAL_CONTACT.headingKey)).toBe('【ハローワークインターネットサービスはこちらから】')
    expect(t(PORTAL_CONTACT.nameKey)).toBe('ハローワークインターネットサービス')
    expect(t(HELPDESK_CONTACT.headingKey)).toBe(
      'ハローワークインターネットサービスやマイページの操作方法に関するお問い合わせ',
    )
    expect(
      renderMessage(guideJa, HELPDESK_CONTACT.phoneLineKey, { phone: HELPDESK_CONTACT.phone }),
    ).toBe('電話 0570-077450 受付日時：月曜～金曜 9:30～18:00（年末年始、祝日除く）')
    expect(HELPDESK_CONTACT.navidialKeys.map(t)).toEqual([
      '※ナビダイヤルのため、通話料がかかります。',
      '※ご利用の電話回線によっては、接続できない場合があります。',
    ])
    expect(t(HELPDESK_CONTACT.mailLabelKey)).toBe('メール')
    expect(HELPDESK_CONTACT.mail).toBe('helpdesk@hd.hellowork.mhlw.go.jp')
    expect(t(MANUAL.introKey)).toBe(
      'ハローワークインターネットサービスで、詳しいマニュアルも公開しています。',
    )
    expect(t(MANUAL.linkKey)).toBe(
      '求人者マイページの詳しい操作方法「求人者マイページ利用者マニュアル」',
    )
    expect(MANUAL).toMatchObject({ url: PORTAL_URL, verified: false })
    expect(t(MY_PAGE_INQUIRY.headingKey)).toBe('【求人者マイページのお問い合わせ】')
    expect(t(MY_PAGE_INQUIRY.textKey)).toBe('最寄りのハローワークへお問い合わせください')
  })

  it('agrees with the app’s link allow-list', () => {
    expect(PORTAL_URL).toBe(PORTAL_TOP)
    expect(HELPDESK_CONTACT.mail).toBe(HELPDESK_MAIL)
    expect(ALLOWED_HOSTS).toContain(new URL(MANUAL.url).hostname)
  })
})

describe('message files', () => {
  const ja = leaves(guideJa)
  const en = new Map(leaves(guideEn))

  it('have the same keys', () => {
    expect([...en.keys()]).toEqual(ja.map(([key]) => key))
  })

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of ja)
      expect([key, placeholders(en.get(key) ?? '')]).toEqual([key, placeholders(text)])
  })

  it('are safe for vue-i18n: no bare @ | { } outside {name} placeholders', () => {
    for (const [key, text] of [...ja, ...en]) {
      expect([key, text.replace(/\{\w+\}/g, '')]).not.toEqual([
        key,
        expect.stringMatching(/[@|{}]/),
      ])
    }
  })

  it('are empty only where a Japanese label needs no gloss', () => {
    expect(
      ja.filter(([, text]) => text === '').every(([key]) => key.startsWith('labelGloss.')),
    ).toBe(true)
    expect([...en.values()].every((text) => text.trim() !== '')).toBe(true)
  })

  it('hold every key the data refers to', () => {
    const keys: GuideMessageKey[] = [
      ...Object.values(STEPS).flatMap((steps) =>
        steps.flatMap((s) => (s.portalLinkKey ? [s.textKey, s.portalLinkKey] : [s.textKey])),
      ),
      ...Object.values(NOTES).map((n) => n.key),
      ...Object.values(PORTAL_LABELS).map((l) => l.glossKey),
      ...Object.values(WHERE_KEY),
      ...Object.values(PROFILE_FIELD_KEY),
      ...Object.values(CONFUSABLE_KEY),
      ...QUESTIONS.flatMap((q) => [q.promptKey, ...q.options.map((o) => o.labelKey)]),
      ...Object.values(CASE_COSTS).flatMap((c) => [c.summaryKey, c.firstKey, c.thenKey]),
      ...UNSURE_SCRIPT.contacts.map((c) => c.key),
      ...UNSURE_SCRIPT.haveReady,
      ...UNSURE_SCRIPT.ask,
      ...HON_TOROKU_RULE.questions.map((q) => q.questionKey),
      HON_TOROKU_RULE.sourceKey,
      HELPDESK_HOURS.yearEndBreak.noteKey,
      MANUAL.notVerifiedKey,
    ]
    for (const messages of [guideJa, guideEn] satisfies GuideMessages[]) {
      for (const key of keys) expect(typeof messageAt(messages, key)).toBe('string')
    }
  })
})
