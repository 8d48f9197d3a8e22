import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { test } from './harness/fixture'
import { sampleDraft, sampleProfile } from '@shared/job-offer/testing/fixtures'
import type { JobOfferDraft } from '@shared/job-offer/model'
import { LOCALES } from '@shared/settings'
import { messages } from '../src/renderer/src/i18n/testing'
import { checkScreen } from './harness/browser'
import { lookup } from './harness/messages'
import { createTestApp, type TestApp } from './harness/test-app'

/**
 * What comes after acceptance (the guide's part, the drafts list with validity dates, the home
 * list of offers ending soon), dates and sizes that cannot mislead, and a tab pasted into a field.
 * The page reads 2026-06-20 10:00 in Japan, so every date below is fixed and written by hand.
 */
const TODAY = Date.parse('2026-06-20T10:00:00+09:00')

test.beforeAll(async ({ browser }) => {
  // Fixed, not paused: the page's own timers (autosave, axe) keep running.
  await browser.context.clock.install({ time: TODAY })
  await browser.context.clock.setFixedTime(TODAY)
})

function draft(id: string, title: string, acceptance: JobOfferDraft['acceptance']): JobOfferDraft {
  const d = sampleDraft()
  d.id = id
  d.job.title = title
  d.acceptance = acceptance
  return d
}

/** Three offers: accepted 4/17 (ends 6/30, renew from 6/20), accepted 5/8 and extended, not yet. */
async function seeded(): Promise<TestApp> {
  const app = await createTestApp()
  await app.services.profile.save('default', sampleProfile())
  const none = { acceptedOn: '', offerNumber: '', extended: false }
  for (const d of [
    draft('carpenter', '大工（木造住宅）', {
      acceptedOn: '2026-04-17',
      offerNumber: '15010-01234567',
      extended: false,
    }),
    draft('painter', '塗装工', { acceptedOn: '2026-05-08', offerNumber: '', extended: true }),
    draft('office', '一般事務', none),
  ]) {
    await app.services.drafts.save('default', d)
  }
  return app
}

const card = (page: Page, id: string) => page.locator(`[data-acceptance="${id}"]`)

