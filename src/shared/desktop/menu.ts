import type { DesktopMessageKey } from './messages'

/**
 * The application menu and the context menu as plain data (ids, message keys, Electron roles and
 * our own commands), so what the menus contain is tested without Electron; the menu adapter only
 * translates the labels and hands the result to Electron's Menu.
 */

/** Electron's built-in roles we use: they keep Cmd+C/V working on macOS and the OS's own behaviour. */
export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'quit'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'close'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'

/** Actions main carries out itself (screens opened in the main window, the text size, the log). */
export const MENU_COMMANDS = [
  'export-data',
  'print-sheet',
  'open-guide',
  'open-helpdesk',
  'open-log-folder',
  'about',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export type MenuItemSpec =
  | { id: string; type: 'separator' }
  | {
      id: string
      labelKey: DesktopMessageKey
      role?: MenuRole
      command?: MenuCommand
      accelerator?: string
      /** Windows/Linux access key (`ファイル(&F)`); macOS menus have none. */
      mnemonic?: string
      enabled?: boolean
      submenu?: MenuItemSpec[]
    }

export interface MenuContext {
  platform: string
  /** Packaged builds have no reload and no developer tools. */
  packaged: boolean
}

const separator = (id: string): MenuItemSpec => ({ id, type: 'separator' })

export function applicationMenu({ platform, packaged }: MenuContext): MenuItemSpec[] {
  const mac = platform === 'darwin'
  const appMenu: MenuItemSpec = {
    id: 'app',
    labelKey: 'app.name',
    submenu: [
      { id: 'app-about', labelKey: 'menu.app.about', command: 'about' },
      separator('app-sep-1'),
      { id: 'app-hide', labelKey: 'menu.app.hide', role: 'hide' },
      { id: 'app-hide-others', labelKey: 'menu.app.hideOthers', role: 'hideOthers' },
      { id: 'app-unhide', labelKey: 'menu.app.unhide', role: 'unhide' },
      separator('app-sep-2'),
      { id: 'app-quit', labelKey: 'menu.app.quit', role: 'quit' },
    ],
  }
  const file: MenuItemSpec = {
    id: 'file',
    labelKey: 'menu.file',
    mnemonic: 'F',
    submenu: [
      { id: 'file-export', labelKey: 'menu.file.exportData', command: 'export-data' },
      { id: 'file-print-sheet', labelKey: 'menu.file.printSheet', command: 'print-sheet' },
      separator('file-sep-1'),
      mac
        ? { id: 'file-close', labelKey: 'menu.file.close', role: 'close' }
        : { id: 'file-quit', labelKey: 'menu.file.quit', role: 'quit' },
    ],
  }
  const edit: MenuItemSpec = {
    id: 'edit',
    labelKey: 'menu.edit',
    mnemonic: 'E',
    submenu: [
      { id: 'edit-undo', labelKey: 'menu.edit.undo', role: 'undo' },
      { id: 'edit-redo', labelKey: 'menu.edit.redo', role: 'redo' },
      separator('edit-sep-1'),
      { id: 'edit-cut', labelKey: 'menu.edit.cut', role: 'cut' },
      { id: 'edit-copy', labelKey: 'menu.edit.copy', role: 'copy' },
      { id: 'edit-paste', labelKey: 'menu.edit.paste', role: 'paste' },
      { id: 'edit-select-all', labelKey: 'menu.edit.selectAll', role: 'selectAll' },
    ],
  }
  const development: MenuItemSpec[] = packaged
    ? []
    : [
        separator('view-sep-dev'),
        { id: 'view-reload', labelKey: 'menu.view.reload', role: 'reload' },
        { id: 'view-force-reload', labelKey: 'menu.view.forceReload', role: 'forceReload' },
        { id: 'view-devtools', labelKey: 'menu.view.devTools', role: 'toggleDevTools' },
      ]
  const view: MenuItemSpec = {
    id: 'view',
    labelKey: 'menu.view',
    mnemonic: 'V',
    submenu: [
      {
        id: 'view-zoom-in',
        labelKey: 'menu.view.zoomIn',
        command: 'zoom-in',
        accelerator: 'CommandOrControl+Plus',
      },
      {
        id: 'view-zoom-out',
        labelKey: 'menu.view.zoomOut',
        command: 'zoom-out',
        accelerator: 'CommandOrControl+-',
      },
      {
        id: 'view-zoom-reset',
        labelKey: 'menu.view.zoomReset',
        command: 'zoom-reset',
        accelerator: 'CommandOrControl+0',
      },
      separator('view-sep-1'),
      { id: 'view-full-screen', labelKey: 'menu.view.fullScreen', role: 'togglefullscreen' },
      ...development,
    ],
  }
  const windowMenu: MenuItemSpec = {
    id: 'window',
    labelKey: 'menu.window',
    mnemonic: 'W',
    submenu: mac
      ? [
          { id: 'window-minimize', labelKey: 'menu.window.minimize', role: 'minimize' },
          { id: 'window-zoom', labelKey: 'menu.window.zoom', role: 'zoom' },
          separator('window-sep-1'),
          { id: 'window-front', labelKey: 'menu.window.front', role: 'front' },
        ]
      : [
          { id: 'window-minimize', labelKey: 'menu.window.minimize', role: 'minimize' },
          { id: 'window-close', labelKey: 'menu.window.close', role: 'close' },
        ],
  }
  const help: MenuItemSpec = {
    id: 'help',
    labelKey: 'menu.help',
    mnemonic: 'H',
    submenu: [
      { id: 'help-guide', labelKey: 'menu.help.guide', command: 'open-guide' },
      { id: 'help-helpdesk', labelKey: 'menu.help.helpdesk', command: 'open-helpdesk' },
      separator('help-sep-1'),
      { id: 'help-log-folder', labelKey: 'menu.help.logFolder', command: 'open-log-folder' },
      // On macOS "about" is in the app menu.
      ...(mac
        ? []
        : [
            separator('help-sep-2'),
            { id: 'help-about', labelKey: 'menu.help.about', command: 'about' } as const,
          ]),
    ],
  }
  return [...(mac ? [appMenu] : []), file, edit, view, windowMenu, help]
}

/** What Electron's `context-menu` event tells about the place right-clicked. */
export interface ContextTarget {
  isEditable: boolean
  selectionText: string
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean }
}

