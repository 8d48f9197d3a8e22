import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { test } from './harness/fixture'
import { LOCALES } from '@shared/settings'
import { sampleProfile } from '@shared/job-offer/testing/fixtures'
import { messages } from '../src/renderer/src/i18n/testing'
import { screens } from '../src/renderer/src/screens'
import { checkScreen } from './harness/browser'
import { createTestApp } from './harness/test-app'
import { lookup } from './harness/messages'

/**
 * The copy panel end to end: the sample profile saved through the service, a draft filled through
 * the UI, every portal screen walked and every copy button pressed, and what main's clipboard
 * received compared with the text below, written by hand from the portal rules (全角 fields get
 * full-width letters, digits, brackets and U+3000 spaces; 半角 fields half-width; amounts bare
 * digits), never produced by the conversion code.
 */

const IDEOGRAPHIC_SPACE = '\u3000'
const EMAIL = 'saiyo@sakura-koumuten.example.jp'
const STREET = '２－１２－３'
const CONTACT = [
  '総務部',
  `佐藤${IDEOGRAPHIC_SPACE}美咲`,
  `サトウ${IDEOGRAPHIC_SPACE}ミサキ`,
  '025-123-4567',
]

/** What each copy button of each portal screen puts on the clipboard, in the portal's order. */
const PORTAL_READY: Record<string, string[]> = {
  account: [EMAIL],
  record: ['1501-123456-7'],
  'est-1': ['4110001023456', '株式会社さくら工務店', '950-0911', STREET, '1998', '10000000', '18'],
  'est-2': [
    `カブシキガイシャ${IDEOGRAPHIC_SPACE}サクラコウムテン`,
    '株式会社さくら工務店',
    '950-0911',
    STREET,
    '025-123-4567',
    '025-123-4568',
    '代表取締役',
    `桜井${IDEOGRAPHIC_SPACE}健一`,
    ...CONTACT,
    EMAIL,
  ],
  'est-3': [
    '18',
    '4',
    '2',
    '新潟市内を中心に、木造住宅の新築・リフォーム工事の設計・施工を行っています。',
  ],
  'est-4': ['本社', '950-0911', STREET, '新潟駅', '徒歩', '10'],
  'est-5': [
    '創業以来、地元の木材を使った家づくりを続けています。資格取得の費用は会社が負担します。',
    'https://sakura-koumuten.example.jp/',
  ],
  'est-6': [],
  'job-1': [],
  'job-2': [`無料駐車場あり${IDEOGRAPHIC_SPACE}１０台`],
  'job-3': [
    '大工（木造住宅）',
    'カンナ仕上げ、墨付け',
    '建築現場での作業経験',
    '普通自動車運転免許（ＡＴ限定不可）',
  ],
  'job-4': ['230000', '320000'],
  'job-5': ['08:00', '17:00', '60', '5', '40', '105', '日曜日、祝日', '10'],
  'job-6': [],
  'job-7': ['未経験ＯＫ'],
  'job-8': ['1', '7', ...CONTACT, '025-123-4568', EMAIL],
}

const field = (page: Page, path: string) => page.locator(`[data-field="${path}"]`)
const next = (page: Page) => page.locator('[data-pager="next"]').click()

