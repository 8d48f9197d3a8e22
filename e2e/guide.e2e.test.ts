import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { test } from './harness/fixture'
import { emptyProfile } from '@shared/profile/model'
import { LOCALES } from '@shared/settings'
import { messages } from '../src/renderer/src/i18n/testing'
import { screens } from '../src/renderer/src/screens'
import { checkScreen } from './harness/browser'
import { lookup } from './harness/messages'
import { createTestApp, type TestApp } from './harness/test-app'

const ESTABLISHMENT = '株式会社さくら工務店'
const LOGIN_EMAIL = 'saiyo-2024@sakura-koumuten.jp'

async function seededApp(dataDir?: string): Promise<TestApp> {
  const app = await createTestApp(dataDir)
  if (dataDir === undefined) {
    const profile = emptyProfile()
    profile.establishment.name = ESTABLISHMENT
    profile.establishment.phone = '025-123-4567'
    profile.establishment.address.prefecture = '新潟県'
    profile.establishment.address.city = '新潟市中央区'
    profile.account.loginEmail = LOGIN_EMAIL
    profile.record.officeNumber = '1501-123456-7'
    profile.contact.name = '山田 花子'
    profile.helloWork.name = 'ハローワーク新潟'
    profile.helloWork.phone = '025-280-8609'
    await app.services.profile.save('default', profile)
  }
  return app
}

async function go(page: Page, name: string): Promise<void> {
  await page.locator(`[data-guide-nav="${name}"]`).click()
  const screen = screens.find((s) => s.name === name)
  if (!screen) throw new Error(`no screen ${name}`)
  const heading = lookup(messages.ja, screen.meta.titleKey)
  await expect.poll(() => page.locator('main h1').textContent()).toBe(heading)
}

async function waitSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('guide-save-status').first().textContent(), { timeout: 5000 })
    .toContain('最終更新')
}

/** The text of every guide screen, as a user would read it, in the page's current state. */
async function textOfAllGuideScreens(page: Page): Promise<string> {
  const parts: string[] = []
  for (const screen of screens.filter((s) => s.meta.area === 'guide')) {
    await go(page, screen.name)
    // Let lazy parts (profile, helpdesk status) settle before reading.
    await page.waitForTimeout(100)
    parts.push(await page.locator('main').innerText())
  }
  return parts.join('\n')
}

/** What every case must show somewhere, copied by hand from the guide (マイページ作成手順). */
const EVERY_CASE = [
  'https://www.hellowork.mhlw.go.jp/',
  '【ハローワークインターネットサービスはこちらから】',
  'ハローワークインターネットサービス',
  'ハローワークインターネットサービスやマイページの操作方法に関するお問い合わせ',
  '電話 0570-077450 受付日時：月曜～金曜 9:30～18:00（年末年始、祝日除く）',
  '※ナビダイヤルのため、通話料がかかります。',
  '※ご利用の電話回線によっては、接続できない場合があります。',
  'helpdesk@hd.hellowork.mhlw.go.jp',
  'ハローワークインターネットサービスで、詳しいマニュアルも公開しています。',
  '求人者マイページの詳しい操作方法「求人者マイページ利用者マニュアル」',
  '【求人者マイページのお問い合わせ】',
  '最寄りのハローワークへお問い合わせください',
  'アドレスは組織で共有可能なアドレスを推奨します',
  '認証キーは50分有効です',
  '※メールの受信制限をしている場合は、パスワード登録手続きを行う前に「system@mail.hellowork.mhlw.go.jp」からの受信を許可してください。',
  'system@mail.hellowork.mhlw.go.jp',
]

