import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { test } from './harness/fixture'
import { FLUSH_TIMEOUT_MS } from '@shared/edits'
import { emptyProgress } from '@shared/guide/progress'
import { emptyDraft } from '@shared/job-offer/model'
import { scanForSentinels } from '../src/main/services/vault/testing/plaintext-scan'
import { type AppPage } from './harness/browser'
import { createTestApp, type TestApp } from './harness/test-app'

/**
 * Nothing typed is lost when the window closes or reloads right after typing: the profile, a
 * guide step and a draft, closed (main's flush request, answered before the page goes) or
 * reloaded (beforeunload / pagehide hand the saves to main) 0, 200 and 600 ms after the last key,
 * then found again after a restart. A renderer that crashes cannot flush: main held the edit, and
 * the next load of the window offers it back.
 */

const DELAYS = [0, 200, 600] as const
const DRAFT_ID = 'draft-autosave'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A fresh data folder with a decided case (2) and one draft, so every area has a screen to type in. */
async function seeded(): Promise<TestApp> {
  const app = await createTestApp()
  await app.services.guide.save('default', {
    ...emptyProgress(),
    caseAnswers: { filedBefore: 'no' },
  })
  await app.services.drafts.save('default', emptyDraft(DRAFT_ID))
  return app
}

/** As main does before it lets a window close: ask the page to flush, wait for the answer (≤ 2 s). */
async function closeLikeMain(app: TestApp, view: AppPage): Promise<string> {
  const outcome = await Promise.race([
    app.services.flushes.request((requestId) => {
      void view.emit('edits:flushRequest', { requestId })
      return true
    }),
    sleep(FLUSH_TIMEOUT_MS + 500).then(() => 'timeout'),
  ])
  view.detach()
  await view.page.close()
  return outcome
}

interface Area {
  name: string
  path: string
  /** What to type (or which step to tick) for the n-th delay. */
  value(n: number): string
  type(page: Page, value: string): Promise<void>
  /** Whether main has it stored. */
  stored(app: TestApp, value: string): Promise<boolean>
  /** Whether the screen shows it. */
  shown(page: Page, value: string): Promise<boolean>
}

const AREAS: Area[] = [
  {
    name: 'the profile (事業所名)',
    path: '/profile/establishment',
    value: (n) => `閉じる直前の事業所名${n}`,
    type: (page, value) => page.locator('[data-field="establishment.name"]').fill(value),
    stored: async (app, value) =>
      (await app.services.profile.get('default')).profile.establishment.name === value,
    shown: async (page, value) =>
      (await page.locator('[data-field="establishment.name"]').inputValue()) === value,
  },
  {
    name: 'a guide step',
    path: '/guide/steps',
    value: (n) => `2/${n + 1}`,
    type: (page, value) => page.locator(`[data-step-check="${value}"]`).check(),
    stored: async (app, value) =>
      (await app.services.guide.get('default')).progress.checked.includes(value as never),
    shown: (page, value) => page.locator(`[data-step-check="${value}"]`).isChecked(),
  },
  {
    name: 'the guide’s sheet memo',
    path: '/guide/sheet',
    value: (n) => `印刷用シートのメモ${n}`,
    type: (page, value) => page.locator('#guide-notes').fill(value),
    stored: async (app, value) =>
      (await app.services.guide.get('default')).progress.notes === value,
    shown: async (page, value) => (await page.locator('#guide-notes').inputValue()) === value,
  },
  {
    name: 'a draft (職種)',
    path: `/drafts/edit?id=${DRAFT_ID}&screen=3`,
    value: (n) => `閉じる直前の職種${n}`,
    type: (page, value) => page.locator('[data-field="job.title"]').fill(value),
    stored: async (app, value) =>
      (await app.services.drafts.get('default', DRAFT_ID)).job.title === value,
    shown: async (page, value) =>
      (await page.locator('[data-field="job.title"]').inputValue()) === value,
  },
]

