import { screen, type BrowserWindow } from 'electron'
import type { KeyValueStore } from '../services/ports'
import {
  placeWindow,
  readWindowState,
  type Placement,
  type WindowSize,
  type WindowState,
} from '../services/window-state'

export type WindowStateData = { main?: WindowState }

/** Where the main window opens: its saved place if that is on a display today, else centred. */
export function restorePlacement(
  store: KeyValueStore<WindowStateData>,
  size: WindowSize,
): Placement {
  const areas = screen.getAllDisplays().map((display) => display.workArea)
  return placeWindow(
    readWindowState(store.get('main')),
    areas,
    screen.getPrimaryDisplay().workArea,
    size,
  )
}

const SAVE_DELAY_MS = 400

/**
 * Saves the main window's size, place and maximised state as they change (debounced) and when a
 * close starts: whether the close then completes at once or waits for the page to save its edits,
 * the state is already on disk.
 */
export function keepWindowState(
  window: BrowserWindow,
  store: KeyValueStore<WindowStateData>,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const save = () => {
    if (window.isDestroyed()) return
    const bounds = window.getNormalBounds()
    store.set('main', {
      bounds: {
        x: Math.round(bounds.x),
        y: Math.round(bounds.y),
        width: Math.round(bounds.width),
        height: Math.round(bounds.height),
      },
      maximized: window.isMaximized(),
    })
  }
  const later = () => {
    clearTimeout(timer)
    timer = setTimeout(save, SAVE_DELAY_MS)
  }
  window.on('resize', later)
  window.on('move', later)
  window.on('maximize', save)
  window.on('unmaximize', save)
  window.on('close', () => {
    clearTimeout(timer)
    save()
  })
  window.on('closed', () => clearTimeout(timer))
}
