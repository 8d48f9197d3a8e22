import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { test } from './harness/fixture'
import { emptyDraft } from '@shared/job-offer/model'
import type { Locale } from '@shared/settings'
import { messages } from '../src/renderer/src/i18n/testing'
import { checkScreen } from './harness/browser'
import { lookup } from './harness/messages'
import { createTestApp, type TestApp } from './harness/test-app'

/**
 * Several establishments end to end: three created from the list, the first installation's empty
 * one removed, two filled through the editor, a switch while a field is mid-edit (nothing lost,
 * nothing in the other establishment), a fourth imported from another PC's export (offered as a
 * replacement of the one with its 事業所番号, added as new), and at every step the copy panel and
 * the A4 sheet naming and showing the establishment on screen. Then the list with twelve rows, the
 * switcher open and the import choice, in both languages.
 */

const text = (lang: Locale, key: string, params: Record<string, string | number> = {}) =>
  Object.entries(params).reduce(
    (s, [k, v]) => s.replaceAll(`{${k}}`, String(v)),
    lookup(messages[lang], key),
  )

const rowOf = async (app: TestApp, name: string) => {
  const row = (await app.services.establishments.list()).establishments.find((r) => r.name === name)
  if (!row) throw new Error(`no establishment ${name}`)
  return row
}

async function go(page: Page, hash: string, heading?: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash)
  if (heading) await expect.poll(() => page.locator('main h1').first().textContent()).toBe(heading)
}

async function add(page: Page, name: string, kana: string): Promise<void> {
  await page.locator('#establishment-add-name').fill(name)
  await page.locator('#establishment-add-kana').fill(kana)
  await page.locator('[data-add-submit]').click()
  await expect.poll(() => page.locator('[data-switcher-name]').textContent()).toBe(name)
}

async function switchInHeader(page: Page, id: string, name: string): Promise<void> {
  await page.locator('[data-switcher-button]').click()
  await page.locator(`[data-switcher-panel] [data-switch-to="${id}"]`).click()
  await expect.poll(() => page.locator('[data-switcher-name]').textContent()).toBe(name)
}

async function fillField(page: Page, path: string, value: string): Promise<void> {
  const control = page.locator(`[data-field="${path}"]`)
  await control.fill(value)
  await control.blur()
}

/** The copy panel (establishment screen 2) and the A4 sheet name this establishment and show its data. */
async function expectScreensAbout(
  app: TestApp,
  page: Page,
  label: string,
  officeName: string,
): Promise<void> {
  await go(page, '#/copy/est-2', text('ja', 'jobOffer.screen.est2'))
  await expect
    .poll(() => page.locator('[data-establishment-context]').textContent())
    .toContain(label)
  const name = page.locator('[data-copy-screen="est-2"] [data-field="establishment.name"]')
  await expect.poll(() => name.locator('[data-value]').textContent()).toContain(officeName)
  await name.locator('[data-copy="establishment.name"]').click()
  await expect.poll(() => app.clipboard.text).toBe(officeName)

  await go(page, '#/guide/sheet', text('ja', 'guideUi.titles.sheet'))
  await expect.poll(() => page.locator('[data-sheet="label"]').textContent()).toContain(label)
  await expect
    .poll(() => page.locator('[data-sheet="establishment"]').textContent())
    .toBe(officeName)
}

