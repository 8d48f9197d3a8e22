import type { Locale } from '../settings'

/**
 * Texts main shows itself (menus, the context menu, the crash message), in both languages. They
 * live here rather than in the renderer's i18n files because main draws them with no page loaded.
 */
const ja = {
  'app.name': '求人者マイページ準備ナビ',
  'menu.app.about': '求人者マイページ準備ナビについて',
  'menu.app.hide': '求人者マイページ準備ナビを隠す',
  'menu.app.hideOthers': 'ほかを隠す',
  'menu.app.unhide': 'すべてを表示',
  'menu.app.quit': '求人者マイページ準備ナビを終了',
  'menu.file': 'ファイル',
  'menu.file.exportData': 'データの書き出し…',
  'menu.file.printSheet': '準備シートの印刷…',
  'menu.file.close': 'ウィンドウを閉じる',
  'menu.file.quit': '終了',
  'menu.edit': '編集',
  'menu.edit.undo': '元に戻す',
  'menu.edit.redo': 'やり直す',
  'menu.edit.cut': '切り取り',
  'menu.edit.copy': 'コピー',
  'menu.edit.paste': '貼り付け',
  'menu.edit.selectAll': 'すべて選択',
  'menu.view': '表示',
  'menu.view.zoomIn': '文字を大きく',
  'menu.view.zoomOut': '文字を小さく',
  'menu.view.zoomReset': '文字の大きさを標準に戻す',
  'menu.view.fullScreen': '全画面表示',
  'menu.view.reload': '再読み込み（開発用）',
  'menu.view.forceReload': '強制的に再読み込み（開発用）',
  'menu.view.devTools': '開発者ツール（開発用）',
  'menu.window': 'ウィンドウ',
  'menu.window.minimize': '最小化',
  'menu.window.zoom': '拡大／縮小',
  'menu.window.front': 'すべてを手前に移動',
  'menu.window.close': '閉じる',
  'menu.help': 'ヘルプ',
  'menu.help.guide': '開設の手順',
  'menu.help.helpdesk': '問い合わせ先（ヘルプデスク）',
  'menu.help.logFolder': 'ログのフォルダーを開く',
  'menu.help.about': 'このアプリについて',
  'crash.title': '画面が表示できなくなりました',
  'crash.message': '画面がもう一度止まったため、自動での再読み込みはしませんでした。',
  'crash.detail':
    '入力して保存された内容は失われていません。問題が続くときは、次のフォルダーにあるログをサポートに送ってください（ログに入力内容は含まれません）。\n{folder}',
  'crash.openLog': 'ログのフォルダーを開く',
  'crash.retry': 'もう一度表示する',
  'crash.quit': '終了する',
} as const

export type DesktopMessageKey = keyof typeof ja

const en: Record<DesktopMessageKey, string> = {
  'app.name': 'Hello Work My Page Prep',
  'menu.app.about': 'About Hello Work My Page Prep',
  'menu.app.hide': 'Hide Hello Work My Page Prep',
  'menu.app.hideOthers': 'Hide Others',
  'menu.app.unhide': 'Show All',
  'menu.app.quit': 'Quit Hello Work My Page Prep',
  'menu.file': 'File',
  'menu.file.exportData': 'Export data…',
  'menu.file.printSheet': 'Print the preparation sheet…',
  'menu.file.close': 'Close Window',
  'menu.file.quit': 'Exit',
  'menu.edit': 'Edit',
  'menu.edit.undo': 'Undo',
  'menu.edit.redo': 'Redo',
  'menu.edit.cut': 'Cut',
  'menu.edit.copy': 'Copy',
  'menu.edit.paste': 'Paste',
  'menu.edit.selectAll': 'Select All',
  'menu.view': 'View',
  'menu.view.zoomIn': 'Larger Text',
  'menu.view.zoomOut': 'Smaller Text',
  'menu.view.zoomReset': 'Normal Text Size',
  'menu.view.fullScreen': 'Full Screen',
  'menu.view.reload': 'Reload (development)',
  'menu.view.forceReload': 'Force Reload (development)',
  'menu.view.devTools': 'Developer Tools (development)',
  'menu.window': 'Window',
  'menu.window.minimize': 'Minimize',
  'menu.window.zoom': 'Zoom',
  'menu.window.front': 'Bring All to Front',
  'menu.window.close': 'Close',
  'menu.help': 'Help',
  'menu.help.guide': 'Steps to open My Page',
  'menu.help.helpdesk': 'Contacts (helpdesk)',
  'menu.help.logFolder': 'Open the Log Folder',
  'menu.help.about': 'About This App',
  'crash.title': 'The window could not be shown',
  'crash.message': 'The window stopped again, so it was not reloaded automatically.',
  'crash.detail':
    'Everything you entered and saved is kept. If this keeps happening, send the log in this folder to support (it holds nothing you typed).\n{folder}',
  'crash.openLog': 'Open the log folder',
  'crash.retry': 'Show it again',
  'crash.quit': 'Quit',
}

export const DESKTOP_MESSAGES: Record<Locale, Record<DesktopMessageKey, string>> = { ja, en }

export function desktopText(
  locale: Locale,
  key: DesktopMessageKey,
  params: Record<string, string> = {},
): string {
  return DESKTOP_MESSAGES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? (params[name] ?? '') : whole,
  )
}
