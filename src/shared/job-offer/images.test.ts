import { describe, it, expect } from 'vitest'
import {
  IMAGE_RULES,
  IMAGE_SEVERITY,
  checkImages,
  detectFormat,
  megabytes,
  type ImageFile,
} from './images'

const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1,
])
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
])
const GIF = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0])
const BMP = new Uint8Array([0x42, 0x4d, 0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 0x28, 0])
// "RIFF" size "WEBP"
const WEBP = new Uint8Array([
  0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20,
])

const MB = 1024 * 1024
const ok = (name: string, head?: Uint8Array): ImageFile => ({
  name,
  sizeBytes: 500_000,
  ...(head ? { head } : {}),
})

describe('image rules', () => {
  it('are 10 files of 2 MB (2 × 1024 × 1024 bytes) in JPEG, GIF, PNG, BMP, from a 2020 leaflet', () => {
    expect(IMAGE_RULES).toMatchObject({
      maxFiles: 10,
      maxBytes: 2_097_152,
      maxBytesDecimal: 2_000_000,
      formats: ['jpeg', 'gif', 'png', 'bmp'],
      certainty: 'verified',
      asOf: '2020-05-22',
    })
  })

  it('recognise formats by their first bytes', () => {
    expect(detectFormat(JPEG)).toBe('jpeg')
    expect(detectFormat(PNG)).toBe('png')
    expect(detectFormat(GIF)).toBe('gif')
    expect(detectFormat(BMP)).toBe('bmp')
    expect(detectFormat(WEBP)).toBe('webp')
    expect(detectFormat(new Uint8Array([0x25, 0x50, 0x44, 0x46]))).toBe('pdf')
    expect(detectFormat(new Uint8Array([1, 2, 3]))).toBeNull()
    expect(detectFormat(new Uint8Array([]))).toBeNull()
  })
})

describe('checkImages', () => {
  it('accepts up to 10 good files, none at all, and upper-case extensions', () => {
    expect(checkImages([])).toEqual([])
    const ten = Array.from({ length: 10 }, (_, i) => ok(`photo${i}.JPG`, JPEG))
    expect(checkImages(ten)).toEqual([])
    expect(
      checkImages([ok('a.gif', GIF), ok('b.bmp', BMP), ok('c.png', PNG), ok('d.jpeg')]),
    ).toEqual([])
  })

  it('refuses 11 files', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => ok(`p${i}.jpg`))
    expect(checkImages(eleven)).toEqual([
      { code: 'too-many-files', severity: 'error', params: { max: 10, count: 11 } },
    ])
  })

  it('refuses a 3 MB file, only warns from 2,000,001 bytes up to exactly 2 MiB', () => {
    expect(checkImages([{ name: 'big.jpg', sizeBytes: 3 * MB }])).toEqual([
      {
        code: 'too-large',
        severity: 'error',
        index: 0,
        name: 'big.jpg',
        params: { max: 2_097_152, size: 3_145_728 },
      },
    ])
    expect(checkImages([{ name: 'edge.jpg', sizeBytes: 2_050_000 }])).toEqual([
      {
        code: 'maybe-too-large',
        severity: 'warning',
        index: 0,
        name: 'edge.jpg',
        params: { max: 2_000_000, size: 2_050_000 },
      },
    ])
    expect(checkImages([{ name: 'max.jpg', sizeBytes: 2 * MB }])).toEqual([
      {
        code: 'maybe-too-large',
        severity: 'warning',
        index: 0,
        name: 'max.jpg',
        params: { max: 2_000_000, size: 2_097_152 },
      },
    ])
    expect(checkImages([{ name: 'small.jpg', sizeBytes: 2_000_000 }])).toEqual([])
    expect(checkImages([{ name: 'empty.jpg', sizeBytes: 0 }]).map((f) => f.code)).toEqual([
      'empty-file',
    ])
  })

  it('refuses a .webp by its name, and WebP bytes under a .jpg name', () => {
    expect(checkImages([ok('shop.webp')])).toEqual([
      {
        code: 'unsupported-extension',
        severity: 'error',
        index: 0,
        name: 'shop.webp',
        params: { ext: 'webp' },
      },
    ])
    expect(checkImages([ok('shop.jpg', WEBP)])).toEqual([
      {
        code: 'unsupported-content',
        severity: 'error',
        index: 0,
        name: 'shop.jpg',
        params: { ext: 'jpg', detected: 'webp' },
      },
    ])
  })

  it('finds a .png whose bytes are JPEG and says what to rename it to', () => {
    expect(checkImages([ok('logo.png', JPEG)])).toEqual([
      {
        code: 'content-mismatch',
        severity: 'error',
        index: 0,
        name: 'logo.png',
        params: { ext: 'png', detected: 'jpeg', rename: 'jpg' },
      },
    ])
  })

  it('refuses bytes that are no image, and warns about duplicate names', () => {
    expect(
      checkImages([ok('x.png', new Uint8Array([0, 1, 2, 3]))]).map((f) => [f.code, f.severity]),
    ).toEqual([['content-unknown', 'error']])
    expect(checkImages([ok('a.jpg'), ok('A.JPG')]).map((f) => [f.code, f.index])).toEqual([
      ['duplicate-name', 1],
    ])
  })
})

describe('sizes in MB and severities by code', () => {
  it('shows sizes in megabytes, rounded up so a file over the limit never reads as 2.00', () => {
    expect(megabytes(2 * 1024 * 1024)).toBe('2.00')
    expect(megabytes(2 * 1024 * 1024 + 1)).toBe('2.01')
    expect(megabytes(2_000_001)).toBe('1.91')
    expect(megabytes(35 * 1024)).toBe('0.04')
    expect(megabytes(0)).toBe('0.00')
  })

  it('gives every finding the severity its code has', () => {
    const files = [
      ok('a.webp', WEBP),
      ok('b.png', new Uint8Array([0, 1, 2, 3])),
      { name: 'c.jpg', sizeBytes: 3_000_000 },
      { name: 'c.jpg', sizeBytes: 2_050_000 },
    ]
    const findings = checkImages(files)
    expect(findings.length).toBeGreaterThan(3)
    for (const f of findings) expect([f.code, f.severity]).toEqual([f.code, IMAGE_SEVERITY[f.code]])
  })
})
