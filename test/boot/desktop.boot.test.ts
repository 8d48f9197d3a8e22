import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SHORTCUTS, SHORTCUT_CANDIDATES } from '@shared/desktop/shortcuts'
import { USER_DATA_FOLDER } from '../../src/main/adapters/app-identity'
import { recording, type FakeBrowserWindow, type MenuTemplate } from './fake-electron'
import { bootMain, invoke as invokeAs, trustedEvent, waitFor } from './boot-helpers'

vi.mock('electron', () => import('./fake-electron'))

/**
 * The desktop shell of the built main, packaged: the menus handed to Menu (in both languages), the
 * context menu, crash recovery, the window restored onto a visible display, the text size, and
 * the copy panel's global shortcuts held only while a panel shows.
 */
const rec = recording()
const invoke = (win: FakeBrowserWindow, channel: string, ...args: unknown[]) =>
  invokeAs(channel, trustedEvent(win), ...args)

type Item = Record<string, unknown> & { submenu?: Item[] }
const flat = (items: MenuTemplate): Item[] =>
  (items as Item[]).flatMap((item) => [item, ...flat(item.submenu ?? [])])
const byId = (items: MenuTemplate, id: string) => flat(items).find((i) => i['id'] === id)
const lastMenu = () => rec.applicationMenus.at(-1) ?? []

let main: FakeBrowserWindow
let home: string

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'hwmp-home-'))
  // Main pins the user-data folder under the OS's app-data folder before anything reads it.
  rec.appData = join(home, '.config')
  rec.userData = join(rec.appData, USER_DATA_FOLDER)
  mkdirSync(rec.userData, { recursive: true })
  rec.paths['home'] = home
  rec.packaged = true
  // Saved on a second display that is no longer connected.
  writeFileSync(
    join(rec.userData, 'window-state.json'),
    JSON.stringify({
      main: { bounds: { x: 2500, y: 80, width: 1000, height: 700 }, maximized: false },
    }),
  )
  main = await bootMain()
  await waitFor(() => (rec.handlers.has('desktop:state') ? true : undefined))
})

afterAll(() => rec.appEvents.removeAllListeners())

describe('menus of the built main', () => {
  it('hands Menu a Japanese menu with the edit roles and no reload or developer tools', () => {
    const menu = lastMenu()
    expect((menu as Item[]).map((m) => m['label'])).toEqual([
      'ファイル(&F)',
      '編集(&E)',
      '表示(&V)',
      'ウィンドウ(&W)',
      'ヘルプ(&H)',
    ])
    const items = flat(menu)
    const roles = items.map((i) => i['role']).filter(Boolean)
    expect(roles).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']),
    )
    for (const role of ['reload', 'forceReload', 'toggleDevTools'])
      expect(roles).not.toContain(role)
    expect(byId(menu, 'edit-paste')).toMatchObject({ role: 'paste', label: '貼り付け' })
    expect(byId(menu, 'view-zoom-in')).toMatchObject({ label: '文字を大きく' })
  })

  it('rebuilds the menu in English when the language changes', async () => {
    const before = rec.applicationMenus.length
    await invoke(main, 'settings:setLocale', 'en')
    expect(rec.applicationMenus.length).toBe(before + 1)
    const menu = lastMenu()
    expect((menu as Item[]).map((m) => m['label'])).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ])
    expect(byId(menu, 'edit-select-all')).toMatchObject({ role: 'selectAll', label: 'Select All' })
    await invoke(main, 'settings:setLocale', 'ja')
  })

  it('opens a screen of the main window from the menu', () => {
    const about = byId(lastMenu(), 'help-about') as { click: () => void }
    about.click()
    expect(main.webContents.sent.at(-1)).toEqual({
      channel: 'desktop:command',
      payload: { kind: 'open', screen: 'about' },
    })
  })

  it('shows a context menu in the UI language: edit roles in a field, copy on a selection, else none', () => {
    const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }
    const before = rec.popups.length
    main.webContents.emit(
      'context-menu',
      {},
      { isEditable: true, selectionText: '', editFlags: flags },
    )
    expect(flat(rec.popups.at(-1) ?? []).map((i) => [i['role'], i['label']])).toEqual([
      ['cut', '切り取り'],
      ['copy', 'コピー'],
      ['paste', '貼り付け'],
      [undefined, undefined],
      ['selectAll', 'すべて選択'],
    ])
    main.webContents.emit(
      'context-menu',
      {},
      { isEditable: false, selectionText: '求人', editFlags: flags },
    )
    expect(flat(rec.popups.at(-1) ?? []).map((i) => i['role'])).toEqual(['copy'])
    main.webContents.emit(
      'context-menu',
      {},
      { isEditable: false, selectionText: '', editFlags: flags },
    )
    expect(rec.popups.length).toBe(before + 2)
  })
})

