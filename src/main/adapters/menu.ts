import { BrowserWindow, Menu, type MenuItemConstructorOptions, type WebContents } from 'electron'
import {
  applicationMenu,
  contextMenu,
  type MenuCommand,
  type MenuContext,
  type MenuItemSpec,
} from '@shared/desktop/menu'
import { desktopText } from '@shared/desktop/messages'
import type { Locale } from '@shared/settings'

/** A menu from its data: labels in the UI language, roles kept, our commands wired to `run`. */
export function menuTemplate(
  items: readonly MenuItemSpec[],
  locale: Locale,
  platform: string,
  run: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    if ('type' in item) return { id: item.id, type: 'separator' }
    const text = desktopText(locale, item.labelKey)
    // Windows and Linux show access keys: `ファイル(&F)` in Japanese, `&File` in English.
    const label =
      item.mnemonic === undefined || platform === 'darwin'
        ? text
        : locale === 'ja'
          ? `${text}(&${item.mnemonic})`
          : text.replace(new RegExp(item.mnemonic, 'i'), (m) => `&${m}`)
    const command = item.command
    return {
      id: item.id,
      label,
      ...(item.role ? { role: item.role } : {}),
      ...(item.accelerator ? { accelerator: item.accelerator } : {}),
      ...(item.enabled === undefined ? {} : { enabled: item.enabled }),
      ...(command ? { click: () => run(command) } : {}),
      ...(item.submenu ? { submenu: menuTemplate(item.submenu, locale, platform, run) } : {}),
    }
  })
}

/** Sets (or, after a language change, rebuilds) the application menu. */
export function setApplicationMenu(
  locale: Locale,
  context: MenuContext,
  run: (command: MenuCommand) => void,
): void {
  const template = menuTemplate(applicationMenu(context), locale, context.platform, run)
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

/**
 * Right-click in the UI language: Electron has no context menu of its own. Nothing is shown where
 * there is nothing to do (no field, no selection).
 */
export function attachContextMenu(contents: WebContents, locale: () => Locale): void {
  contents.on('context-menu', (_event, params) => {
    const items = contextMenu({
      isEditable: params.isEditable,
      selectionText: params.selectionText,
      editFlags: params.editFlags,
    })
    if (items.length === 0) return
    const template = menuTemplate(items, locale(), process.platform, () => undefined)
    const window = BrowserWindow.fromWebContents(contents)
    Menu.buildFromTemplate(template).popup(window ? { window } : {})
  })
}
