import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { expect } from 'vitest'
import { channels } from '@shared/ipc/channels'
import { APP_ORIGIN, CSP } from '@shared/csp'
import type { Locale } from '@shared/settings'
import { resolveAppRequest } from '../../src/main/services/static-files'
import type { TestApp } from './test-app'
import { CHROMIUM_FLAGS, chromePath } from '../../scripts/platform.mjs'

export const ROOT = resolve(import.meta.dirname, '../..')
export const RENDERER_DIR = join(ROOT, 'out/renderer')
export const SCREENSHOT_DIR = join(ROOT, 'test-results/screenshots')

/** Serves the built renderer over http on 127.0.0.1 with the app's CSP, as the app protocol does. */
export async function serveRenderer(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    const target = resolveAppRequest(RENDERER_DIR, `${APP_ORIGIN}${path}`)
    if (!target) {
      response.writeHead(404).end()
      return
    }
    readFile(target.filePath).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': target.contentType, 'content-security-policy': CSP })
          .end(body),
      () => response.writeHead(404).end(),
    )
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no address')
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  }
}

export interface Browser {
  context: BrowserContext
  userDataDir: string
  close(): Promise<void>
}

export interface LaunchOptions {
  /** The page's CSS pixels; the window's default size unless given. */
  viewport?: { width: number; height: number }
  /** Device pixels per CSS pixel: with a viewport 1/1.5 as wide, 1.5 is what 150 % browser zoom does. */
  deviceScaleFactor?: number
}

/** A fresh Chromium profile per suite, so the plaintext scan can search everything the browser kept. */
export async function launch(options: LaunchOptions = {}): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'hwmp-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, '--lang=ja-JP'],
    viewport: options.viewport ?? { width: 1180, height: 820 },
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
  })
  return { context, userDataDir, close: () => context.close() }
}

export interface AppPage {
  page: Page
  errors: string[]
  /** Stops the page listening to this app's events (used when "restarting"). */
  detach(): void
  /** Sends one main → renderer event to this page only (as main's close guard does). */
  emit(channel: string, payload: unknown): Promise<void>
}

/**
 * Opens the built renderer with `window.api` built from the contract's channel list, as the preload
 * builds it, and backed by the real services of `app` through a Playwright binding.
 */
export async function openApp(
  browser: Browser,
  server: { url: string },
  app: TestApp,
  path = '/',
): Promise<AppPage> {
  const page = await browser.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      errors.push(`console.${message.type()}: ${message.text()}`)
    }
  })
  await page.exposeBinding('__hwmpInvoke', (_source, channel: string, args: unknown[]) =>
    app.dispatch(channel, args),
  )
  await page.addInitScript((list) => {
    const listeners = new Map<string, Set<(payload: unknown) => void>>()
    const api: Record<string, Record<string, unknown>> = {}
    const invoke = (
      window as unknown as { __hwmpInvoke(c: string, a: unknown[]): Promise<unknown> }
    ).__hwmpInvoke
    for (const { area, method, channel, kind } of list) {
      const group = (api[area] ??= {})
      group[method] =
        kind === 'call'
          ? (...args: unknown[]) => invoke(channel, args)
          : (listener: (payload: unknown) => void) => {
              const set = listeners.get(channel) ?? new Set()
              listeners.set(channel, set)
              set.add(listener)
              return () => set.delete(listener)
            }
    }
    Object.defineProperty(window, 'api', { value: api })
    Object.defineProperty(window, '__hwmpEmit', {
      value: (channel: string, payload: unknown) =>
        listeners.get(channel)?.forEach((l) => l(payload)),
    })
  }, channels)
  const emit = (channel: string, payload: unknown) =>
    page
      .evaluate(
        ([c, p]) =>
          (window as unknown as { __hwmpEmit(c: string, p: unknown): void }).__hwmpEmit(c, p),
        [channel, payload] as const,
      )
      .catch(() => undefined)
  const sink = (channel: string, payload: unknown) => void emit(channel, payload)
  app.sinks.add(sink)
  await page.goto(`${server.url}/#${path}`)
  await page.locator('main h1').first().waitFor()
  return { page, errors, detach: () => app.sinks.delete(sink), emit }
}

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

const MESSAGE_KEY =
  /\b(?:app|nav|home|settings|about|errors|link|timer|guide|guideUi|profile|jobOffer|jobOfferUi|desktop|safety|switcher|establishmentsUi)\.[a-zA-Z]+(?:\.[a-zA-Z0-9]+)*\b/g

export interface ScreenCheck {
  area: string
  screen: string
  lang: Locale
  heading: string
  /**
   * The shell suite visits every screen in its empty state; an area's own suite shows it filled in.
   * The shell suite passes 'if-missing' so whichever runs first, the filled screenshot wins.
   */
  screenshot?: 'always' | 'if-missing'
}

/**
 * Before a screenshot: the heading says what it should in that language, it is drawn with a
 * Japanese font, and axe finds no serious or critical violation.
 */
export async function checkScreen(page: Page, check: ScreenCheck): Promise<void> {
  const h1 = page.locator('main h1').first()
  await expect.poll(() => h1.textContent()).toBe(check.heading)
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(check.lang)
  // A message whose section is not loaded shows as its bare key (e.g. `guideUi.nav.steps`).
  const bareKeys = (await page.locator('body').innerText()).match(MESSAGE_KEY)
  expect(bareKeys, `${check.area}-${check.screen}-${check.lang}`).toBeNull()

  const fonts = await renderedFonts(page, 'main h1')
  expect(
    fonts.some((f) => /Noto Sans CJK JP|Noto Sans JP/.test(f)),
    fonts.join(', '),
  ).toBe(true)

  const violations = await axeViolations(page)
  expect(violations, `${check.area}-${check.screen}-${check.lang}`).toEqual([])

  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${check.area}-${check.screen}-${check.lang}.png`)
  if (check.screenshot === 'if-missing' && existsSync(path)) return
  await page.screenshot({ path, fullPage: true })
}

/** axe's serious and critical violations on the page as it is now (any theme or zoom). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[]
          }>
        }
      }
    ).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
  })
}

/** The fonts Chromium actually used to draw the node's text (CDP), not what CSS asked for. */
export async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    return fonts.map((f) => f.familyName)
  } finally {
    await cdp.detach()
  }
}
