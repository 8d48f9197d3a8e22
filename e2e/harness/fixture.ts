import type { Page } from 'playwright-core'
import { expect, test as base } from 'vitest'
import {
  launch,
  openApp,
  serveRenderer,
  type AppPage,
  type Browser,
  type LaunchOptions,
} from './browser'
import type { TestApp } from './test-app'

export interface OpenOptions {
  /** Another browser of this file (zoomed, or with a clock of its own); the file's own otherwise. */
  via?: Browser
}

type Open<T> = (app: TestApp, path?: string, options?: OpenOptions) => Promise<T>

/**
 * The one way an e2e test opens the app: `test(name, async ({ open }) => …)`.
 *
 * - `server` (per file): the built renderer on 127.0.0.1, with the app's CSP.
 * - `browser` (per file): one Chromium with a fresh profile, so a plaintext scan can search it.
 * - `launchBrowser` (per file): more browsers (zoomed, a clock of their own), closed at the end.
 * - `open` / `openPage` (per test): the app on a path, `window.api` backed by `app`'s real
 *   services. After the test every page it opened is detached and closed, and any page or console
 *   error in one of them fails the test.
 *
 * A new e2e file imports `test` from here instead of vitest's and keeps no browser of its own.
 */
/* eslint-disable no-empty-pattern -- vitest reads a fixture's dependencies from its first parameter */
export const test = base
  .extend('server', { scope: 'file' }, async ({}, { onCleanup }) => {
    const server = await serveRenderer()
    onCleanup(() => server.close())
    return server
  })
  .extend('launchBrowser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const launched: Browser[] = []
    onCleanup(async () => {
      for (const browser of launched) await browser.close()
    })
    return async (options?: LaunchOptions): Promise<Browser> => {
      const browser = await launch(options)
      launched.push(browser)
      return browser
    }
  })
  /* eslint-enable no-empty-pattern */
  .extend('browser', { scope: 'file' }, async ({ launchBrowser }) => launchBrowser())
  .extend('open', async ({ server, browser }, { onCleanup }): Promise<Open<AppPage>> => {
    const opened: AppPage[] = []
    onCleanup(async () => {
      const errors = opened.flatMap((view) => view.errors)
      for (const view of opened) {
        view.detach()
        if (!view.page.isClosed()) await view.page.close()
      }
      // Any page or console error in a page the test opened fails it.
      expect(errors).toEqual([])
    })
    return async (app, path = '/', options = {}) => {
      const view = await openApp(options.via ?? browser, server, app, path)
      opened.push(view)
      return view
    }
  })
  .extend(
    'openPage',
    async ({ open }): Promise<Open<Page>> =>
      async (...args) =>
        (await open(...args)).page,
  )

export { expect }