describe('nothing typed is lost on close or reload', () => {
  for (const area of AREAS) {
    test(`${area.name}: closed 0, 200 and 600 ms after typing, found after a restart`, async ({
      open,
    }) => {
      let app = await seeded()
      for (const [n, delay] of DELAYS.entries()) {
        const value = area.value(n)
        const view = await open(app, area.path)
        await area.type(view.page, value)
        await sleep(delay)
        expect(await closeLikeMain(app, view), `${delay} ms`).toBe('flushed')
        // Restart: new services on the same folder, a new window.
        app = await createTestApp(app.dataDir)
        expect(await area.stored(app, value), `${delay} ms`).toBe(true)
        const again = await open(app, area.path)
        await expect.poll(() => area.shown(again.page, value)).toBe(true)
        again.detach()
        await again.page.close()
      }
    })

    test(`${area.name}: reloaded 0, 200 and 600 ms after typing, found after the reload`, async ({
      open,
    }) => {
      const app = await seeded()
      const view = await open(app, area.path)
      for (const [n, delay] of DELAYS.entries()) {
        const value = area.value(n + 3)
        await area.type(view.page, value)
        await sleep(delay)
        await view.page.reload()
        await view.page.locator('main h1').first().waitFor()
        await expect.poll(() => area.stored(app, value), { timeout: 5000 }).toBe(true)
        await expect.poll(() => area.shown(view.page, value)).toBe(true)
      }
    })
  }

  test('a crashed renderer: main held the edit, the next load offers it back, nothing on disk in clear', async ({
    open,
    browser,
  }) => {
    const app = await seeded()
    const view = await open(app, '/profile/establishment')
    const sentinel = 'クラッシュ前の入力ZQX'
    await view.page.locator('[data-field="establishment.name"]').fill(sentinel)
    await expect
      .poll(() =>
        app.services.edits
          .pending()
          .some((e) => e.kind === 'profile' && e.doc.establishment.name === sentinel),
      )
      .toBe(true)
    // The renderer dies before its autosave: no flush, no beforeunload.
    const cdp = await view.page.context().newCDPSession(view.page)
    const crashed = new Promise((resolve) => view.page.once('crash', resolve))
    void cdp.send('Page.crash').catch(() => undefined)
    await crashed
    view.detach()
    expect((await app.services.profile.get('default')).profile.establishment.name).toBe('')
    // The renderer's own storage never saw it.
    expect(scanForSentinels([browser.userDataDir], [sentinel])).toEqual([])

    // Main loads the window again (as after a crash): the edit is offered back.
    const next = await open(app, '/')
    const offer = next.page.locator('[data-pending-edits]')
    await offer.waitFor()
    expect(await offer.innerText()).toContain('事業所情報')
    await next.page.locator('[data-pending-restore]').click()
    await expect
      .poll(async () => (await app.services.profile.get('default')).profile.establishment.name)
      .toBe(sentinel)
    // Dropped once the save answered (after the establishment list took the change).
    await expect.poll(() => app.services.edits.pending()).toEqual([])
    expect(await next.page.locator('[data-pending-status]').innerText()).toContain('保存しました')
  })

  test('an offered-back edit can be discarded: what was saved stays', async ({ open }) => {
    const app = await seeded()
    const draft = emptyDraft(DRAFT_ID)
    draft.job.title = '保存されなかった職種'
    app.services.edits.hold({ kind: 'draft', profileId: 'default', revision: 3, doc: draft })
    const view = await open(app, '/')
    await view.page.locator('[data-pending-edits]').waitFor()
    expect(await view.page.locator('[data-pending-edits]').innerText()).toContain(
      '保存されなかった職種',
    )
    await view.page.locator('[data-pending-discard]').click()
    await expect.poll(() => app.services.edits.pending()).toEqual([])
    expect((await app.services.drafts.get('default', DRAFT_ID)).job.title).toBe('')
  })
})
