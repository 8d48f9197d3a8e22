import type {} from 'playwright-core'
import { describe, expect } from 'vitest'
import { test } from './harness/fixture'
import { DEFAULT_SHORTCUTS, SHORTCUT_CANDIDATES } from '@shared/desktop/shortcuts'
import { sampleDraft, sampleProfile } from '@shared/job-offer/testing/fixtures'
import { LOCALES, type Locale } from '@shared/settings'
import { messages } from '../src/renderer/src/i18n/testing'
import { axeViolations, checkScreen } from './harness/browser'
import { createTestApp, type TestApp } from './harness/test-app'
import { lookup } from './harness/messages'

/**
 * The desktop comforts in Chromium: dark mode, 150 % text and Windows high contrast on the main
 * screens (axe clean in each, screenshots `desktop-<screen>-dark|zoom150-<lang>.png`), the copy
 * panel's global shortcuts as the page sees them, and the small accessibility fixes.
 */

/** Browser zoom at 150 %: the page lays out 1/1.5 as wide and draws at 1.5 device pixels. */
const ZOOM_150 = {
  viewport: { width: Math.round(1180 / 1.5), height: Math.round(820 / 1.5) },
  deviceScaleFactor: 1.5,
}

/** An app with the sample establishment, one draft and a running auth-key countdown. */
async function filledApp(lang: Locale): Promise<TestApp> {
  const app = await createTestApp()
  app.services.settings.setLocale(lang)
  await app.services.profile.save('default', sampleProfile())
  await app.services.drafts.save('default', sampleDraft())
  app.services.timer.start('default')
  // As main does when a window shows a copy panel: the global shortcuts are held.
  app.services.desktop.shortcuts.panelShown('main', true)
  return app
}

const SCREENS = [
  { name: 'home', path: '/', titleKey: 'home.title', ready: 'main h1' },
  { name: 'profile', path: '/profile', titleKey: 'profile.title', ready: 'main h1' },
  {
    name: 'copy',
    path: '/copy/est-2',
    titleKey: 'jobOffer.screen.est2',
    ready: '[data-copy-keys]',
  },
  {
    name: 'timer',
    path: '/timer',
    titleKey: 'timer.title',
    ready: '[data-testid="countdown-digits"]',
  },
] as const

describe('themes and text size', () => {
  for (const lang of LOCALES) {
    test(`main screens in dark mode, at 150 % and in high contrast, in ${lang}`, async ({
      openPage,
      server,
      launchBrowser,
    }) => {
      const app = await filledApp(lang)
      const zoomed = await launchBrowser(ZOOM_150)
      for (const mode of ['dark', 'zoom150'] as const) {
        const page = await openPage(app, '/', mode === 'dark' ? {} : { via: zoomed })
        if (mode === 'dark') await page.emulateMedia({ colorScheme: 'dark' })
        for (const screen of SCREENS) {
          await page.goto(`${server.url}/#${screen.path}`)
          await page.locator(screen.ready).first().waitFor()
          if (mode === 'dark') {
            // The page really is dark, not the light theme under a dark scrollbar.
            const bg = await page.evaluate(
              () => getComputedStyle(document.documentElement).backgroundColor,
            )
            expect(bg).toBe('rgb(17, 23, 20)')
          } else {
            expect(await page.evaluate(() => [innerWidth, devicePixelRatio])).toEqual([787, 1.5])
          }
          await checkScreen(page, {
            area: 'desktop',
            screen: `${screen.name}-${mode}`,
            lang,
            heading: lookup(messages[lang], screen.titleKey),
          })
        }
      }
      // Windows high contrast: the system's colours, visible borders and focus, still axe clean.
      const page = await openPage(app, '/')
      await page.emulateMedia({ forcedColors: 'active' })
      for (const screen of SCREENS) {
        await page.goto(`${server.url}/#${screen.path}`)
        await page.locator(screen.ready).first().waitFor()
        expect(await axeViolations(page), `${screen.name} forced colors`).toEqual([])
      }
      const button = page.locator('button').first()
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement
        const style = getComputedStyle(el)
        return { outline: style.outlineStyle, width: style.outlineWidth }
      })
      expect(focused).toEqual({ outline: 'solid', width: '3px' })
      expect(await button.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid')
    })
  }
})