describe('after the offer is accepted', () => {
  for (const lang of LOCALES) {
    test(`the guide's after-care part, the drafts list with validity dates and the home list (${lang})`, async ({
      openPage,
      server,
    }) => {
      const app = await seeded()
      app.services.settings.setLocale(lang)
      const page = await openPage(app, '/guide/aftercare')

      const main = page.locator('main')
      await expect.poll(() => main.innerText()).toContain('更新求人')
      const text = await main.innerText()
      // The sources' own example, computed by the one validity function: 4/17 → 6/30.
      expect(await page.locator('[data-validity-example]').innerText()).toContain(
        lang === 'ja' ? '2026年4月17日' : '17 April 2026',
      )
      expect(await page.locator('[data-validity-example]').innerText()).toContain(
        lang === 'ja' ? '2026年6月30日' : '30 June 2026',
      )
      // From secondary sources, and said so.
      expect(await page.locator('[data-certainty="third-party"]').innerText()).toBe(
        lookup(messages[lang], 'jobOffer.certainty.thirdParty'),
      )
      for (const label of ['有効期間延長', '新規求人情報を登録', '転用可能な求人一覧']) {
        expect(text).toContain(label)
      }
      await checkScreen(page, {
        area: 'guide',
        screen: 'aftercare',
        lang,
        heading: lookup(messages[lang], 'guideUi.titles.aftercare'),
        screenshot: 'always',
      })

      // The drafts list: validity end and reminder day per accepted offer.
      await page.goto(`${server.url}/#/drafts`)
      await card(page, 'carpenter').locator('[data-valid-until]').waitFor()
      const ja = lang === 'ja'
      expect(await card(page, 'carpenter').locator('[data-valid-until]').innerText()).toContain(
        ja ? '2026年6月30日' : '30 June 2026',
      )
      expect(await card(page, 'carpenter').locator('[data-remind-on]').innerText()).toContain(
        ja ? '2026年6月20日' : '20 June 2026',
      )
      expect(await card(page, 'carpenter').locator('[data-validity-state]').innerText()).toBe(
        ja
          ? '更新の準備を始める時期です（あと10日）'
          : 'Time to prepare the renewal (10 day(s) left)',
      )
      // Extended by a month: 5/8 → 7/31 + 1 month = 8/31.
      expect(await card(page, 'painter').locator('[data-valid-until]').innerText()).toContain(
        ja ? '2026年8月31日' : '31 August 2026',
      )
      expect(await card(page, 'office').locator('[data-valid-until]').count()).toBe(0)

      // Recording the third: the day, the 求人番号 typed full-width, then the validity appears.
      const office = card(page, 'office')
      await office.locator('summary').click()
      await office.locator('[data-accepted-on]').fill('2026-05-01')
      const number = office.locator('[data-offer-number]')
      await number.fill('１３０１０１２３４５６７８')
      await number.blur()
      expect(await number.inputValue()).toBe('13010-12345678')
      await expect
        .poll(() => office.locator('[data-valid-until]').innerText())
        .toContain(ja ? '2026年7月31日' : '31 July 2026')
      await expect
        .poll(
          async () =>
            (await app.services.drafts.list('default')).drafts.find((d) => d.id === 'office')
              ?.acceptance,
          { timeout: 5000 },
        )
        .toEqual({ acceptedOn: '2026-05-01', offerNumber: '13010-12345678', extended: false })
      await checkScreen(page, {
        area: 'offers',
        screen: 'validity',
        lang,
        heading: lookup(messages[lang], 'jobOfferUi.titles.drafts'),
      })

      // Home: only the offer ending within 14 days (6/30), with its 求人番号.
      await page.goto(`${server.url}/#/`)
      const ending = page.locator('[data-offers-ending]')
      await ending.waitFor()
      expect(await ending.locator('[data-ending]').count()).toBe(1)
      expect(await ending.locator('[data-ending="carpenter"]').innerText()).toContain(
        '15010-01234567',
      )
    })
  }
})

