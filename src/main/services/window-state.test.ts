import { describe, expect, it } from 'vitest'
import { placeWindow, readWindowState } from './window-state'

const size = { width: 1180, height: 820, minWidth: 720, minHeight: 560 }
const primary = { x: 0, y: 0, width: 1920, height: 1040 }
const right = { x: 1920, y: 0, width: 1280, height: 984 }

describe('window placement', () => {
  it('restores a window that is on a display, maximised or not', () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1000, height: 700 }, maximized: true }
    expect(placeWindow(saved, [primary, right], primary, size)).toEqual({
      bounds: saved.bounds,
      maximized: true,
      centred: false,
    })
  })

  it('centres a window saved on a display that is gone', () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1000, height: 700 }, maximized: false }
    expect(placeWindow(saved, [primary], primary, size)).toEqual({
      bounds: { x: 460, y: 170, width: 1000, height: 700 },
      maximized: false,
      centred: true,
    })
  })

  it('centres a window whose title bar is off every display, even if a corner shows', () => {
    const saved = { bounds: { x: -1100, y: -790, width: 1180, height: 820 }, maximized: false }
    expect(placeWindow(saved, [primary], primary, size).centred).toBe(true)
  })

  it('shrinks a window larger than its display and keeps it inside', () => {
    const saved = { bounds: { x: 1900, y: 0, width: 3000, height: 2000 }, maximized: false }
    expect(placeWindow(saved, [primary, right], primary, size).bounds).toEqual({
      x: 1920,
      y: 0,
      width: 1280,
      height: 984,
    })
  })

  it('opens centred at the default size the first time', () => {
    expect(placeWindow(null, [primary], primary, size)).toEqual({
      bounds: { x: 370, y: 110, width: 1180, height: 820 },
      maximized: false,
      centred: true,
    })
  })

  it('ignores a saved state it cannot read', () => {
    expect(readWindowState({ bounds: { x: 'a' }, maximized: 1 })).toBeNull()
    expect(
      readWindowState({ bounds: { x: 1.5, y: 0, width: 10, height: 10 }, maximized: false }),
    ).toBeNull()
    expect(readWindowState(undefined)).toBeNull()
  })
})