describe('window comfort', () => {
  it('opens centred when the saved place is off every display, and saves the place on close', () => {
    expect(main.options).toMatchObject({ x: 460, y: 170, width: 1000, height: 700 })
    main.setBounds({ x: 100, y: 60, width: 1100, height: 760 })
    // The close starts (it may then wait for the page): the state is saved already.
    main.emit('close', { preventDefault: () => undefined })
    const saved = JSON.parse(readFileSync(join(rec.userData, 'window-state.json'), 'utf8'))
    expect(saved.main).toEqual({
      bounds: { x: 100, y: 60, width: 1100, height: 760 },
      maximized: false,
    })
  })

  it('changes the text size from the 表示 menu, persists it, and the compact window follows', async () => {
    const zoomIn = byId(lastMenu(), 'view-zoom-in') as { click: () => void }
    zoomIn.click()
    expect(main.webContents.zoomFactors.at(-1)).toBe(1.1)
    const settings = JSON.parse(readFileSync(join(rec.userData, 'settings.json'), 'utf8'))
    expect(settings.textSize).toBe(110)
    const sizeEvent = main.webContents.sent.filter((m) => m.channel === 'desktop:changed').at(-1)
    expect(sizeEvent?.payload).toMatchObject({ textSize: 110 })
    const before = rec.windows.length
    await invoke(main, 'window:openCompact')
    const compact = rec.windows[before] as FakeBrowserWindow
    expect((compact.options['webPreferences'] as Record<string, unknown>)['zoomFactor']).toBe(1.1)
    compact.close()
    await invoke(main, 'desktop:setTextSize', 100)
    expect(main.webContents.zoomFactors.at(-1)).toBe(1)
  })
})

describe('the copy panel shortcuts', () => {
  it('are held only while a copy panel shows, reach that window, and are released after', async () => {
    expect(rec.shortcuts.size).toBe(0)
    main.webContents.emit('did-navigate-in-page', {}, 'app://bundle/index.html#/copy/account', true)
    expect([...rec.shortcuts.keys()].sort()).toEqual(Object.values(DEFAULT_SHORTCUTS).sort())
    rec.shortcuts.get(DEFAULT_SHORTCUTS.next)?.()
    expect(main.webContents.sent.at(-1)).toEqual({
      channel: 'desktop:command',
      payload: { kind: 'copy', action: 'next' },
    })
    // The compact window shows the panel too: it takes the shortcut.
    const before = rec.windows.length
    await invoke(main, 'window:openCompact')
    const compact = rec.windows[before] as FakeBrowserWindow
    compact.webContents.emit('did-navigate', {}, 'app://bundle/index.html#/compact')
    rec.shortcuts.get(DEFAULT_SHORTCUTS.skip)?.()
    expect(compact.webContents.sent.at(-1)).toEqual({
      channel: 'desktop:command',
      payload: { kind: 'copy', action: 'skip' },
    })
    compact.close()
    expect(rec.shortcuts.size).toBe(3)
    main.webContents.emit('did-navigate-in-page', {}, 'app://bundle/index.html#/drafts', true)
    expect(rec.shortcuts.size).toBe(0)
  })

  it('reports a shortcut another app holds, with a free alternative', async () => {
    rec.takenShortcuts.add(DEFAULT_SHORTCUTS.next)
    main.webContents.emit('did-navigate-in-page', {}, 'app://bundle/index.html#/copy/est-1', true)
    const state = await invoke(main, 'desktop:state')
    expect(state.value).toMatchObject({
      shortcutsActive: true,
      shortcuts: {
        next: {
          accelerator: DEFAULT_SHORTCUTS.next,
          status: 'failed',
          alternative: SHORTCUT_CANDIDATES.next[1],
        },
        skip: { status: 'registered' },
      },
    })
    main.webContents.emit('did-navigate-in-page', {}, 'app://bundle/index.html#/', true)
    expect(rec.shortcuts.size).toBe(0)
    rec.takenShortcuts.clear()
  })
})

describe('crash recovery', () => {
  it('reloads a crashed page once, saying so; a second crash within a minute asks instead', async () => {
    main.webContents.url = 'app://bundle/index.html#/profile'
    main.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 })
    expect(main.loaded.at(-1)).toBe('app://bundle/index.html?recovered=crashed#/profile')
    expect(rec.messageBoxes).toHaveLength(0)
    // Again at once: no loop. The message names the log folder; "show it again" reloads.
    const loads = main.loaded.length
    rec.messageBoxAnswers.push(0, 1)
    main.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 })
    await waitFor(() => (main.loaded.length > loads ? true : undefined))
    expect(rec.messageBoxes[0]?.title).toBe('画面が表示できなくなりました')
    expect(rec.messageBoxes[0]?.detail).toContain(join(rec.userData, 'logs'))
    expect(rec.openedPaths).toEqual([join(rec.userData, 'logs')])
    expect(main.loaded.at(-1)).toBe('app://bundle/index.html?recovered=crashed#/profile')
  })

  it('ends a hung page and reloads it, without counting its own ending as a crash', () => {
    const other = rec.windows.find((w) => w !== main && !w.destroyed)
    expect(other).toBeUndefined()
    // The policy was reset by "show it again": this counts as the first problem.
    main.emit('unresponsive')
    expect(main.webContents.crashedOnPurpose).toBe(1)
    main.webContents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 })
    expect(main.loaded.at(-1)).toBe('app://bundle/index.html?recovered=unresponsive#/profile')
    expect(rec.messageBoxes).toHaveLength(2)
  })

  it('writes the crashes and the versions to the log file, with the home folder as ~', () => {
    const log = readFileSync(join(rec.userData, 'logs', 'main.log'), 'utf8')
    const lines = log
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines[0]).toMatchObject({ event: 'app.start', app: '0.1.0', packaged: true })
    expect(lines.find((l) => l['event'] === 'renderer.gone')).toMatchObject({ reason: 'crashed' })
    expect(lines.some((l) => l['event'] === 'renderer.unresponsive')).toBe(true)
    expect(lines.some((l) => l['event'] === 'window.centred')).toBe(true)
    expect(log).not.toContain(home)
  })
})
