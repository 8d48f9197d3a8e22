import { describe, expect, it } from 'vitest'
import { readTextSize, stepTextSize, TEXT_SIZES, zoomFactorOf } from './text-size'

describe('text size', () => {
  it('offers at least 90 to 150 %', () => {
    expect(Math.min(...TEXT_SIZES)).toBeLessThanOrEqual(90)
    expect(Math.max(...TEXT_SIZES)).toBeGreaterThanOrEqual(150)
  })

  it('reads a stored value, and falls back to 100 % for anything else', () => {
    expect(readTextSize(125)).toBe(125)
    for (const bad of [undefined, null, 0, 95, 151, '125', -1, Number.NaN, { size: 125 }]) {
      expect(readTextSize(bad)).toBe(100)
    }
  })

  it('steps through the sizes and stops at both ends', () => {
    expect(stepTextSize(100, 'in')).toBe(110)
    expect(stepTextSize(150, 'in')).toBe(150)
    expect(stepTextSize(100, 'out')).toBe(90)
    expect(stepTextSize(90, 'out')).toBe(90)
    expect(stepTextSize(150, 'reset')).toBe(100)
    expect(zoomFactorOf(125)).toBe(1.25)
  })
})