const CASES = [
  {
    caseId: '1-1',
    answers: ['ある', '① 窓口、電話等でハローワークメールアドレスを登録する方法'],
    name: 'ケース1-①',
    expected: [
      'ハローワークに求人を申し込んだことがある場合 (無い場合はケース2へ)',
      'ケース1の場合、以下のどちらかの方法をお選び下さい',
      '① 窓口、電話等でハローワークメールアドレスを登録する方法',
      '② 全てパソコンから登録（一度求人情報を新規で入力する必要あり）',
      '① 窓口、電話等でハローワークメールアドレスを登録の場合',
      'ハローワークへ連絡（窓口、電話等）して、直接ハローワークメールアドレスを登録',
      'ハローワークインターネットサービスにアクセスして「求人者マイページ開設（パスワード登録）」をクリック',
      '利用規約などに同意し、1で登録したメールアドレスを入力',
      '3で入力したメールアドレスに認証キーが届きます',
      '4で届いた認証キーを入力し、パスワード登録して開設完了',
      '2の求人者マイページ開設（パスワード登録）はここ！',
      '「求人者マイページ開設（パスワード登録）」',
    ],
  },
  {
    caseId: '1-2',
    answers: ['ある', '② 全てパソコンから登録（一度求人情報を新規で入力する必要あり）'],
    name: 'ケース1-②',
    expected: [
      'ハローワークに求人を申し込んだことがある場合 (無い場合はケース2へ)',
      'ケース1の場合、以下のどちらかの方法をお選び下さい',
      '② 全てパソコンから登録の場合',
      'ハローワークインターネットサービスにアクセスして「事業所登録・求人申込み（仮登録）」をクリック',
      // The guide's own spelling, kept beside the portal's.
      '事業所登録・求人申し込み（仮登録）',
      'メールアドレスの登録',
      '2で入力したメールアドレスに認証キーが届きます',
      '3で届いた認証キーを入力し、パスワードを登録',
      '⇒引き続き5に進んで下さい',
      '事業所・求人情報を登録をクリック',
      '「求人申し込み実績」画面で、「過去にハローワークに求人を申し込んだことがある」を選択し、事業所番号を入力し、「求人情報を入力」をクリック（※1）',
      '必要な事項を入力し求人仮登録を行う',
      'ハローワークでの確認（本登録）',
      '内容確認後、必要な場合にはハローワークから連絡します',
      '1の事業所登録・求人申込み（仮登録）はここ！',
      '※1 事業所番号がわからない場合は管轄のハローワークに問い合わせ下さい。',
      '「事業所・求人情報を登録」',
      '「求人申し込み実績」',
      '「過去にハローワークに求人を申し込んだことがある」',
      '「求人情報を入力」',
    ],
  },
  {
    caseId: '2',
    answers: ['ない（初めて申し込む）'],
    name: 'ケース2',
    expected: [
      '初めてハローワークに求人を申し込む場合',
      'ハローワークインターネットサービスにアクセス\n「事業所登録・求人申込み（仮登録）」をクリック',
      '事業所登録・求人申し込み（仮登録）',
      'メールアドレスの登録',
      '2で入力したメールアドレスに認証キーが届きます',
      '3で届いた認証キーを入力し、パスワードを登録',
      '事業所情報・求人情報の仮登録',
      '《留意点》事業所情報と求人情報の入力（仮登録）は続けて行って下さい',
      'ハローワークの窓口または電話で本登録手続きを行い開設完了',
    ],
  },
] as const

async function decide(page: Page, answers: readonly string[]): Promise<void> {
  for (const answer of answers) {
    await page.getByLabel(answer, { exact: true }).check()
  }
}

