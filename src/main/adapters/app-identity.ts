import { join } from 'node:path'
import { app } from 'electron'
// The one source of the app id and copyright: electron-builder.yml `extends` the same file, so the
// installer's id (the Windows uninstall entry, the shortcut's AppUserModelID) and main's never differ.
import identity from '@shared/app-identity.json'

/**
 * The user-data folder's name under the OS's app-data folder. Electron would derive it from the product
 * name; it is pinned to the name it has had since the first release, so that renaming the product never
 * moves it and never orphans the vaults, the settings and Chromium's Local State (which holds the
 * safeStorage key on Windows). Do not change it: moving the data would need a migration that carries
 * Local State across before Chromium opens it. (On macOS that key is in the keychain as
 * "<app name> Safe Storage", the app name being package.json's productName: a rename must also keep
 * that name, e.g. with app.setName before ready.)
 */
export const USER_DATA_FOLDER = '求人者マイページ準備ナビ'

const CREDITS = [
  'ハローワーク・厚生労働省の公式アプリではありません。',
  'オープンソースのライセンスは「このアプリについて」画面にあります。',
  'Not an official app of Hello Work or the Ministry of Health, Labour and Welfare.',
  'Open-source licences: see “About this app” in the app.',
].join('\n')

/**
 * Who the app is, to the OS. Runs first in main, before anything reads the user-data path: the
 * single-instance lock, electron-store and the vault all live there, and Chromium reads it at ready.
 */
export function applyAppIdentity(): void {
  app.setPath('userData', join(app.getPath('appData'), USER_DATA_FOLDER))
  app.setAppUserModelId(identity.appId)
  app.setAboutPanelOptions({
    applicationName: app.getName(),
    applicationVersion: app.getVersion(),
    copyright: identity.copyright,
    credits: CREDITS,
  })
}
