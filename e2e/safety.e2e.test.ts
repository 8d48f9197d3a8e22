import type {} from 'playwright-core'
import { describe, expect } from 'vitest'
import { test } from './harness/fixture'
import { emptyDraft } from '@shared/job-offer/model'
import { sampleDraft, sampleProfile } from '@shared/job-offer/testing/fixtures'
import { emptyProfile } from '@shared/profile/model'
import { LOCALES, type Locale } from '@shared/settings'
import { messages } from '../src/renderer/src/i18n/testing'
import { FaultyDisk } from '../src/main/testing/faulty-disk'
import { checkScreen } from './harness/browser'
import { createTestApp, type TestApp } from './harness/test-app'
import { lookup } from './harness/messages'

const title = (lang: Locale, key: string) => lookup(messages[lang], key)

/** An app whose profile is complete except a 法人番号 and a login e-mail with errors. */
async function withErrors(lang: Locale): Promise<TestApp> {
  const app = await createTestApp()
  app.services.settings.setLocale(lang)
  const profile = sampleProfile()
  profile.company.corporateNumber = '7-1234-5678-9012'
  profile.account.loginEmail = 'a@b@c.example'
  await app.services.profile.save('default', profile)
  await app.services.drafts.save('default', sampleDraft())
  return app
}

describe('errors count', () => {
  for (const lang of LOCALES) {
    test(`the overview does not call an invalid 法人番号 or e-mail done (${lang})`, async ({
      openPage,
    }) => {
      const app = await withErrors(lang)
      const page = await openPage(app, '/profile')
      const company = page.locator('[data-completeness="company"]')
      await company.locator('[data-to-fix]').waitFor()
      expect(await company.locator('.profile-complete').count()).toBe(0)
      expect(
        await page.locator('[data-completeness="account"] [data-to-fix]').innerText(),
      ).toContain(lang === 'ja' ? 'メールアドレス' : 'e-mail')
      await checkScreen(page, {
        area: 'safety',
        screen: 'overview-errors',
        lang,
        heading: title(lang, 'profile.title'),
      })
    })

    test(`the copy panel marks them and asks before copying (${lang})`, async ({ openPage }) => {
      const app = await withErrors(lang)
      const page = await openPage(app, '/copy/est-1')
      const row = page.locator('[data-field="company.corporateNumber"]')
      await row.waitFor()
      expect(await row.getAttribute('data-invalid')).toBe('true')
      await row.locator('[data-copy]').click()
      expect(app.clipboard.writes).toEqual([])
      await row.locator('[data-confirm]').waitFor()
      await checkScreen(page, {
        area: 'safety',
        screen: 'copy-errors',
        lang,
        heading: await page.locator('main h1').first().innerText(),
      })
      await row.locator('[data-copy-anyway]').click()
      // The separators are settled away when copied; the error itself is the user's to judge.
      await expect.poll(() => app.clipboard.writes).toEqual(['7123456789012'])
    })
  }
})