/** Types a draft as a user would, screen by screen, with some half-width and mixed input. */
async function fillDraft(page: Page): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/drafts`)
  await page.locator('[data-new-draft]').click()
  await page.locator('[data-edit-screen="1"]').waitFor()
  await field(page, 'category.workCategory').selectOption('full-time')
  await field(page, 'category.employmentType').selectOption('regular')
  await field(page, 'category.dispatch').selectOption('none')
  await field(page, 'category.employmentPeriod').selectOption('indefinite')
  await field(page, 'category.publication').selectOption('full')
  await next(page)
  await field(page, 'workplace.smokingMeasures').selectOption('yes')
  await field(page, 'workplace.smoking').selectOption('no-smoking-indoors')
  await field(page, 'workplace.transfer').selectOption('no')
  await field(page, 'workplace.carCommute').selectOption('yes')
  await field(page, 'workplace.parking').selectOption('yes')
  await field(page, 'workplace.parkingNote').fill('無料駐車場あり 10台')
  await next(page)
  await field(page, 'job.title').fill('大工(木造住宅)')
  await field(page, 'job.description').fill('ｶﾝﾅ仕上げ、墨付け')
  await field(page, 'job.ageLimit').selectOption('none')
  await field(page, 'job.education').selectOption('any')
  await field(page, 'job.experience').selectOption('preferred')
  await field(page, 'job.experienceDetail').fill('建築現場での作業経験')
  await field(page, 'job.license').selectOption('required')
  await field(page, 'job.licenseDetail').fill('普通自動車運転免許（AT限定不可）')
  await field(page, 'job.trialPeriod').selectOption('no')
  await next(page)
  await field(page, 'wage.wageType').selectOption('monthly')
  await field(page, 'wage.baseMin').fill('230,000')
  await field(page, 'wage.baseMax').fill('320,000円')
  await field(page, 'wage.fixedOvertime').selectOption('no')
  await field(page, 'wage.commuting').selectOption('none')
  await field(page, 'wage.closingDay').fill('末日')
  await field(page, 'wage.paymentMonth').selectOption('next')
  await field(page, 'wage.paymentDay').fill('15日')
  await field(page, 'wage.raise').selectOption('no')
  await field(page, 'wage.bonus').selectOption('no')
  await next(page)
  await field(page, 'hours.shift1Start').fill('08:00')
  await field(page, 'hours.shift1End').fill('１７：００')
  await field(page, 'hours.variableHours').selectOption('none')
  await field(page, 'hours.overtime').selectOption('no')
  await field(page, 'hours.breakMinutes').fill('60')
  await field(page, 'hours.weeklyDays').fill('5')
  await field(page, 'hours.weeklyHours').fill('40')
  await field(page, 'hours.annualHolidays').fill('105')
  await field(page, 'hours.holidays').fill('日曜日、祝日')
  await field(page, 'hours.twoDaysOff').selectOption('other')
  await field(page, 'hours.paidLeaveDays').fill('10')
  await next(page)
  await page.locator('[data-draft-field="insurance.insurances"] [data-option="employment"]').check()
  await page
    .locator('[data-draft-field="insurance.insurances"] [data-option="workers-accident"]')
    .check()
  await field(page, 'insurance.retirementAge').selectOption('no')
  await field(page, 'insurance.reemployment').selectOption('no')
  await next(page)
  await field(page, 'pr.specialNotes').fill('未経験OK')
  await next(page)
  await field(page, 'selection.hires').fill('１')
  await field(page, 'selection.reason').selectOption('increase')
  for (const [group, option] of [
    ['selection.methods', 'documents'],
    ['selection.methods', 'interview'],
    ['selection.notification', 'phone'],
    ['selection.documents', 'resume'],
  ] as const) {
    await page.locator(`[data-draft-field="${group}"] [data-option="${option}"]`).check()
  }
  await field(page, 'selection.resultDays').fill('7')
}

describe('the copy panel in Chromium', () => {
  test('copies every field of every portal screen as hand-written portal-ready text', async ({
    openPage,
    server,
  }) => {
    const app = await createTestApp()
    await app.services.profile.save('default', sampleProfile())
    const page = await openPage(app, '/drafts')
    await fillDraft(page)

    for (const screen of Object.keys(PORTAL_READY)) {
      await page.goto(`${server.url}/#/copy/${screen}`)
      await page.locator(`[data-copy-screen="${screen}"]`).waitFor()
      const before = app.clipboard.writes.length
      const buttons = page.locator('[data-copy]')
      const count = await buttons.count()
      for (let i = 0; i < count; i++) {
        await buttons.nth(i).click()
        await expect.poll(() => app.clipboard.writes.length).toBe(before + i + 1)
      }
      expect(app.clipboard.writes.slice(before), screen).toEqual(PORTAL_READY[screen])
      // Every copied field carries the mark, and nothing is left for "copy next".
      expect(await page.locator('[data-mark]').count()).toBe(count)
      if (count > 0) {
        expect(await page.locator('[data-copy-next]').isDisabled()).toBe(true)
      }
    }

    // The draft was saved, encrypted, through main.
    const saved = await app.services.drafts.list('default')
    expect(saved.drafts).toHaveLength(1)
    expect(saved.drafts[0]?.job.title).toBe('大工(木造住宅)')
  })

  test('shows the original when a conversion changed it, and copies next by keyboard (Alt+N)', async ({
    openPage,
  }) => {
    const app = await createTestApp()
    await app.services.profile.save('default', sampleProfile())
    const page = await openPage(app, '/copy/est-2')
    const item = page.locator('[data-field="establishment.representativeName"]')
    expect(await item.locator('[data-value]').textContent()).toBe(`桜井${IDEOGRAPHIC_SPACE}健一`)
    expect(await item.locator('[data-original]').textContent()).toContain('桜井 健一')
    expect(
      await page.locator('[data-field="establishment.address.city"] [data-note]').textContent(),
    ).toContain('住所検索')
    const button = page.locator('[data-copy-next]')
    expect(await button.getAttribute('aria-keyshortcuts')).toBe('Alt+N')
    await page.keyboard.press('Alt+KeyN')
    await expect.poll(() => app.clipboard.writes.at(-1)).toBe(PORTAL_READY['est-2']?.[0])
    await page.keyboard.press('Alt+KeyN')
    await expect.poll(() => app.clipboard.writes.at(-1)).toBe('株式会社さくら工務店')
    await expect.poll(() => page.getByRole('status').last().textContent()).toContain('事業所名')
    expect(await page.locator('[data-progress]').textContent()).toContain('2 / 13')
    // The marks stay while the panel is open, across screens.
    await page.locator('[data-screen-picker]').selectOption('est-3')
    await page.locator('[data-copy-screen="est-3"]').waitFor()
    await page.locator('[data-screen-picker]').selectOption('est-2')
    await page.locator('[data-copy-screen="est-2"]').waitFor()
    expect(await page.locator('[data-mark]').count()).toBe(2)
    await page.locator('[data-clear-marks]').click()
    expect(await page.locator('[data-mark]').count()).toBe(0)
  })

  test('reports exactly the missing fields of an incomplete profile, per portal screen', async ({
    openPage,
  }) => {
    const app = await createTestApp()
    const profile = sampleProfile()
    profile.company.corporateNumber = ''
    profile.establishment.phone = ''
    profile.contact.nameKana = ''
    profile.account.loginEmail = ''
    await app.services.profile.save('default', profile)
    const page = await openPage(app, '/drafts')
    const panel = page.locator('[data-readiness]')
    await panel.locator('[data-readiness-status]').waitFor()
    expect(await panel.getAttribute('data-ready')).toBe('false')
    expect(await panel.locator('[data-no-draft]').count()).toBe(1)
    const rows = panel.locator('[data-readiness-screen]')
    const found: Record<string, string> = {}
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i)
      const screen = (await row.getAttribute('data-readiness-screen')) ?? ''
      found[screen] = (await row.locator('[data-missing]').textContent()) ?? ''
    }
    expect(found).toEqual({
      account: 'ログイン用メールアドレス（共有）',
      'est-1': '法人番号',
      'est-2': '電話番号、担当者氏名カナ',
      'job-1': '求人区分、雇用形態、派遣・請負、雇用期間、求人情報・事業所名の公開範囲',
      'job-2': '受動喫煙対策（有無）、受動喫煙対策（対策）、転勤の可能性、マイカー通勤',
      'job-3': '職種、仕事内容、年齢、学歴、必要な経験等、必要な免許・資格、試用期間',
      'job-4':
        '賃金形態、基本給（下限）、基本給（上限）、固定残業代、通勤手当、賃金締切日、賃金支払日（当月・翌月）、賃金支払日、昇給、賞与',
      'job-5':
        '就業時間1（始業）、就業時間1（終業）、変形労働時間制、時間外労働時間、休憩時間（分）、年間休日数、休日、週休二日制',
      'job-6': '加入保険等、定年制、再雇用制度',
      'job-8':
        '採用人数、募集理由、選考方法、選考結果通知（面接後の日数）、選考結果の通知方法、応募書類等、担当者氏名カナ',
    })
  })

  test('checks the images of screen 6 from their first bytes and says what to fix', async ({
    openPage,
  }) => {
    const app = await createTestApp()
    await app.services.profile.save('default', sampleProfile())
    const dir = mkdtempSync(join(tmpdir(), 'hwmp-images-'))
    const png = join(dir, 'shop.png')
    const heic = join(dir, 'iphone.jpg')
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]))
    writeFileSync(heic, Buffer.from([0, 0, 0, 24, ...Buffer.from('ftypheic'), 0, 0, 0, 0]))
    app.images.lists.push([png, heic])
    const page = await openPage(app, '/copy/est-6')
    await page.locator('[data-choose-images]').click()
    await page.locator('[data-image="iphone.jpg"]').waitFor()
    expect(await page.locator('[data-image="shop.png"]').getAttribute('data-ok')).toBe('true')
    const heicRow = page.locator('[data-image="iphone.jpg"]')
    expect(await heicRow.getAttribute('data-ok')).toBe('false')
    expect(await heicRow.textContent()).toContain('heic形式')
    const stored = await app.services.drafts.list('default')
    expect(stored.images.map((i) => [i.name, i.detected])).toEqual([
      ['shop.png', 'png'],
      ['iphone.jpg', 'heic'],
    ])
  })

  test('opens the compact window through main and renders the bare panel route', async ({
    openPage,
    server,
  }) => {
    const app = await createTestApp()
    await app.services.profile.save('default', sampleProfile())
    const page = await openPage(app, '/copy/account')
    await page.locator('[data-open-compact]').click()
    await expect.poll(() => app.windows.requests).toEqual(['opened'])
    await page.setViewportSize({ width: 420, height: 680 })
    await page.goto(`${server.url}/#/compact`)
    // The hash change resolves asynchronously (area messages load first): wait for the bare layout.
    await expect.poll(() => page.locator('.layout--bare').count()).toBe(1)
    await page.locator('[data-copy-screen="account"]').waitFor()
    expect(await page.locator('.app-nav').count()).toBe(0)
    expect(await page.locator('.app-header').count()).toBe(0)
    await page.locator('[data-copy="account.loginEmail"]').click()
    await expect.poll(() => app.clipboard.writes).toEqual([EMAIL])
  })

  test('prints a draft in portal order to an A4 portrait PDF', async ({ openPage, server }) => {
    const app = await createTestApp()
    await app.services.profile.save('default', sampleProfile())
    const page = await openPage(app, '/drafts')
    await fillDraft(page)
    await page.goto(`${server.url}/#/drafts`)
    await page.locator('[data-draft] a[href*="print"]').click()
    await page.locator('[data-print-screen="8"]').waitFor()
    app.dialogs.savePaths.push(join(mkdtempSync(join(tmpdir(), 'hwmp-pdf-')), 'offer.pdf'))
    await page.locator('[data-print]').click()
    await expect.poll(() => app.pdf.options).toEqual([{ pageSize: 'A4', landscape: false }])
  })

  for (const lang of LOCALES) {
    test(`screens of the copy panel, the compact window and the drafts in ${lang}`, async ({
      openPage,
      server,
    }) => {
      const app = await createTestApp()
      app.services.settings.setLocale(lang)
      await app.services.profile.save('default', sampleProfile())
      const page = await openPage(app, '/drafts')
      await fillDraft(page)
      const shots = screens.filter((s) => s.meta.area === 'copy' && s.name !== 'compact')
      for (const screen of shots) {
        await page.goto(`${server.url}/#${screen.path}`)
        await page.locator(`[data-copy-screen="${screen.meta.screen}"]`).waitFor()
        await checkScreen(page, {
          area: 'copy',
          screen: screen.meta.screen,
          lang,
          heading: lookup(messages[lang], screen.meta.titleKey),
        })
      }
      const draftId = (await app.services.drafts.list('default')).drafts[0]?.id ?? ''
      for (const [path, name, titleKey] of [
        ['/drafts', 'drafts-list', 'jobOfferUi.titles.drafts'],
        [`/drafts/edit?id=${draftId}&screen=3`, 'drafts-edit', 'jobOfferUi.titles.edit'],
        [`/drafts/print?id=${draftId}`, 'drafts-print', 'jobOfferUi.titles.print'],
      ] as const) {
        await page.goto(`${server.url}/#${path}`)
        await page.locator('main h1').waitFor()
        await checkScreen(page, {
          area: 'copy',
          screen: name,
          lang,
          heading: lookup(messages[lang], titleKey),
        })
      }
      await page.setViewportSize({ width: 420, height: 680 })
      await page.goto(`${server.url}/#/compact`)
      await page.locator('[data-copy-screen="account"]').waitFor()
      await checkScreen(page, {
        area: 'copy',
        screen: 'compact',
        lang,
        heading: lookup(messages[lang], 'jobOfferUi.titles.compact'),
      })
    })
  }
})