describe('the guide in Chromium', () => {
  for (const walk of CASES) {
    test(`walks case ${walk.caseId} from the decision to the last step and finds it after a restart`, async ({
      openPage,
    }) => {
      const app = await seededApp()
      const page = await openPage(app, '/guide')
      await decide(page, walk.answers)
      await expect
        .poll(() => page.getByTestId('guide-decision-result').textContent())
        .toContain(`「${walk.name}」`)
      await page.getByRole('link', { name: messages.ja.guideUi.decision.toSteps }).click()
      await expect.poll(() => page.locator('main h1').textContent()).toBe('マイページ開設の手順')

      const ids = await page
        .locator('[data-step]')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-step')))
      expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => `${walk.caseId}/${i + 1}`))
      expect(ids.length).toBe({ '1-1': 5, '1-2': 8, '2': 6 }[walk.caseId])
      for (const id of ids) await page.locator(`[data-step-check="${id}"]`).check()
      await expect
        .poll(() => page.locator('main').innerText())
        .toContain(messages.ja.guideUi.steps.allDone)
      await waitSaved(page)

      // Every step, label, address, phone number and hour of the guide, on some screen.
      const text = await textOfAllGuideScreens(page)
      for (const expected of [...EVERY_CASE, ...walk.expected]) {
        expect(text, expected).toContain(expected)
      }

      // Restart: new services on the same folder, a new page.
      const again = await seededApp(app.dataDir)
      const page2 = await openPage(again, '/guide/steps')
      for (const id of ids) {
        await expect.poll(() => page2.locator(`[data-step-check="${id}"]`).isChecked()).toBe(true)
      }
      expect(await page2.locator('.case-name').textContent()).toBe(walk.name)
      await waitSaved(page2)
      await go(page2, 'guide')
      expect(await page2.getByLabel(walk.answers[0], { exact: true }).isChecked()).toBe(true)
    })
  }

  test('unchecks a step, shows the next one and keeps the answer when the case changes back', async ({
    openPage,
  }) => {
    const app = await seededApp()
    const page = await openPage(app, '/guide')
    await decide(page, CASES[2].answers)
    await go(page, 'guide-steps')
    await page.locator('[data-step-check="2/1"]').check()
    await page.locator('[data-step-check="2/2"]').check()
    await page.locator('[data-step-check="2/1"]').uncheck()
    await expect.poll(() => page.locator('main').innerText()).toContain('次は手順1です。')
    await expect.poll(() => page.locator('main').innerText()).toContain('6手順のうち1手順が完了')
    await waitSaved(page)
    expect((await app.services.guide.get('default')).progress.checked).toEqual(['2/2'])
  })

  test('opens the portal and the helpdesk mail through main and copies the sender address', async ({
    openPage,
  }) => {
    const app = await seededApp()
    const page = await openPage(app, '/guide')
    await decide(page, CASES[1].answers)
    await go(page, 'guide-steps')
    await page.getByRole('link', { name: /1の事業所登録・求人申込み（仮登録）はここ！/ }).click()
    await page.getByRole('button', { name: '送信元アドレスをコピー' }).first().click()
    await go(page, 'guide-help')
    await page.getByRole('link', { name: /helpdesk@hd\.hellowork\.mhlw\.go\.jp/ }).click()
    await page.getByRole('link', { name: /利用者マニュアル/ }).click()
    await expect
      .poll(() => app.shell.opened)
      .toEqual([
        'https://www.hellowork.mhlw.go.jp/',
        'mailto:helpdesk@hd.hellowork.mhlw.go.jp',
        'https://www.hellowork.mhlw.go.jp/',
      ])
    expect(app.clipboard.writes).toEqual(['system@mail.hellowork.mhlw.go.jp'])
    expect(await page.locator('main').innerText()).toContain('未確認')
  })

  test('asks whom to call when the user is not sure, with the recorded office', async ({
    openPage,
  }) => {
    const app = await seededApp()
    const page = await openPage(app, '/guide')
    await decide(page, ['わからない'])
    const unsure = page.getByTestId('guide-unsure')
    await expect
      .poll(() => unsure.innerText())
      .toContain(
        '※ハローワークに求人を出したことがあるかわからない場合は管轄のハローワークに問い合わせ下さい。',
      )
    const text = await unsure.innerText()
    expect(text).toContain('ハローワーク新潟')
    expect(text).toContain('0570-077450')
    await checkScreen(page, {
      area: 'guide',
      screen: 'decision-unsure',
      lang: 'ja',
      heading: '該当するケースの確認',
    })
  })

  test('spells the login e-mail for the phone and fills the script from the profile', async ({
    openPage,
  }) => {
    const app = await seededApp()
    const page = await openPage(app, '/guide/phone')
    const text = await page.locator('main').innerText()
    expect(text).toContain('アットマーク')
    expect(text).toContain('ドット')
    expect(text).toContain('ハイフン')
    expect(text).toContain(`${ESTABLISHMENT}の山田 花子と申します。`)
    expect(text).toContain('事業所番号は1501-123456-7です。')
    expect(text).toContain('見間違えやすい文字')
  })

  test('computes the 本登録 deadline from the questions and the 仮登録 day, and keeps them', async ({
    openPage,
  }) => {
    const app = await seededApp()
    const page = await openPage(app, '/guide')
    await decide(page, CASES[2].answers)
    await go(page, 'guide-after')
    const rule = page.getByTestId('guide-rule')
    await rule
      .locator('[data-question="firstOfferViaMyPage"]')
      .getByLabel('はい', { exact: true })
      .check()
    await rule
      .locator('[data-question="myPageOpenedAtCounter"]')
      .getByLabel('いいえ', { exact: true })
      .check()
    await expect.poll(() => rule.locator('.rule-result').getAttribute('data-applies')).toBe('true')
    // 2026-12-15 + 14 days = 12/29, inside the year-end break: the deadline moves back to 12/28.
    await page.locator('#guide-kari-toroku').fill('2026-12-15')
    const deadline = page.getByTestId('guide-deadline')
    await expect.poll(() => deadline.innerText()).toContain('本登録の期限：2026年12月28日')
    expect(await deadline.innerText()).toContain('年末年始（12月29日～1月3日）')
    await waitSaved(page)

    const again = await seededApp(app.dataDir)
    const page2 = await openPage(again, '/guide/after')
    await expect
      .poll(() => page2.getByTestId('guide-deadline').innerText())
      .toContain('本登録の期限：2026年12月28日')
  })

  test('prints the sheet: A4 through main, and the PDF holds the establishment, case and deadline', async ({
    openPage,
  }) => {
    const app = await seededApp()
    const page = await openPage(app, '/guide')
    await decide(page, CASES[2].answers)
    await go(page, 'guide-after')
    await page
      .locator('[data-question="helloWorkAsked"]')
      .getByLabel('はい', { exact: true })
      .check()
    await page.locator('#guide-kari-toroku').fill('2026-12-15')
    await go(page, 'guide-steps')
    await page.locator('[data-step-check="2/1"]').check()
    await go(page, 'guide-sheet')
    await page.getByLabel('メモ（シートに印刷されます）').fill('窓口で求人票の控えを受け取る')

    const folder = mkdtempSync(join(tmpdir(), 'hwmp-sheet-'))
    app.dialogs.savePaths.push(join(folder, 'sheet.pdf'))
    await page.getByTestId('sheet-print').click()
    await expect
      .poll(() => page.getByTestId('sheet-print-status').textContent())
      .toBe('「sheet.pdf」に保存しました。')
    expect(app.pdf.options).toEqual([{ pageSize: 'A4', landscape: false }])
    expect(existsSync(join(folder, 'sheet.pdf'))).toBe(true)
    expect(app.dialogs.asked.at(-1)?.defaultName).toMatch(
      /^マイページ準備シート_\d{4}-\d{2}-\d{2}\.pdf$/,
    )
    expect((await app.services.guide.get('default')).progress.notes).toBe(
      '窓口で求人票の控えを受け取る',
    )

    // The print CSS as Chromium prints it (what Electron's printToPDF does with the same page).
    await page.emulateMedia({ media: 'print' })
    const pdfPath = join(folder, 'chromium.pdf')
    writeFileSync(pdfPath, await page.pdf({ format: 'A4' }))
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })
    expect(info).toMatch(/Page size:.*\(A4\)/)
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' })
    const flat = text.replace(/\s+/g, '')
    expect(flat).toContain(ESTABLISHMENT)
    expect(flat).toContain('ケース2')
    expect(flat).toContain('初めてハローワークに求人を申し込む場合')
    expect(flat).toContain('本登録の期限：2026年12月28日')
    expect(flat).toContain('窓口で求人票の控えを受け取る')
    expect(flat).toContain('☑済')
    // Nothing but the sheet: no menu, no buttons.
    expect(flat).not.toContain('PDFに保存')
    expect(flat).not.toContain('メインメニュー')
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeLessThanOrEqual(2)
    await page.emulateMedia({ media: 'screen' })
  })

  for (const lang of LOCALES) {
    test(`shows every guide screen with a case walked, in ${lang}, accessible`, async ({
      openPage,
    }) => {
      const app = await seededApp()
      app.services.settings.setLocale(lang)
      await app.services.guide.save('default', {
        version: 1,
        caseAnswers: { filedBefore: 'no' },
        checked: ['2/1', '2/2'],
        honToroku: { firstOfferViaMyPage: true, myPageOpenedAtCounter: false },
        kariTorokuDate: '2026-12-15',
        confirmations: { mailboxOnThisPc: true },
        notes: '',
      })
      const page = await openPage(app, '/guide')
      for (const screen of screens.filter((s) => s.meta.area === 'guide')) {
        await page.locator(`[data-guide-nav="${screen.name}"]`).click()
        await checkScreen(page, {
          area: 'guide',
          screen: `${screen.meta.screen}-case2`,
          lang,
          heading: lookup(messages[lang], screen.meta.titleKey),
        })
      }
    })
  }

  test('shows the steps of case 1-① and 1-② for screenshots', async ({ openPage }) => {
    for (const walk of [CASES[0], CASES[1]]) {
      const app = await seededApp()
      const page = await openPage(app, '/guide')
      await decide(page, walk.answers)
      await go(page, 'guide-steps')
      await checkScreen(page, {
        area: 'guide',
        screen: `steps-case${walk.caseId}`,
        lang: 'ja',
        heading: 'マイページ開設の手順',
      })
    }
  })
})
