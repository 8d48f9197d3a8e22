import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { test } from './harness/fixture'
import { LOCALES } from '@shared/settings'
import { sampleDraft } from '@shared/job-offer/testing/fixtures'
import { hurriedOffer } from '@shared/job-offer/testing/offers'
import { messages } from '../src/renderer/src/i18n/testing'
import { checkScreen } from './harness/browser'
import { createTestApp, type TestApp } from './harness/test-app'
import { lookup } from './harness/messages'

/**
 * The offer check end to end: the hurried owner's offer and the sample offer saved through main,
 * the check screen, the counts on the list, the lines under the fields, a finding's link landing on
 * its field, the current minimum wage entered in the short form, and the composed 2024-04 text on
 * the clipboard.
 */

/** The hurried offer (in 東京) beside the sample offer, saved through main as the app would. */
async function appWithOffers(): Promise<TestApp> {
  const app = await createTestApp()
  const { draft, profile } = hurriedOffer()
  await app.services.profile.save('default', profile)
  await app.services.drafts.save('default', draft)
  await app.services.drafts.save('default', sampleDraft())
  return app
}

const rules = (page: Page, scope: string) =>
  page
    .locator(`${scope} [data-offer-rule]`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-offer-rule')))

async function fileOn(page: Page, day: string): Promise<void> {
  await page.locator('[data-check-on]').fill(day)
  await page.locator('[data-check-on]').dispatchEvent('change')
}

describe('the offer check in Chromium', () => {
  test('finds every fault of the hurried offer on the check screen, grouped by severity', async ({
    openPage,
  }) => {
    const app = await appWithOffers()
    const page = await openPage(app, '/drafts/check?id=hurried')
    await page.locator('[data-offer-findings]').waitFor()
    await fileOn(page, '2026-06-01')
    await expect.poll(() => page.locator('[data-mw-rate]').textContent()).toContain('1,226')
    const refused = await rules(page, '[data-offer-findings] [data-severity="refused"]')
    for (const rule of [
      'min-wage-below',
      'break-short',
      'daily-over-8',
      'weekly-over-40',
      'weekly-day-off',
      'age-exception-direction',
    ]) {
      expect(refused).toContain(rule)
    }
    const correction = await rules(page, '[data-offer-findings] [data-severity="correction"]')
    for (const rule of [
      'fixed-overtime-over-45',
      'gendered-wording',
      'retirement-continued-employment',
      'transfer-scope-missing',
      'renewal-cap-unanswered',
      'change-scope-missing',
    ]) {
      expect(correction).toContain(rule)
    }
    expect(await page.locator('[data-check-footnote]').textContent()).toContain('ハローワーク')
    const wage = page.locator('[data-offer-rule="min-wage-below"]').first()
    expect(await wage.textContent()).toContain('最低賃金法4条1項')
  })

  test('lands on the field when a finding’s link is followed', async ({ openPage, server }) => {
    const app = await appWithOffers()
    const page = await openPage(app, '/drafts/check?id=hurried')
    await page.locator('[data-offer-findings]').waitFor()
    await page.locator('[data-offer-rule="break-short"] [data-offer-fix]').first().click()
    await page.locator('[data-edit-screen="5"]').waitFor()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field')))
      .toBe('hours.breakMinutes')
    // And to a field on another screen.
    await page.goto(`${server.url}/#/drafts/check?id=hurried`)
    await page.locator('[data-offer-rule="gendered-wording"] [data-offer-fix]').first().click()
    await page.locator('[data-edit-screen="3"]').waitFor()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field')))
      .toBe('job.title')
  })

  test('updates the line under a field as the user types, and clears it when fixed', async ({
    openPage,
  }) => {
    const app = await appWithOffers()
    const page = await openPage(app, '/drafts/edit?id=hurried&screen=3')
    const title = page.locator('[data-draft-field="job.title"]')
    await expect.poll(() => title.locator('[data-offer-rule]').count()).toBe(1)
    await page.locator('[data-field="job.title"]').fill('営業職')
    await expect.poll(() => title.locator('[data-offer-rule]').count()).toBe(0)
    await page.locator('[data-field="job.title"]').press('End')
    await page.keyboard.type('・看護婦')
    await expect
      .poll(() => title.locator('[data-offer-rule="gendered-wording"]').textContent())
      .toContain('看護師')
    // 「変更なし」 is one click away, and 仕事内容 shows what will be pasted.
    const scope = page.locator('[data-draft-field="job.changeScope"]')
    expect(await scope.locator('[data-offer-rule="change-scope-missing"]').count()).toBe(1)
    await page.locator('[data-no-change]').click()
    await expect.poll(() => scope.locator('[data-offer-rule]').count()).toBe(0)
    expect(await page.locator('[data-composed="job.description"]').textContent()).toContain(
      '変更範囲：変更なし',
    )
    // The line is saved with the draft: main has it.
    await expect
      .poll(async () => (await app.services.drafts.get('default', 'hurried')).job.changeScope, {
        timeout: 5000,
      })
      .toBe('変更なし')
  })

  test('counts findings on the drafts list and blocks readiness on a refusal', async ({
    openPage,
  }) => {
    const app = await appWithOffers()
    const page = await openPage(app, '/drafts')
    await page.locator('[data-draft="hurried"] [data-offer-count]').waitFor()
    expect(
      await page.locator('[data-draft="hurried"] [data-offer-count]').getAttribute('data-refused'),
    ).toBe('true')
    expect(
      await page
        .locator('[data-draft="sample-carpenter"] [data-offer-count]')
        .getAttribute('data-refused'),
    ).toBe('false')
    // With only the hurried offer, readiness lists its refusals and is not ready.
    await app.services.drafts.remove('default', 'sample-carpenter')
    await page.reload()
    const panel = page.locator('[data-readiness]')
    await panel.locator('[data-readiness-offer="min-wage-below"]').waitFor()
    expect(await panel.getAttribute('data-ready')).toBe('false')
  })

  test('allows 44 hours a week once the profile shows a small workplace in 商業', async ({
    openPage,
    server,
  }) => {
    const app = await appWithOffers()
    const draft = sampleDraft()
    Object.assign(draft.hours, { variableHours: 'none', weeklyHours: '42' })
    await app.services.drafts.save('default', draft)
    const profile = (await app.services.profile.get('default')).profile
    await app.services.profile.save('default', {
      ...profile,
      establishment: { ...profile.establishment, industryGroup: '', employeesHere: '6' },
    })
    const page = await openPage(app, '/drafts/edit?id=sample-carpenter&screen=5')
    const weekly = page.locator(
      '[data-draft-field="hours.weeklyHours"] [data-offer-rule="weekly-over-40"]',
    )
    await expect.poll(() => weekly.textContent()).toContain('44')
    await page.goto(`${server.url}/#/profile/details`)
    await page.locator('[data-choice="establishment.industryGroup"]').selectOption('commerce')
    await expect
      .poll(
        async () => (await app.services.profile.get('default')).profile.establishment.industryGroup,
      )
      .toBe('commerce')
    await page.goto(`${server.url}/#/drafts/edit?id=sample-carpenter&screen=5`)
    await page.locator('[data-edit-screen="5"]').waitFor()
    await expect.poll(() => weekly.count()).toBe(0)
  })

  test('takes the current minimum wage in one short form and uses it from its 発効日', async ({
    openPage,
  }) => {
    const app = await appWithOffers()
    const page = await openPage(app, '/drafts/check?id=sample-carpenter')
    await page.locator('[data-minimum-wage]').waitFor()
    await fileOn(page, '2026-11-30')
    await page.locator('[data-mw-horizon]').waitFor()
    expect(await rules(page, '[data-offer-findings]')).toContain('min-wage-table-horizon')
    // The finding's link lands on the rate form.
    await page
      .locator('[data-offer-rule="min-wage-table-horizon"] [data-offer-fix]')
      .first()
      .click()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-mw-input')))
      .toBe('amount')
    // The form starts on the offer's prefecture (the hurried owner's profile is in 東京).
    expect(await page.locator('[data-mw-input="prefecture"]').inputValue()).toBe('東京都')
    await page.locator('[data-mw-input="amount"]').fill('１，３００円')
    await page.locator('[data-mw-input="from"]').fill('2026-10-03')
    await page.locator('[data-mw-save]').click()
    await expect
      .poll(() => app.services.minimumWage.list().rates)
      .toEqual([{ prefecture: '東京都', amount: 1300, effectiveFrom: '2026-10-03' }])
    await expect.poll(() => page.locator('[data-mw-horizon]').count()).toBe(0)
    expect(await page.locator('[data-mw-rate]').textContent()).toContain('1,300')
    expect(await rules(page, '[data-offer-findings]')).not.toContain('min-wage-table-horizon')
    // Before its 発効日 the table's rate is back.
    await fileOn(page, '2026-10-02')
    await expect.poll(() => page.locator('[data-mw-rate]').textContent()).toContain('1,226')
    // A typing mistake is refused on the field, and nothing is saved.
    await page.locator('[data-mw-input="amount"]').fill('13000')
    await page.locator('[data-mw-input="from"]').fill('2026-10-04')
    await page.locator('[data-mw-save]').click()
    await expect
      .poll(() => page.locator('[data-mw-input="amount"]').getAttribute('aria-invalid'))
      .toBe('true')
    expect(app.services.minimumWage.list().rates).toHaveLength(1)
  })

  test('marks unverified choices on screens 1 and 2, and notes what online applications cost', async ({
    openPage,
    server,
  }) => {
    const app = await appWithOffers()
    const page = await openPage(app, '/drafts/edit?id=sample-carpenter&screen=1')
    const options = await page
      .locator('[data-field="category.publication"] option')
      .evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''))
    expect(options.slice(1).map((o) => o.endsWith('（未確認）'))).toEqual([false, true, true, true])
    expect(await page.locator('[data-online-note]').textContent()).toContain(
      '特定求職者雇用開発助成金',
    )
    await page.goto(`${server.url}/#/drafts/edit?id=sample-carpenter&screen=2`)
    const smoking = await page
      .locator('[data-field="workplace.smoking"] option')
      .evaluateAll((els) => els.slice(1).map((e) => e.textContent?.trim() ?? ''))
    expect(smoking.length).toBeGreaterThan(0)
    expect(smoking.every((o) => o.endsWith('（未確認）'))).toBe(true)
    // 喫煙専用室 without saying whether work happens there: a line under 特記事項.
    await page.locator('[data-field="workplace.smoking"]').selectOption('smoking-room')
    await page
      .locator('[data-draft-field="workplace.smokingNote"] [data-offer-rule="smoking-area-work"]')
      .waitFor()
    await page.locator('[data-field="workplace.smokingNote"]').fill('喫煙可能区域での業務なし')
    await expect
      .poll(() =>
        page.locator('[data-draft-field="workplace.smokingNote"] [data-offer-rule]').count(),
      )
      .toBe(0)
  })

  test('pastes the composed 2024-04 text from the copy panel', async ({ openPage }) => {
    const app = await appWithOffers()
    const page = await openPage(app, '/copy/job-3')
    await page.locator('[data-copy-screen="job-3"]').waitFor()
    await page.locator('[data-draft-picker]').selectOption('sample-carpenter')
    await page.locator('[data-copy="job.description"]').click()
    await expect.poll(() => app.clipboard.writes.at(-1)).toContain('\n変更範囲：変更なし')
  })

  for (const lang of LOCALES) {
    test(`photographs the check screen and a draft with findings in ${lang}`, async ({
      openPage,
      server,
    }) => {
      const app = await appWithOffers()
      app.services.settings.setLocale(lang)
      const page = await openPage(app, '/drafts/check?id=hurried')
      await page.locator('[data-offer-findings]').waitFor()
      await fileOn(page, '2026-06-01')
      const heading = lookup(messages[lang], 'jobOfferUi.check.title')
      await checkScreen(page, { area: 'offers', screen: 'check-hurried', lang, heading })
      await page.goto(`${server.url}/#/drafts/check?id=sample-carpenter`)
      await page.locator('[data-minimum-wage]').waitFor()
      await checkScreen(page, { area: 'offers', screen: 'check-sample', lang, heading })
      for (const screen of ['3', '5']) {
        await page.goto(`${server.url}/#/drafts/edit?id=hurried&screen=${screen}`)
        await page.locator(`[data-edit-screen="${screen}"] [data-offer-rule]`).first().waitFor()
        await checkScreen(page, {
          area: 'offers',
          screen: `check-draft-${screen}`,
          lang,
          heading: lookup(messages[lang], 'jobOfferUi.titles.edit'),
        })
      }
      await page.goto(`${server.url}/#/drafts`)
      await page.locator('[data-offer-count]').first().waitFor()
      await checkScreen(page, {
        area: 'offers',
        screen: 'check-list',
        lang,
        heading: lookup(messages[lang], 'jobOfferUi.titles.drafts'),
      })
    })
  }
})