describe('dates and sizes that cannot mislead', () => {
  test('a 仮登録 day whose deadline passed says so; a refused day hides the old deadline', async ({
    openPage,
  }) => {
    const app = await seeded()
    await app.services.guide.save('default', {
      version: 1,
      caseAnswers: { filedBefore: 'no' },
      checked: [],
      honToroku: { helloWorkAsked: true },
      kariTorokuDate: '2026-05-01',
      confirmations: {},
      notes: '',
    })
    const page = await openPage(app, '/guide/after')
    const deadline = page.getByTestId('guide-deadline')
    // 5/1 + 14 = 5/15 (a Friday): passed 36 days before 6/20.
    await expect.poll(() => deadline.innerText()).toContain('本登録の期限：2026年5月15日')
    expect(await page.locator('[data-deadline-passed]').innerText()).toBe(
      'この期限は36日前に過ぎています。早めに管轄のハローワークに連絡してください。',
    )
    await page.locator('#guide-kari-toroku').fill('2019-12-31')
    await expect.poll(() => page.locator('#guide-kari-toroku-error').count()).toBe(1)
    expect(await deadline.count()).toBe(0)
    // A reload hands every unsaved edit to main first: the refused day must not be among them.
    await page.reload()
    await expect.poll(() => deadline.innerText()).toContain('本登録の期限：2026年5月15日')
    expect((await app.services.guide.get('default')).progress.kariTorokuDate).toBe('2026-05-01')
  })

  test('writes the 仮登録 day of the phone script in Japanese, and its English meaning in English', async ({
    openPage,
  }) => {
    const app = await seeded()
    app.services.settings.setLocale('en')
    await app.services.guide.save('default', {
      version: 1,
      caseAnswers: { filedBefore: 'no' },
      checked: [],
      honToroku: {},
      kariTorokuDate: '2026-05-01',
      confirmations: {},
      notes: '',
    })
    const page = await openPage(app, '/guide/phone')
    const line = page.locator('[aria-labelledby="guide-phone-hontoroku"] li').nth(1)
    await expect.poll(() => line.innerText()).toContain('2026年5月1日(金)に、')
    expect(await line.locator('.script-meaning').innerText()).toContain(
      'On Fri, 1 May 2026 we provisionally registered',
    )
  })

  test('refuses a new passphrase of blanks only, before any dialog', async ({ openPage }) => {
    const app = await seeded()
    const page = await openPage(app, '/profile/data')
    await page.locator('#export-passphrase-first').fill(' '.repeat(12))
    await page.locator('#export-passphrase-second').fill(' '.repeat(12))
    await page.locator('[data-action="export"]').click()
    await expect
      .poll(() => page.locator('#export-passphrase-problem').innerText())
      .toBe(lookup(messages.ja, 'profile.passphraseRules.blank'))
    expect(app.dialogs.asked).toEqual([])
  })

  test('shows image sizes in MB, refuses bytes that are no image, and says why a full list is full', async ({
    openPage,
  }) => {
    const app = await seeded()
    const dir = mkdtempSync(join(tmpdir(), 'hwmp-images-'))
    const png = (name: string, size = 12) => {
      const bytes = Buffer.alloc(size)
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes)
      writeFileSync(join(dir, name), bytes)
      return join(dir, name)
    }
    const text = join(dir, 'memo.png')
    writeFileSync(text, 'これは画像ではありません。')
    app.images.lists.push([png('big.png', 2_621_440), text])
    const page = await openPage(app, '/copy/est-6')
    await page.locator('[data-choose-images]').click()
    const big = page.locator('[data-image="big.png"]')
    await big.waitFor()
    expect(await big.innerText()).toContain('2.50 MB')
    expect(await big.innerText()).toContain('エラー：2.50MBで、上限の2.00MBを超えています。')
    const memo = page.locator('[data-image="memo.png"]')
    expect(await memo.getAttribute('data-ok')).toBe('false')
    expect(await memo.innerText()).toContain(
      'エラー：中身がJPEG・GIF・PNG・BMPの画像ではありません。',
    )
    expect(await page.locator('[data-images-full]').count()).toBe(0)

    app.images.lists.push(Array.from({ length: 8 }, (_, i) => png(`shop-${i}.png`)))
    await page.locator('[data-choose-images]').click()
    await page.locator('[data-images-full]').waitFor()
    expect(await page.locator('[data-choose-images]').isDisabled()).toBe(true)
    expect(await page.locator('[data-images-full]').innerText()).toBe(
      '画像は10枚までです（ポータルの上限）。別の画像を選ぶときは、先にどれかをリストから外してください。',
    )
  })
})

describe('a tab pasted into a field', () => {
  test('is named in the editor and left out of what the copy panel copies', async ({
    openPage,
    server,
  }) => {
    const app = await seeded()
    const page = await openPage(app, '/profile/establishment')
    const name = page.locator('[data-field="establishment.name"]')
    await name.fill('')
    await name.focus()
    await page.keyboard.insertText('さくら\t工務店')
    await name.blur()
    const field = page.locator('[data-path="establishment.name"]')
    expect(await field.locator('[data-on-copy-removed]').innerText()).toBe(
      'コピーするときに取り除きます：タブ',
    )
    expect(await field.locator('[data-code]').count()).toBe(0)
    await expect
      .poll(async () => (await app.services.profile.get('default')).profile.establishment.name, {
        timeout: 5000,
      })
      .toBe('さくら\t工務店')

    await page.goto(`${server.url}/#/copy/est-2`)
    const item = page.locator('.copy-item[data-field="establishment.name"]')
    await item.waitFor()
    expect(await item.locator('[data-value]').innerText()).toBe('さくら工務店')
    await page.locator('[data-copy="establishment.name"]').click()
    await expect.poll(() => app.clipboard.writes.at(-1)).toBe('さくら工務店')
  })
})
