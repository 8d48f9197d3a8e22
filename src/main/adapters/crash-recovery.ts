import { app, dialog, shell, type BrowserWindow } from 'electron'
import { desktopText } from '@shared/desktop/messages'
import { recoveryUrl, type RecoveryReason } from '@shared/desktop/recovery'
import type { Locale } from '@shared/settings'
import type { CrashPolicy } from '../services/crash-policy'
import type { LogPort } from '../services/ports'

export interface CrashRecoveryOptions {
  /** Which window, for the policy and the log ('main', 'compact'). */
  key: string
  policy: CrashPolicy
  log: LogPort
  /** The page to load when the window has no address of its own. */
  fallbackUrl: string
  locale: () => Locale
  logFolder: string
  /** The page is gone (it no longer shows a copy panel, for instance). */
  onGone?: () => void
}

/**
 * A crashed or hung page is reloaded once, with a mark that lets it say so; a second time within a
 * minute a message names the log folder and lets the user choose, instead of reloading in a loop.
 */
export function recoverFromCrashes(window: BrowserWindow, options: CrashRecoveryOptions): void {
  const contents = window.webContents
  // A hung page is ended on purpose before the reload: that end is ours, not a second crash.
  let endingHungPage = false

  const reload = (reason: RecoveryReason) => {
    if (window.isDestroyed()) return
    void window.loadURL(recoveryUrl(contents.getURL(), options.fallbackUrl, reason))
  }

  const giveUp = async () => {
    const locale = options.locale()
    for (;;) {
      if (window.isDestroyed()) return
      const { response } = await dialog.showMessageBox(window, {
        type: 'error',
        title: desktopText(locale, 'crash.title'),
        message: desktopText(locale, 'crash.message'),
        detail: desktopText(locale, 'crash.detail', { folder: options.logFolder }),
        buttons: [
          desktopText(locale, 'crash.openLog'),
          desktopText(locale, 'crash.retry'),
          desktopText(locale, 'crash.quit'),
        ],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      })
      if (response === 0) {
        await shell.openPath(options.logFolder)
        continue
      }
      if (response === 2) {
        app.quit()
        return
      }
      options.policy.reset(options.key)
      reload('crashed')
      return
    }
  }

  const handle = (reason: RecoveryReason) => {
    options.onGone?.()
    const decision = options.policy.decide(options.key)
    options.log.warn('renderer.recovery', { window: options.key, reason, decision })
    if (decision === 'reload') reload(reason)
    else void giveUp()
  }

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return
    if (endingHungPage) {
      endingHungPage = false
      return
    }
    options.log.error('renderer.gone', {
      window: options.key,
      reason: details.reason,
      exitCode: details.exitCode,
    })
    handle('crashed')
  })
  window.on('unresponsive', () => {
    options.log.warn('renderer.unresponsive', { window: options.key })
    endingHungPage = true
    contents.forcefullyCrashRenderer()
    handle('unresponsive')
  })
}