describe('one over-long field never blocks the rest', () => {
  test('10,000 characters in 法人名 plus edits elsewhere: named on screen, the edits there after a restart', async ({
    openPage,
  }) => {
    const first = await createTestApp()
    const saved = emptyProfile()
    saved.company.name = '株式会社まえの名前'
    await first.services.profile.save('default', saved)
    const page = await openPage(first, '/profile/company')
    const name = page.locator('[data-field="company.name"]')
    // Pasted in full: the input cuts nothing (the field says what is too long instead).
    await name.fill('長'.repeat(10_000))
    expect(await name.inputValue()).toHaveLength(10_000)
    await page.locator('[data-field="company.employeesTotal"]').fill('12')
    await page.locator('[data-field="company.employeesTotal"]').blur()
    const status = page.getByTestId('save-status')
    await expect.poll(() => status.getAttribute('data-state')).toBe('refused')
    expect(await status.innerText()).toContain('法人名')
    expect(await status.innerText()).toContain('500')
    expect(
      await page.locator('[data-path="company.name"] [data-code="over-storage-limit"]').innerText(),
    ).toContain('500')
    await checkScreen(page, {
      area: 'safety',
      screen: 'over-limit',
      lang: 'ja',
      heading: title('ja', 'profile.screens.company.title'),
    })

    const second = await createTestApp(first.dataDir)
    const stored = (await second.services.profile.get('default')).profile
    expect(stored.company.employeesTotal).toBe('12')
    expect(stored.company.name).toBe('株式会社まえの名前')
  })

  test('a draft’s 職種 of 501 characters: its error stays with that draft', async ({
    openPage,
  }) => {
    const app = await createTestApp()
    await app.services.drafts.save('default', emptyDraft('draft-a'))
    await app.services.drafts.save('default', emptyDraft('draft-b'))
    const page = await openPage(app, '/drafts/edit?id=draft-a&screen=3')
    const titleField = page.locator('[data-field="job.title"]')
    await titleField.evaluate((el: HTMLInputElement) => {
      el.value = '調'.repeat(501)
      el.dispatchEvent(new Event('input', { bubbles: true }))
    })
    await titleField.blur()
    const status = page.locator('.draft-save-status')
    await expect.poll(() => status.getAttribute('data-refused')).toBe('true')
    expect(await status.innerText()).toContain('職種')
    await page.goto(`${page.url().split('#')[0]}#/drafts/edit?id=draft-b&screen=3`)
    await page.locator('[data-draft-title]').waitFor()
    await expect.poll(() => status.getAttribute('data-refused')).toBe('false')
    expect(await status.getAttribute('data-error')).toBe('false')
  })
})

describe('the app always starts', () => {
  for (const lang of LOCALES) {
    test(`a data folder locked by a sync client: the recovery screen says so and retries (${lang})`, async ({
      openPage,
    }) => {
      const disk = new FaultyDisk().inject({ op: '*', code: 'EBUSY' })
      const app = await createTestApp(undefined, { disk })
      app.services.settings.setLocale(lang)
      const page = await openPage(app, '/profile/recovery')
      const problem = page.locator('[data-folder-problem]')
      await problem.waitFor()
      expect(await problem.locator('[data-problem]').getAttribute('data-problem')).toBe('busy')
      expect(await page.locator('[data-section="import"]').count()).toBe(0)
      await checkScreen(page, {
        area: 'safety',
        screen: 'folder-locked',
        lang,
        heading: title(lang, 'profile.recovery.title'),
      })
      disk.clear()
      await page.locator('[data-action="retry"]').click()
      await expect
        .poll(() => page.locator('[data-retry-status]').innerText())
        .toBe(title(lang, 'profile.folder.opened'))
      await page.goto(`${page.url().split('#')[0]}#/profile/company`)
      await page.locator('[data-field="company.name"]').fill('開けた後の入力')
      await page.locator('[data-field="company.name"]').blur()
      await expect
        .poll(async () => (await app.services.profile.get('default')).profile.company.name)
        .toBe('開けた後の入力')
    })

    test(`a fault main caught is shown, never silent; unsaved edits are offered back (${lang})`, async ({
      openPage,
    }) => {
      const app = await createTestApp()
      app.services.settings.setLocale(lang)
      const profile = emptyProfile()
      profile.establishment.name = '預かった入力'
      app.services.edits.hold({ kind: 'profile', profileId: 'default', revision: 1, doc: profile })
      const page = await openPage(app, '/')
      await page.locator('[data-pending-edits]').waitFor()
      app.services.faults.report('unhandled-rejection', new Error('x'))
      await page.locator('[data-fault-notice]').waitFor()
      await checkScreen(page, {
        area: 'safety',
        screen: 'notices',
        lang,
        heading: title(lang, 'home.title'),
      })
    })
  }
})
