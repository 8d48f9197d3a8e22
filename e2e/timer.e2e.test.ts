import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { test } from './harness/fixture'
import { LOCALES } from '@shared/settings'
import type { TimerStage } from '@shared/timer'
import { messages } from '../src/renderer/src/i18n/testing'
import { checkScreen, type LaunchOptions, type Browser } from './harness/browser'
import { createTestApp, TestClock, type TestApp } from './harness/test-app'

const MIN = 60_000
// 10:00 in Japan: the page clock and main's clock start here and move together.
const T0 = Date.parse('2026-12-01T10:00:00+09:00')

/**
 * A browser of its own whose pages read `Date.now()` as T0 until the test moves it. The time is
 * fixed rather than paused so the page's timers still run (axe needs them); the countdown's own
 * wake-up then redraws from the moved time. Playwright's clock belongs to the context and is
 * replayed into every page opened later, so a "restarted" page sees the same time.
 */
async function browserAt(
  launchBrowser: (options?: LaunchOptions) => Promise<Browser>,
  time: number,
): Promise<Browser> {
  const browser = await launchBrowser()
  await browser.context.clock.install({ time })
  await browser.context.clock.setFixedTime(time)
  return browser
}

/** Time passes with the app open: main's wake-ups run on its clock, and the page's clock follows. */
async function advance(app: TestApp, page: Page, ms: number): Promise<void> {
  app.scheduler.advance(ms)
  await page.clock.setFixedTime(app.clock.now())
}

const poll = { timeout: 5000 }

async function expectCountdown(page: Page, digits: string, stage: TimerStage): Promise<void> {
  await expect
    .poll(() => page.getByTestId('countdown-digits').textContent(), poll)
    .toContain(digits)
  await expect
    .poll(() => page.locator('section.countdown').getAttribute('data-stage'), poll)
    .toBe(stage)
}

const fired = (app: TestApp) => app.notifier.shown.map((notice) => notice.threshold)

describe('the auth-key countdown in Chromium, against the real timer service', () => {
  for (const lang of LOCALES) {
    test(`counts down to expiry, notifies at 10, 5, 1 and 0 once, and survives a restart (${lang})`, async ({
      open,
      launchBrowser,
    }) => {
      const text = messages[lang].timer
      const heading = text.title
      const browser = await browserAt(launchBrowser, T0)
      const clock = new TestClock(T0)
      const first = await createTestApp(undefined, { clock })
      first.services.settings.setLocale(lang)
      const view = await open(first, '/timer', { via: browser })
      const page = view.page

      // Only the hour typed: the field's value is empty, which must not be read as "now".
      const field = page.getByLabel(text.mailTimeLabel)
      await field.click()
      await page.keyboard.type('10')
      expect(await field.inputValue()).toBe('')
      await page.getByRole('button', { name: text.start }).click()
      await expect
        .poll(() => page.locator('.field-error').textContent())
        .toBe(text.mailTimeErrors.incomplete)
      expect(first.services.timer.state('default').status).toBe('idle')

      // A mail time in the future is refused, in the user's language, tied to the field.
      await field.fill('10:30')
      await page.getByRole('button', { name: text.start }).click()
      const error = page.locator('.field-error')
      await expect.poll(() => error.textContent()).toBe(text.mailTimeErrors.future)
      const errorId = await error.getAttribute('id')
      expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(errorId)
      expect(first.services.timer.state('default').status).toBe('idle')

      // Started with the mail's time (one minute ago), then the correction is not needed again.
      await field.fill('09:59')
      await page.getByRole('button', { name: text.start }).click()
      await expectCountdown(page, '49:00', 'calm')
      await field.waitFor({ state: 'detached' })
      const started = first.services.timer.state('default')
      expect(started.deadline).toBe(T0 - MIN + 50 * MIN)
      // Restart it as "the mail was sent now": the countdown is exact from here.
      await page.getByRole('button', { name: text.cancel }).click()
      await page.getByRole('button', { name: text.start }).click()
      await expectCountdown(page, '50:00', 'calm')
      const deadline = first.services.timer.state('default').deadline
      expect(deadline).toBe(T0 + 50 * MIN)
      await expect
        .poll(() => page.getByTestId('countdown-live').textContent())
        .toContain(lang === 'ja' ? 'あと50分' : '50 minutes left')
      await checkScreen(page, { area: 'timer', screen: 'calm', lang, heading })

      await advance(first, page, 40 * MIN)
      await expectCountdown(page, '10:00', 'soon')
      expect(await page.getByTestId('countdown-stage').textContent()).toContain(text.stage.soon)
      expect(fired(first)).toEqual([10])
      expect(first.notifier.shown[0]?.title).toContain(lang === 'ja' ? 'あと10分' : '10 minutes')
      await checkScreen(page, { area: 'timer', screen: 'soon', lang, heading })

      await advance(first, page, 5 * MIN)
      await expectCountdown(page, '05:00', 'urgent')
      expect(fired(first)).toEqual([10, 5])
      await checkScreen(page, { area: 'timer', screen: 'urgent', lang, heading })

      // Restart at 45 minutes: new services on the same folder, a new page.
      view.detach()
      await page.close()
      first.services.timer.dispose()
      const second = await createTestApp(first.dataDir, { clock })
      expect(second.services.timer.state('default')).toMatchObject({
        status: 'running',
        deadline,
        firedThresholds: [10, 5],
      })
      expect(second.notifier.shown).toEqual([])
      const again = await open(second, '/timer', { via: browser })
      await expectCountdown(again.page, '05:00', 'urgent')

      await advance(second, again.page, 4 * MIN)
      await expectCountdown(again.page, '01:00', 'urgent')
      expect(fired(second)).toEqual([1])

      await advance(second, again.page, 1 * MIN)
      await expectCountdown(again.page, '00:00', 'expired')
      expect(fired(second)).toEqual([1, 0])
      expect(second.notifier.shown.at(-1)).toMatchObject({ kind: 'expired', minutesLeft: 0 })
      expect(fired(first)).toEqual([10, 5])
      expect(second.services.timer.state('default').status).toBe('expired')
      await expect
        .poll(() => again.page.getByTestId('countdown-stage').textContent())
        .toContain(text.expired.title)
      const hint = await again.page.getByTestId('redo-hint').textContent()
      expect(hint).toContain('求人者マイページ開設（パスワード登録）')
      expect(hint).toContain('事業所登録・求人申込み（仮登録）')
      await expect
        .poll(() => again.page.getByTestId('countdown-live').textContent())
        .toContain(text.expired.title)
      await checkScreen(again.page, { area: 'timer', screen: 'expired', lang, heading })

      // Nothing fires twice, however long the app stays open.
      await advance(second, again.page, 30 * MIN)
      expect(fired(second)).toEqual([1, 0])
      // A new key: the step is redone and the countdown starts over.
      await again.page.getByRole('button', { name: text.restart }).click()
      await expectCountdown(again.page, '50:00', 'calm')
      await again.page.getByRole('button', { name: text.complete }).click()
      await expect.poll(() => again.page.locator('.countdown-done').textContent()).toBe(text.done)
      expect(second.services.timer.state('default').status).toBe('done')
      expect(second.unexpected).toEqual([])
    })
  }
})