describe('several establishments', () => {
  test('create three, fill two, switch mid-edit, import a fourth; copy panel and sheet follow', async ({
    open,
  }) => {
    const app = await createTestApp()
    const view = await open(app, '/establishments')
    const { page } = view
    await expect.poll(() => page.locator('[data-switcher-name]').textContent()).toBe('事業所1')

    // Three establishments, each added from the list (the app switches to each new one).
    await add(page, 'さくら工務店 本店', 'サクラコウムテン ホンテン')
    await add(page, 'さくら工務店 長岡店', 'サクラコウムテン ナガオカテン')
    await add(page, 'みなと商会', 'ミナトショウカイ')
    // A name another establishment has is refused on the field.
    await page.locator('#establishment-add-name').fill('さくら工務店　本店')
    await page.locator('[data-add-submit]').click()
    await expect
      .poll(() => page.locator('#establishment-add-name-error').textContent())
      .toContain(text('ja', 'establishmentsUi.errors.duplicate'))
    await expect
      .poll(() => page.locator('#establishment-add-name').getAttribute('aria-invalid'))
      .toBe('true')
    await page.locator('#establishment-add-name').fill('')

    // The new installation's empty establishment goes (its files, if any, are kept aside).
    const first = await rowOf(app, '事業所1')
    await page.locator(`[data-establishment="${first.id}"] [data-action="remove"]`).click()
    await page.locator('[data-establishment-form] [data-form-submit]').click()
    await expect.poll(() => page.locator('tbody tr').count()).toBe(3)

    const honten = await rowOf(app, 'さくら工務店 本店')
    const minato = await rowOf(app, 'みなと商会')

    // Fill two of them, each after switching to it.
    await switchInHeader(page, honten.id, 'さくら工務店 本店')
    await go(page, '#/profile/establishment')
    await page.locator('[data-field="establishment.name"]').waitFor()
    await fillField(page, 'establishment.name', '株式会社さくら工務店')
    await go(page, '#/profile/account')
    await fillField(page, 'record.officeNumber', '1501-123456-7')

    await switchInHeader(page, minato.id, 'みなと商会')
    await go(page, '#/profile/establishment')
    await expect.poll(() => page.locator('[data-field="establishment.name"]').inputValue()).toBe('')
    await fillField(page, 'establishment.name', '有限会社みなと商会')
    await go(page, '#/profile/account')
    await fillField(page, 'record.officeNumber', '1301-222222-2')
    await expect
      .poll(async () => (await rowOf(app, 'みなと商会')).summary.officeNumber)
      .toBe('1301-222222-2')

    // Mid-edit: typed, not yet saved (no blur, the autosave has not run), then a switch.
    await go(page, '#/profile/establishment')
    await page.locator('[data-field="establishment.phone"]').fill('045-111-2222')
    await switchInHeader(page, honten.id, 'さくら工務店 本店')
    await expect
      .poll(() => page.locator('[data-field="establishment.name"]').inputValue())
      .toBe('株式会社さくら工務店')
    expect(await page.locator('[data-field="establishment.phone"]').inputValue()).toBe('')
    expect((await app.services.profile.get(minato.id)).profile.establishment.phone).toBe(
      '045-111-2222',
    )
    expect((await app.services.profile.get(honten.id)).profile.establishment.phone).toBe('')
    await expect.poll(() => app.services.edits.pending()).toEqual([])

    // The copy panel and the A4 sheet are about the establishment on screen, each in turn.
    await expectScreensAbout(app, page, 'さくら工務店 本店', '株式会社さくら工務店')

    // The compact copy panel beside the browser follows the main window's switch.
    const compact = await open(app, '/compact')
    const context = compact.page.locator('[data-establishment-context]')
    await expect
      .poll(() => context.textContent())
      .toContain('さくら工務店 本店（事業所番号 1501-123456-7）')
    await compact.page.locator('[data-screen-picker]').selectOption('est-2')
    const compactName = compact.page.locator('[data-field="establishment.name"] [data-value]')
    await expect.poll(() => compactName.textContent()).toContain('株式会社さくら工務店')
    await switchInHeader(page, minato.id, 'みなと商会')
    await expect
      .poll(() => context.textContent())
      .toContain('みなと商会（事業所番号 1301-222222-2）')
    await expect.poll(() => compactName.textContent()).toContain('有限会社みなと商会')
    // Back to the main window (a page in the background has its frames throttled).
    await page.bringToFront()
    // The window title names it too (the taskbar shows the title).
    await expect.poll(() => page.title()).toContain('みなと商会')
    await expectScreensAbout(app, page, 'みなと商会', '有限会社みなと商会')
    // So does the printed draft.
    await app.services.drafts.save(minato.id, emptyDraft('draft-minato'))
    await go(page, '#/drafts/print')
    // A draft saved outside this window: read anew.
    await page.reload()
    await page.locator('main h1').first().waitFor()
    await expect
      .poll(() => page.locator('[data-print-label]').textContent())
      .toContain('みなと商会（事業所番号 1301-222222-2）')

    // A fourth from another PC's export: the client's own みなと商会, same 事業所番号.
    const client = await createTestApp()
    const theirs = (await client.services.profile.get('default')).profile
    theirs.establishment.name = '有限会社みなと商会（新社屋）'
    theirs.record.officeNumber = '1301-222222-2'
    await client.services.profile.save('default', theirs)
    const file = join(client.dataDir, 'minato.hwnavi')
    client.dialogs.savePaths.push(file)
    await client.services.transfer.exportTo('顧問先から届いたファイル', ['default'])

    await go(page, '#/profile/data', text('ja', 'profile.data.title'))
    app.dialogs.openPaths.push(file)
    await page.locator('#import-passphrase-first').fill('顧問先から届いたファイル')
    await page.locator('[data-action="import"]').click()
    const choice = page.locator('[data-import-choice]')
    await choice.waitFor()
    expect(await choice.textContent()).toContain('1301-222222-2')
    // Add as new is chosen unless the user says otherwise.
    expect(await choice.locator('[data-import-action="new"]').isChecked()).toBe(true)
    await choice.locator('[data-import-apply]').click()
    await expect
      .poll(() => page.locator('[data-result="import"]').textContent())
      .toContain('minato.hwnavi')
    const rows = (await app.services.establishments.list()).establishments
    expect(rows.map((r) => r.name)).toEqual([
      'さくら工務店 本店',
      'さくら工務店 長岡店',
      'みなと商会',
      '有限会社みなと商会（新社屋）',
    ])
    // Nothing here was overwritten.
    expect((await app.services.profile.get(minato.id)).profile.establishment.name).toBe(
      '有限会社みなと商会',
    )
    const fourth = rows[3]!
    await switchInHeader(page, fourth.id, '有限会社みなと商会（新社屋）')
    await expectScreensAbout(
      app,
      page,
      '有限会社みなと商会（新社屋）',
      '有限会社みなと商会（新社屋）',
    )
    await switchInHeader(page, honten.id, 'さくら工務店 本店')
    await expectScreensAbout(app, page, 'さくら工務店 本店', '株式会社さくら工務店')
  })

  for (const lang of ['ja', 'en'] as const) {
    test(`shows twelve establishments, the switcher and the import choice in ${lang}`, async ({
      open,
    }) => {
      const app = await createTestApp()
      app.services.settings.setLocale(lang)
      const names = [
        'さくら工務店 本店',
        'さくら工務店 長岡店',
        'さくら工務店 上越営業所',
        'みなと商会',
        'みなと商会 港北倉庫',
        '青葉デンタルクリニック',
        'ひまわり保育園',
        '北斗運輸',
        '丸山精機',
        '山川ベーカリー',
        'ことぶき介護サービス',
        '中央会計事務所',
      ]
      const ids: string[] = []
      for (const [i, name] of names.entries()) {
        const id =
          i === 0 ? 'default' : (await app.services.establishments.create({ name, kana: '' })).id
        ids.push(id)
        const profile = (await app.services.profile.get(id)).profile
        profile.establishment.name = name
        profile.record.officeNumber = i % 3 === 2 ? '' : `1501-${String(100001 + i)}-${i % 10}`
        profile.establishment.phone = '025-123-4567'
        await app.services.profile.save(id, profile)
      }
      await app.services.establishments.rename('default', {
        name: names[0]!,
        kana: 'サクラコウムテン',
      })
      await app.services.guide.save(ids[1]!, {
        ...(await app.services.guide.get(ids[1]!)).progress,
        caseAnswers: { filedBefore: 'no' },
        checked: ['2/1', '2/2', '2/3'],
        kariTorokuDate: '2026-05-25',
      })
      app.services.timer.start(ids[3]!)

      const view = await open(app, '/establishments')
      const { page } = view
      await expect.poll(() => page.locator('tbody tr').count()).toBe(12)
      await expect
        .poll(() => page.locator('[data-cell="timer"]').nth(3).textContent())
        .toMatch(/\d\d:\d\d/)
      await checkScreen(page, {
        area: 'establishments',
        screen: 'list',
        lang,
        heading: text(lang, 'establishmentsUi.title'),
      })
      // More than ten: the list can be searched by name, reading or number.
      await page.locator('[data-establishments-search]').fill('みなと')
      await expect.poll(() => page.locator('tbody tr').count()).toBe(2)
      await page.locator('[data-establishments-search]').fill('100004')
      await expect.poll(() => page.locator('tbody tr').count()).toBe(1)
      await page.locator('[data-establishments-search]').fill('')

      // The switcher, open, searched by keyboard.
      await page.locator('[data-switcher-button]').click()
      const search = page.locator('[data-switcher-search]')
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.hasAttribute('data-switcher-search')),
        )
        .toBe(true)
      await checkScreen(page, {
        area: 'establishments',
        screen: 'switcher',
        lang,
        heading: text(lang, 'establishmentsUi.title'),
      })
      await search.fill('ひまわり')
      await expect
        .poll(() => page.locator('[data-switcher-panel] [data-switch-to]').count())
        .toBe(1)
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Enter')
      await expect
        .poll(() => page.locator('[data-switcher-name]').textContent())
        .toBe('ひまわり保育園')
      expect(
        await page.evaluate(() => document.activeElement?.hasAttribute('data-switcher-button')),
      ).toBe(true)
      await page.locator('[data-switcher-button]').click()
      await page.keyboard.press('Escape')
      expect(await page.locator('[data-switcher-panel]').isVisible()).toBe(false)

      // The import choice: a file whose 事業所番号 matches one here.
      const client = await createTestApp()
      const theirs = (await client.services.profile.get('default')).profile
      theirs.establishment.name = 'みなと商会'
      theirs.record.officeNumber = '1501-100004-3'
      await client.services.profile.save('default', theirs)
      const file = join(client.dataDir, 'client.hwnavi')
      client.dialogs.savePaths.push(file)
      await client.services.transfer.exportTo('顧問先から届いたファイル', ['default'])
      await go(page, '#/profile/data', text(lang, 'profile.data.title'))
      app.dialogs.openPaths.push(file)
      await page.locator('#import-passphrase-first').fill('顧問先から届いたファイル')
      await page.locator('[data-action="import"]').click()
      await page.locator('[data-import-choice]').waitFor()
      await page.locator('[data-import-action="replace"]').check()
      await checkScreen(page, {
        area: 'establishments',
        screen: 'import',
        lang,
        heading: text(lang, 'profile.data.title'),
      })
      // Replacing keeps the replaced one aside, listed to be put back.
      await page.locator('[data-import-apply]').click()
      const removed = page.locator(`[data-section="removed"] [data-removed="${ids[3]}"]`)
      await removed.waitFor()
      const listed = (await app.services.establishments.list()).establishments
      expect(listed).toHaveLength(12)
      expect(listed.find((r) => r.name === 'みなと商会')?.id).not.toBe(ids[3])
      // Put back, under its own id, with its data; its name is taken now, so it gets another.
      await removed.locator('[data-restore]').click()
      await expect
        .poll(() => page.locator('[data-result="restore"]').textContent())
        .toContain('みなと商会')
      const back = (await app.services.establishments.list()).establishments
      expect(back.find((r) => r.id === ids[3])?.name).toBe(
        lang === 'ja' ? 'みなと商会（2）' : 'みなと商会 (2)',
      )
      expect((await app.services.profile.get(ids[3]!)).profile.record.officeNumber).toBe(
        '1501-100004-3',
      )
    })
  }
})
