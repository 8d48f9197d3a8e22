import * as v from 'valibot'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  bounds: Rect
  maximized: boolean
}

const coordinate = v.pipe(v.number(), v.safeInteger(), v.minValue(-100_000), v.maxValue(100_000))
const extent = v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(100_000))

export const WindowStateSchema = v.object({
  bounds: v.object({ x: coordinate, y: coordinate, width: extent, height: extent }),
  maximized: v.boolean(),
})

/** A saved state we cannot read (hand-edited, from another version) is ignored, never trusted. */
export function readWindowState(stored: unknown): WindowState | null {
  const parsed = v.safeParse(WindowStateSchema, stored)
  return parsed.success ? parsed.output : null
}

export interface WindowSize {
  width: number
  height: number
  minWidth: number
  minHeight: number
}

export interface Placement {
  bounds: Rect
  maximized: boolean
  /** True when the saved place was off every display (or missing) and the window was centred. */
  centred: boolean
}

/** The part of the window's top edge (title bar, where it is dragged) that must be on a display. */
const GRIP = { width: 120, height: 32 }

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return { width: Math.max(0, width), height: Math.max(0, height) }
}

const clampSize = (value: number, min: number, max: number) =>
  Math.max(Math.min(min, max), Math.min(value, max))

/**
 * Where the main window opens: where it was, if enough of its title bar is on one of today's
 * displays (a monitor may have been unplugged or the resolution changed), kept inside that
 * display; otherwise centred on the primary display. Sizes never exceed the display.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primary: Rect,
  size: WindowSize,
): Placement {
  const titleBar = saved
    ? { x: saved.bounds.x, y: saved.bounds.y, width: saved.bounds.width, height: GRIP.height }
    : null
  const home = titleBar
    ? workAreas.find((area) => {
        const seen = overlap(titleBar, area)
        return seen.width >= Math.min(GRIP.width, titleBar.width) && seen.height >= GRIP.height / 2
      })
    : undefined
  if (saved && home) {
    const width = clampSize(saved.bounds.width, size.minWidth, home.width)
    const height = clampSize(saved.bounds.height, size.minHeight, home.height)
    const x = Math.min(Math.max(saved.bounds.x, home.x), home.x + home.width - width)
    const y = Math.min(Math.max(saved.bounds.y, home.y), home.y + home.height - height)
    return { bounds: { x, y, width, height }, maximized: saved.maximized, centred: false }
  }
  const width = clampSize(saved?.bounds.width ?? size.width, size.minWidth, primary.width)
  const height = clampSize(saved?.bounds.height ?? size.height, size.minHeight, primary.height)
  return {
    bounds: {
      x: Math.round(primary.x + (primary.width - width) / 2),
      y: Math.round(primary.y + (primary.height - height) / 2),
      width,
      height,
    },
    maximized: saved?.maximized ?? false,
    centred: true,
  }
}
