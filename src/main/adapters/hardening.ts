import { app, session, type Session, type WebContents } from 'electron'

/** Deny every permission request and check: the app needs none (clipboard goes through main). */
export function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
  ses.setDisplayMediaRequestHandler((_request, callback) => callback({}))
}

/** No navigation away from the app, no new windows, no webviews, for every web contents ever made. */
export function lockDownWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents))
  denyAllPermissions(session.defaultSession)
}
