import { describe, expect } from 'vitest'
import { test } from './harness/fixture'
import { messages } from '../src/renderer/src/i18n/testing'
import { screens } from '../src/renderer/src/screens'
import { LOCALES } from '@shared/settings'
import { sampleDraft, sampleProfile } from '@shared/job-offer/testing/fixtures'
import { checkScreen } from './harness/browser'
import { createTestApp } from './harness/test-app'
import { lookup } from './harness/messages'

describe('the app shell in Chromium', () => {
  for (const lang of LOCALES) {
    test(`shows every routed screen in ${lang}, accessible, with a Japanese font`, async ({
      open,
      server,
    }) => {
      // The sample establishment and offer, so the screens about one draft show it, not "not found".
      const app = await createTestApp()
      await app.services.profile.save('default', sampleProfile())
      const draft = sampleDraft()
      await app.services.drafts.save('default', draft)
      app.services.settings.setLocale(lang)
      const view = await open(app)
      // Screens in the navigation are reached by clicking it; the others (bare windows, sub-screens)
      // by their address, after all the clicks.
      const ordered = [
        ...screens.filter((s) => 'navKey' in s.meta),
        ...screens.filter((s) => !('navKey' in s.meta)),
      ]
      for (const screen of ordered) {
        if ('navKey' in screen.meta) {
          await view.page.locator(`nav [data-nav="${screen.name}"]`).click()
        } else {
          const query = screen.name.startsWith('drafts-') ? `?id=${draft.id}` : ''
          await view.page.goto(`${server.url}/#${screen.path.replace(/:[a-zA-Z]+/g, '1')}${query}`)
        }
        await checkScreen(view.page, {
          area: screen.meta.area,
          screen: screen.meta.screen,
          lang,
          heading: lookup(messages[lang], screen.meta.titleKey),
          screenshot:
            screen.meta.area === 'home' ||
            screen.meta.area === 'settings' ||
            screen.meta.area === 'about'
              ? 'always'
              : 'if-missing',
        })
        expect(await view.page.title()).toContain(lookup(messages[lang], 'app.name'))
      }
    })
  }

  test('switches language in settings and keeps it across a restart', async ({ open }) => {
    const first = await createTestApp()
    const view = await open(first, '/settings')
    await view.page.getByLabel('English').check()
    await expect.poll(() => view.page.locator('main h1').textContent()).toBe('Settings')
    await expect.poll(() => view.page.getByRole('status').textContent()).toBe('Saved')
    view.detach()

    // Restart: new services on the same data folder, a new page.
    const second = await createTestApp(first.dataDir)
    const again = await open(second, '/')
    expect(await again.page.locator('main h1').textContent()).toBe(messages.en.home.title)
    expect(await again.page.evaluate(() => document.documentElement.lang)).toBe('en')
  })

  test('lists the data sources with their dates on the about screen', async ({ open }) => {
    const app = await createTestApp()
    const view = await open(app, '/about')
    const rows = view.page.locator('tr[data-source]')
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(4)
    const holidays = await view.page.locator('tr[data-source="holidays"]').textContent()
    expect(holidays).toContain('2.5.1')
    expect(holidays).toContain('予測')
    expect(await view.page.getByTestId('app-version').textContent()).toBe('0.1.0')
  })

  test('lists the licences the build generated, each full text behind a disclosure', async ({
    open,
  }) => {
    const app = await createTestApp()
    const view = await open(app, '/about')
    // The package a hand-written list once missed.
    const row = view.page.locator('tr[data-licence="encoding-japanese"]')
    await row.waitFor()
    expect(await row.textContent()).toContain('2.5.0')
    expect(await view.page.locator('tr[data-licence]').count()).toBeGreaterThan(20)
    const text = row.locator('pre')
    expect(await text.isVisible()).toBe(false)
    await row.locator('summary').click()
    await expect.poll(() => text.isVisible()).toBe(true)
    expect(await text.textContent()).toContain('MIT License')
  })

  test('moves focus to the new heading after navigation and offers a skip link', async ({
    open,
    server,
  }) => {
    const app = await createTestApp()
    const view = await open(app, '/')
    await view.page.locator('nav [data-nav="about"]').click()
    await expect.poll(() => view.page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    // A fresh load: the first Tab from the top of the page reaches the skip link before anything else.
    await view.page.goto(`${server.url}/#/`)
    await view.page.reload()
    await view.page.locator('main h1').first().waitFor()
    await view.page.keyboard.press('Tab')
    const skip = await view.page.evaluate(() => document.activeElement?.textContent)
    expect(skip).toBe(messages.ja.app.skipToContent)
    await view.page.keyboard.press('Enter')
    expect(await view.page.evaluate(() => document.activeElement?.id)).toBe('main')
    expect(view.page.url()).toContain('#/')
  })
})
