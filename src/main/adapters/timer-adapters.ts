import { BrowserWindow, Notification, powerMonitor } from 'electron'
import type { Locale } from '@shared/settings'
import type { TimerState } from '@shared/timer'
import { noticeText } from '../services/timer/notice-text'
import type { NotifierPort, SchedulerPort } from '../services/timer/timer-service'
import { windowStatus } from '../services/timer/window-status'

export const nodeScheduler: SchedulerPort<ReturnType<typeof setTimeout>> = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle),
}

/**
 * Desktop notifications from main, so they arrive while the window is hidden or minimised (Windows
 * shows them only with the AppUserModelId set at start). Clicking one brings the app forward.
 */
export function electronNotifier(locale: () => Locale, onClick: () => void): NotifierPort {
  // Held until closed: a notification that is garbage-collected loses its click handler.
  const open = new Set<Notification>()
  return {
    notify(notice) {
      if (!Notification.isSupported()) return
      const notification = new Notification(noticeText(notice, locale()))
      open.add(notification)
      notification.on('click', onClick)
      notification.on('close', () => open.delete(notification))
      notification.show()
    },
  }
}

/** Timers may sleep with the machine: catch up when it wakes or the screen is unlocked. */
export function onSystemWake(resync: () => void): void {
  powerMonitor.on('resume', resync)
  powerMonitor.on('unlock-screen', resync)
}

/**
 * Keeps each window's title ("… — 認証キー残り12分") and its taskbar/dock progress in step with the
 * countdowns. The page's own title is kept aside, so the renderer can still set it per screen.
 */
export class TimerWindowStatus {
  private readonly states = new Map<string, TimerState>()
  private readonly windows = new Map<BrowserWindow, string>()

  constructor(
    private readonly locale: () => Locale,
    /** Whose countdown it is, once there are several establishments. */
    private readonly label: (profileId: string) => string | null = () => null,
  ) {}

  attach(window: BrowserWindow): void {
    this.windows.set(window, window.getTitle())
    window.on('page-title-updated', (event, title) => {
      event.preventDefault()
      this.windows.set(window, title)
      this.paint(window)
    })
    window.on('closed', () => this.windows.delete(window))
    this.paint(window)
  }

  update(state: TimerState): void {
    this.states.set(state.profileId, state)
    this.repaint()
  }

  /** Also called on the regular tick, so a language change reaches the title. */
  repaint(): void {
    for (const window of this.windows.keys()) this.paint(window)
  }

  private paint(window: BrowserWindow): void {
    if (window.isDestroyed()) return
    const pageTitle = this.windows.get(window) ?? ''
    const status = windowStatus(
      this.states.values(),
      pageTitle,
      this.locale(),
      Date.now(),
      this.label,
    )
    if (window.getTitle() !== status.title) window.setTitle(status.title)
    window.setProgressBar(status.progress.value, { mode: status.progress.mode })
  }
}