/**
 * Right-click: cut/copy/paste/select all in a field, copy on selected text, nothing elsewhere (an
 * empty list: the adapter shows no menu at all).
 */
export function contextMenu(target: ContextTarget): MenuItemSpec[] {
  if (target.isEditable) {
    return [
      {
        id: 'context-cut',
        labelKey: 'menu.edit.cut',
        role: 'cut',
        enabled: target.editFlags.canCut,
      },
      {
        id: 'context-copy',
        labelKey: 'menu.edit.copy',
        role: 'copy',
        enabled: target.editFlags.canCopy,
      },
      {
        id: 'context-paste',
        labelKey: 'menu.edit.paste',
        role: 'paste',
        enabled: target.editFlags.canPaste,
      },
      separator('context-sep-1'),
      {
        id: 'context-select-all',
        labelKey: 'menu.edit.selectAll',
        role: 'selectAll',
        enabled: target.editFlags.canSelectAll,
      },
    ]
  }
  if (target.selectionText.trim() !== '') {
    return [{ id: 'context-copy', labelKey: 'menu.edit.copy', role: 'copy' }]
  }
  return []
}

/** Every id in a menu tree, depth first (tests and the boot test use it). */
export function menuIds(items: readonly MenuItemSpec[]): string[] {
  return items.flatMap((item) => [
    item.id,
    ...('submenu' in item && item.submenu ? menuIds(item.submenu) : []),
  ])
}