describe('the copy panel beside the browser', () => {
  test('copies, skips and goes back with the global shortcuts while the panel is open', async ({
    openPage,
  }) => {
    const app = await filledApp('ja')
    const page = await openPage(app, '/copy/est-2')
    await page.locator('[data-copy-keys]').waitFor()
    expect(await page.locator('[data-global-key="next"] kbd').textContent()).toBe(
      'Ctrl+Alt+Shift+N',
    )
    const keys = app.desktop.globalShortcuts
    keys.press(DEFAULT_SHORTCUTS.next)
    await expect
      .poll(() => app.clipboard.writes.at(-1))
      .toBe('カブシキガイシャ\u3000サクラコウムテン')
    keys.press(DEFAULT_SHORTCUTS.skip)
    await expect.poll(() => page.locator('[data-next-field] strong').textContent()).toBe('郵便番号')
    keys.press(DEFAULT_SHORTCUTS.back)
    await expect.poll(() => page.locator('[data-next-field] strong').textContent()).toBe('事業所名')
    keys.press(DEFAULT_SHORTCUTS.next)
    await expect.poll(() => app.clipboard.writes.at(-1)).toBe('株式会社さくら工務店')
    // The panel closes (the app leaves the copy screen): the keys are released.
    app.services.desktop.shortcuts.panelShown('main', false)
    expect(keys.held.size).toBe(0)
    expect(keys.press(DEFAULT_SHORTCUTS.next)).toBe(false)
  })

  test('walks a whole portal screen from the browser: 0 window switches per field', async ({
    openPage,
  }) => {
    const app = await filledApp('ja')
    const page = await openPage(app, '/copy/est-1')
    await page.locator('[data-copy-keys]').waitFor()
    const expected = await page
      .locator('[data-copy]')
      .evaluateAll((buttons) =>
        buttons.map((b) =>
          b.closest('[data-field]')?.querySelector('[data-value]')?.textContent?.trim(),
        ),
      )
    // Whatever the owner does in the panel's window would show here: focus, clicks, keys.
    await page.evaluate(() => {
      const seen = { focus: 0, pointer: 0, keys: 0 }
      ;(window as unknown as { __seen: typeof seen }).__seen = seen
      window.addEventListener('focus', () => seen.focus++)
      window.addEventListener('pointerdown', () => seen.pointer++, true)
      window.addEventListener('keydown', () => seen.keys++, true)
    })
    const before = app.clipboard.writes.length
    for (let i = 0; i < expected.length; i++) {
      app.desktop.globalShortcuts.press(DEFAULT_SHORTCUTS.next)
      await expect.poll(() => app.clipboard.writes.length).toBe(before + i + 1)
    }
    expect(app.clipboard.writes.slice(before)).toEqual(expected)
    expect(expected.length).toBe(7)
    expect(await page.evaluate(() => (window as unknown as { __seen: unknown }).__seen)).toEqual({
      focus: 0,
      pointer: 0,
      keys: 0,
    })
    expect(await page.locator('[data-next-field]').textContent()).toContain('すべて済みました')
  })

  test('says when another app holds the shortcut, falls back to Alt+N and offers another', async ({
    openPage,
  }) => {
    const app = await createTestApp()
    await app.services.profile.save('default', sampleProfile())
    app.desktop.globalShortcuts.taken.add(DEFAULT_SHORTCUTS.next)
    app.services.desktop.shortcuts.panelShown('main', true)
    const page = await openPage(app, '/copy/est-2')
    const failed = page.locator('[data-shortcut-failed="next"]')
    await failed.waitFor()
    expect(await failed.textContent()).toContain('Alt+N')
    await page.keyboard.press('Alt+KeyN')
    await expect.poll(() => app.clipboard.writes.length).toBe(1)
    await failed.locator('[data-use-instead="next"]').click()
    await expect.poll(() => failed.count()).toBe(0)
    const instead = SHORTCUT_CANDIDATES.next[1] ?? ''
    expect(app.desktop.globalShortcuts.held.has(instead)).toBe(true)
    expect(app.services.settings.shortcuts().next).toBe(instead)
    expect(await page.locator('[data-global-key="next"] kbd').textContent()).toBe(
      'Ctrl+Alt+Shift+J',
    )
  })

  test('shows the next field and the countdown in the compact window, and follows the draft chosen in the main window', async ({
    openPage,
  }) => {
    const app = await filledApp('ja')
    const second = { ...sampleDraft(), id: 'draft-plasterer' }
    second.job.title = '左官'
    await app.services.drafts.save('default', second)
    const main = await openPage(app, '/copy/job-3')
    const compact = await openPage(app, '/compact')
    await compact.locator('[data-compact-countdown]').waitFor()
    expect(await compact.locator('[data-compact-countdown]').textContent()).toMatch(/\d\d:\d\d/)
    await compact.locator('[data-screen-picker]').selectOption('job-3')
    await compact.locator('[data-next-field] strong').waitFor()
    expect(await compact.locator('[data-next-field] strong').textContent()).toBe('職種')
    await main.locator('[data-draft-picker]').selectOption('draft-plasterer')
    await expect
      .poll(() => compact.locator('[data-draft-picker]').inputValue())
      .toBe('draft-plasterer')
    await compact.locator('[data-copy-next]').click()
    await expect.poll(() => app.clipboard.writes.at(-1)).toBe('左官')
  })
})

