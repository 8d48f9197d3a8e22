import * as v from 'valibot'

/**
 * The text sizes offered, in percent of the normal size, applied as the window's zoom factor (so
 * layout, images and the compact window grow with the text). The steps are the browsers' own
 * around 100 %, capped at 150 %, where the main window still shows the navigation beside a screen.
 */
export const TEXT_SIZES = [90, 100, 110, 125, 150] as const
export type TextSize = (typeof TEXT_SIZES)[number]
export const DEFAULT_TEXT_SIZE: TextSize = 100

export const TextSizeSchema = v.picklist(TEXT_SIZES)

/** A stored value we cannot read (hand-edited, an older or newer version) shows at 100 %. */
export function readTextSize(stored: unknown): TextSize {
  const parsed = v.safeParse(TextSizeSchema, stored)
  return parsed.success ? parsed.output : DEFAULT_TEXT_SIZE
}

/** The 表示 menu's zoom items: one step larger or smaller (stopping at the ends), or back to 100 %. */
export function stepTextSize(current: TextSize, step: 'in' | 'out' | 'reset'): TextSize {
  if (step === 'reset') return DEFAULT_TEXT_SIZE
  const index = TEXT_SIZES.indexOf(current)
  const next = index + (step === 'in' ? 1 : -1)
  return TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, next))] ?? DEFAULT_TEXT_SIZE
}

export const zoomFactorOf = (size: TextSize): number => size / 100
