import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  ICNS_TYPES,
  ICO_SIZES,
  ICON_OUTPUTS,
  ICON_SOURCE,
  MAC_BODY,
  WINDOW_PNG_SIZE,
  bodyOnly,
  generateIcons,
  render,
} from './icons.mjs'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const isPng = (data: Buffer) => data.subarray(0, 8).equals(PNG_SIGNATURE)
const pngSize = (data: Buffer) => ({ width: data.readUInt32BE(16), height: data.readUInt32BE(20) })

/** The ICO directory (read here by hand, independently of the encoder). */
function readIco(file: Buffer) {
  expect(file.readUInt16LE(0)).toBe(0)
  expect(file.readUInt16LE(2)).toBe(1) // 1 = icon
  const count = file.readUInt16LE(4)
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + i * 16
    const size = file.readUInt32LE(entry + 8)
    const offset = file.readUInt32LE(entry + 12)
    const data = file.subarray(offset, offset + size)
    const width = file[entry] || 256
    const height = file[entry + 1] || 256
    const bpp = file.readUInt16LE(entry + 6)
    // A PNG entry carries its size in IHDR; a BMP entry in its BITMAPINFOHEADER (height doubled for the mask).
    const inner = isPng(data)
      ? pngSize(data)
      : { width: data.readInt32LE(4), height: data.readInt32LE(8) / 2 }
    return { width, height, bpp, png: isPng(data), inner, data }
  })
}

/** The ICNS chunks: a 4-byte type and a big-endian length that includes the 8-byte header. */
function readIcns(file: Buffer) {
  expect(file.subarray(0, 4).toString('latin1')).toBe('icns')
  expect(file.readUInt32BE(4)).toBe(file.length)
  const chunks: { type: string; data: Buffer }[] = []
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at + 4)
    expect(length).toBeGreaterThan(8)
    chunks.push({
      type: file.subarray(at, at + 4).toString('latin1'),
      data: file.subarray(at + 8, at + length),
    })
    at += length
  }
  return chunks
}

/** The box of fully opaque pixels in an RGBA bitmap. */
function opaqueBox(pixels: Uint8Array, size: number) {
  let left = size
  let top = size
  let right = -1
  let bottom = -1
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (pixels[(y * size + x) * 4 + 3] !== 255) continue
      left = Math.min(left, x)
      right = Math.max(right, x)
      top = Math.min(top, y)
      bottom = Math.max(bottom, y)
    }
  }
  return { left, top, right: right + 1, bottom: bottom + 1 }
}

const svg = readFileSync(ICON_SOURCE, 'utf8')
let out: string

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'hwmp-icons-'))
  await generateIcons({ outRoot: out })
}, 60_000)

describe('the icon source', () => {
  it('is a 1024 px square on Apple’s grid: an 824 px body 100 px in, the margin left clear', async () => {
    expect(svg).toMatch(/<svg[^>]* width="1024" height="1024" viewBox="0 0 1024 1024"/)
    const { pixels } = await render(svg, 1024)
    const box = opaqueBox(pixels, 1024)
    const { inset, size } = MAC_BODY
    for (const edge of [box.left, box.top]) expect(Math.abs(edge - inset)).toBeLessThanOrEqual(1)
    for (const edge of [box.right, box.bottom]) {
      expect(Math.abs(edge - (inset + size))).toBeLessThanOrEqual(1)
    }
    // Only the soft shadow may reach into the margin; the corners stay clear.
    expect(pixels[3]).toBe(0)
  })

  it('gives Windows the body alone, filling the square', async () => {
    const { pixels } = await render(bodyOnly(svg), 256)
    const box = opaqueBox(pixels, 256)
    expect(box).toEqual({ left: 0, top: 0, right: 256, bottom: 256 })
    expect(pixels[3]).toBe(0) // the rounded corner
  })
})

describe('the generated icons', () => {
  it('writes a Windows .ico with every size the shell asks for, 32-bit', () => {
    const entries = readIco(readFileSync(join(out, ICON_OUTPUTS.ico)))
    expect(entries.map((e) => e.width)).toEqual(ICO_SIZES)
    for (const entry of entries) {
      expect(entry.height).toBe(entry.width)
      expect(entry.inner).toEqual({ width: entry.width, height: entry.width })
      expect(entry.bpp).toBe(32)
    }
    // The small sizes as BMP (what every reader takes), the large ones PNG-compressed.
    expect(entries.filter((e) => !e.png).map((e) => e.width)).toEqual([16, 20, 24, 32, 40, 48])
  })

  it('writes a macOS .icns with iconutil’s set, each PNG at its size, from the whole canvas', async () => {
    const chunks = readIcns(readFileSync(join(out, ICON_OUTPUTS.icns)))
    expect(chunks.map((c) => c.type)).toEqual(['TOC ', ...ICNS_TYPES.map(([type]) => type)])
    for (const [type, size] of ICNS_TYPES) {
      const chunk = chunks.find((c) => c.type === type)!
      if (type === 'ic04' || type === 'ic05') {
        expect(chunk.data.subarray(0, 4).toString('latin1')).toBe('ARGB')
      } else {
        expect(pngSize(chunk.data), type).toEqual({ width: size, height: size })
      }
    }
    // The 1024 px image is the source as drawn, margin and all (not the Windows body).
    const ic10 = chunks.find((c) => c.type === 'ic10')!.data
    expect(ic10.equals(Buffer.from((await render(svg, 1024)).png))).toBe(true)
  })

  it('writes the window icon as a square PNG of the body', async () => {
    const png = readFileSync(join(out, ICON_OUTPUTS.png))
    expect(pngSize(png)).toEqual({ width: WINDOW_PNG_SIZE, height: WINDOW_PNG_SIZE })
    expect(png.equals(Buffer.from((await render(bodyOnly(svg), WINDOW_PNG_SIZE)).png))).toBe(true)
  })
})
