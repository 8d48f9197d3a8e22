import { describe, expect, it } from 'vitest'
import { applicationMenu, contextMenu, menuIds, type MenuItemSpec } from './menu'
import { DESKTOP_MESSAGES, desktopText } from './messages'

const find = (items: MenuItemSpec[], id: string): MenuItemSpec | undefined => {
  for (const item of items) {
    if (item.id === id) return item
    if ('submenu' in item && item.submenu) {
      const found = find(item.submenu, id)
      if (found) return found
    }
  }
  return undefined
}
const roles = (items: MenuItemSpec[]): string[] =>
  items.flatMap((i) => [
    ...('role' in i && i.role ? [i.role] : []),
    ...('submenu' in i && i.submenu ? roles(i.submenu) : []),
  ])

describe('the application menu', () => {
  it('has File, Edit, View, Window and Help on Windows, with quit under File and about under Help', () => {
    const menu = applicationMenu({ platform: 'win32', packaged: true })
    expect(menu.map((m) => m.id)).toEqual(['file', 'edit', 'view', 'window', 'help'])
    expect(find(menu, 'file-quit')).toMatchObject({ role: 'quit' })
    expect(find(menu, 'help-about')).toMatchObject({ command: 'about' })
    expect(find(menu, 'app')).toBeUndefined()
  })

  it('puts about, hide and quit in the macOS app menu and keeps the edit roles', () => {
    const menu = applicationMenu({ platform: 'darwin', packaged: true })
    expect(menu[0]?.id).toBe('app')
    expect(roles([menu[0] as MenuItemSpec])).toEqual(['hide', 'hideOthers', 'unhide', 'quit'])
    expect(find(menu, 'app-about')).toMatchObject({ command: 'about' })
    expect(find(menu, 'file-quit')).toBeUndefined()
    expect(find(menu, 'help-about')).toBeUndefined()
  })

  it('always carries undo, redo, cut, copy, paste and select all as roles', () => {
    for (const platform of ['win32', 'darwin', 'linux']) {
      const edit = roles(
        applicationMenu({ platform, packaged: true }).filter((m) => m.id === 'edit'),
      )
      expect(edit).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
    }
  })

  it('has no reload and no developer tools when packaged, and has them in development', () => {
    const packaged = roles(applicationMenu({ platform: 'win32', packaged: true }))
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) {
      expect(packaged).not.toContain(role)
    }
    const dev = roles(applicationMenu({ platform: 'win32', packaged: false }))
    expect(dev).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']))
  })

  it('zooms through its own commands (the text-size setting), not the zoom roles', () => {
    const menu = applicationMenu({ platform: 'linux', packaged: true })
    expect(roles(menu)).not.toEqual(expect.arrayContaining(['zoomIn']))
    expect(find(menu, 'view-zoom-in')).toMatchObject({ command: 'zoom-in' })
    expect(find(menu, 'view-zoom-out')).toMatchObject({ command: 'zoom-out' })
    expect(find(menu, 'view-zoom-reset')).toMatchObject({ command: 'zoom-reset' })
  })

  it('has unique ids and a text in both languages for every label', () => {
    for (const platform of ['win32', 'darwin']) {
      const menu = applicationMenu({ platform, packaged: false })
      const ids = menuIds(menu)
      expect(new Set(ids).size).toBe(ids.length)
      const keys = (items: MenuItemSpec[]): string[] =>
        items.flatMap((i) => ('labelKey' in i ? [i.labelKey, ...keys(i.submenu ?? [])] : []))
      for (const key of keys(menu)) {
        expect(DESKTOP_MESSAGES.ja[key as keyof typeof DESKTOP_MESSAGES.ja]).toBeTruthy()
        expect(DESKTOP_MESSAGES.en[key as keyof typeof DESKTOP_MESSAGES.en]).toBeTruthy()
      }
    }
  })
})

describe('the context menu', () => {
  const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }

  it('offers cut, copy, paste and select all in a field, each enabled as Chromium says', () => {
    const items = contextMenu({
      isEditable: true,
      selectionText: '',
      editFlags: { ...flags, canCut: false, canCopy: false },
    })
    expect(items.map((i) => ('role' in i ? [i.role, i.enabled] : 'sep'))).toEqual([
      ['cut', false],
      ['copy', false],
      ['paste', true],
      'sep',
      ['selectAll', true],
    ])
  })

  it('offers only copy on selected text outside a field, and nothing elsewhere', () => {
    expect(contextMenu({ isEditable: false, selectionText: '株式会社', editFlags: flags })).toEqual(
      [{ id: 'context-copy', labelKey: 'menu.edit.copy', role: 'copy' }],
    )
    expect(contextMenu({ isEditable: false, selectionText: '  ', editFlags: flags })).toEqual([])
    expect(contextMenu({ isEditable: false, selectionText: '', editFlags: flags })).toEqual([])
  })
})

describe('desktop texts', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(desktopText('en', 'crash.detail', { folder: 'C:\\logs' })).toContain('C:\\logs')
    expect(desktopText('ja', 'menu.edit.paste')).toBe('貼り付け')
  })
})