describe('settings, about and recovery', () => {
  test('changes the text size and the shortcuts in the settings', async ({ openPage }) => {
    const app = await createTestApp()
    const page = await openPage(app, '/settings')
    await page.locator('[data-text-size-option="125"]').check()
    await expect.poll(() => app.desktop.zoom.factors).toEqual([1.25])
    expect(app.services.settings.textSize()).toBe(125)
    const skip = SHORTCUT_CANDIDATES.skip[2] ?? ''
    await page.locator('[data-shortcut="skip"]').selectOption(skip)
    await expect.poll(() => app.services.settings.shortcuts().skip).toBe(skip)
    expect(await page.locator('[data-shortcut-status="inactive"]').count()).toBe(3)
  })

  test('shows where the log is and opens its folder', async ({ openPage }) => {
    const app = await createTestApp()
    const page = await openPage(app, '/about')
    await expect.poll(() => page.locator('[data-log-folder]').textContent()).toBe('/logs')
    await page.locator('[data-open-log-folder]').click()
    await expect.poll(() => app.desktop.logFolder.opened).toBe(1)
  })

  test('says the window was reloaded after a crash, once, and opens screens the menu asks for', async ({
    openPage,
    server,
  }) => {
    const app = await createTestApp()
    const page = await openPage(app, '/')
    await page.goto(`${server.url}/?recovered=crashed#/profile`)
    await page.locator('[data-recovered]').waitFor()
    expect(await page.locator('[data-recovered]').textContent()).toContain(
      '自動で読み込み直しました',
    )
    expect(page.url()).toBe(`${server.url}/#/profile`)
    await page.reload()
    await page.locator('main h1').waitFor()
    expect(await page.locator('[data-recovered]').count()).toBe(0)
    for (const sink of app.sinks) sink('desktop:command', { kind: 'open', screen: 'about' })
    await expect.poll(() => page.locator('main h1').textContent()).toBe(messages.ja.about.title)
  })
})

describe('keyboard and screen reader fixes', () => {
  test('closes the remove question with Escape and gives focus back', async ({ openPage }) => {
    const app = await createTestApp()
    await app.services.drafts.save('default', sampleDraft())
    const page = await openPage(app, '/drafts')
    await page.locator('[data-remove]').click()
    await page.locator('[data-confirm-remove]').waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('[data-confirm-remove]').count()).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-remove'))).toBe(
      true,
    )
    expect((await app.services.drafts.list('default')).drafts).toHaveLength(1)
  })

  test('closes the start-anew question with Escape', async ({ openPage }) => {
    const first = await createTestApp()
    await first.services.profile.save('default', sampleProfile())
    // Another PC's key: the vault stays locked and the recovery screen offers to start anew.
    const app = await createTestApp(first.dataDir, { machineSecret: Buffer.alloc(32, 7) })
    const page = await openPage(app, '/profile/recovery')
    await page.locator('[data-action="fresh"]').click()
    await page.locator('[data-action="fresh-confirm"]').waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('[data-action="fresh-confirm"]').count()).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe(
      'fresh',
    )
  })

  test('cuts a long draft title with an ellipsis in the list and the editor', async ({
    openPage,
    server,
  }) => {
    const app = await createTestApp()
    const draft = sampleDraft()
    draft.job.title =
      '木造住宅の新築とリフォームの大工（見習いから一人前まで丁寧に指導します）'.repeat(4)
    await app.services.drafts.save('default', draft)
    const page = await openPage(app, '/drafts')
    const cut = (selector: string) =>
      page.locator(selector).evaluate((el) => {
        const style = getComputedStyle(el)
        return style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth
      })
    await page.locator('.drafts-list__title').waitFor()
    expect(await cut('.drafts-list__title')).toBe(true)
    await page.goto(`${server.url}/#/drafts/edit?id=${draft.id}&screen=3`)
    await page.locator('[data-draft-title]').waitFor()
    expect(await cut('[data-draft-title]')).toBe(true)
  })

  test('names a copy button once, its announcement outside it', async ({ openPage }) => {
    const app = await createTestApp()
    await app.services.profile.save('default', sampleProfile())
    const page = await openPage(app, '/copy/account')
    const button = page.locator('[data-copy="account.loginEmail"]')
    await button.click()
    await expect.poll(() => button.textContent()).toContain('コピーしました')
    expect(await page.getByRole('button', { name: 'コピーしました', exact: true }).count()).toBe(1)
  })
})
