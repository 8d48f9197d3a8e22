import type { Certainty } from '../field-rules/core'

/**
 * Screen 6 画像情報 of the establishment: the user lists the files to upload; this checks them.
 * Rules from the labour-bureau leaflet 「求人者マイページ」のご案内 (2020-05-22): at most 10 files,
 * 2 MB each, JPEG/GIF/PNG/BMP. Marked verified in domain-notes, but dated 2020: kept as data.
 *
 * 2 MB: the portal does not say whether it means 2,000,000 or 2 × 1024 × 1024 bytes. We refuse
 * above 2 × 1024 × 1024 = 2,097,152 (what Windows Explorer shows as "2.00 MB", the size users
 * see) and warn between 2,000,000 and that, where a portal counting decimal megabytes would
 * refuse: no file the portal certainly accepts is blocked, and none it may refuse passes silently.
 */
export const IMAGE_RULES = {
  maxFiles: 10,
  maxBytes: 2 * 1024 * 1024,
  /** Above this, a portal counting decimal MB would refuse: warn. */
  maxBytesDecimal: 2_000_000,
  formats: ['jpeg', 'gif', 'png', 'bmp'],
  certainty: 'verified' as Certainty,
  source: '「求人者マイページ」のご案内 (labour-bureau leaflet)',
  asOf: '2020-05-22',
} as const

export type ImageFormat = 'jpeg' | 'gif' | 'png' | 'bmp'
/** Formats recognised by their bytes (the supported ones plus common refusals). */
export type DetectedFormat = ImageFormat | 'webp' | 'heic' | 'tiff' | 'pdf' | 'svg'

export interface ImageFile {
  name: string
  sizeBytes: number
  /** The first bytes of the file (16 suffice), when the caller could read them. */
  head?: Uint8Array
  /** Without `head`: the format its first bytes showed when it was last read (null: none known). */
  detected?: DetectedFormat | null
}

export const IMAGE_FINDING_CODES = [
  'too-many-files',
  'too-large',
  'maybe-too-large',
  'empty-file',
  'unsupported-extension',
  'unsupported-content',
  'content-mismatch',
  'content-unknown',
  'duplicate-name',
] as const
export type ImageFindingCode = (typeof IMAGE_FINDING_CODES)[number]

/**
 * Each code's severity, fixed by the code: errors must be fixed before uploading. A file whose
 * bytes are no image we know is an error (the portal takes images only), not a warning. Main
 * applies this to stored findings too, so a list checked by an older version is judged the same.
 */
export const IMAGE_SEVERITY: Readonly<Record<ImageFindingCode, 'error' | 'warning'>> = {
  'too-many-files': 'error',
  'too-large': 'error',
  'maybe-too-large': 'warning',
  'empty-file': 'error',
  'unsupported-extension': 'error',
  'unsupported-content': 'error',
  'content-mismatch': 'error',
  'content-unknown': 'error',
  'duplicate-name': 'warning',
}

/** A size as the user reads it: megabytes (1,048,576 bytes), rounded up to two decimals. */
export function megabytes(bytes: number): string {
  const mb = Math.ceil((Math.max(0, bytes) / (1024 * 1024)) * 100) / 100
  return mb.toFixed(2)
}

export interface ImageFinding {
  code: ImageFindingCode
  severity: 'error' | 'warning'
  /** Index in the list; absent for findings about the whole list. */
  index?: number
  name?: string
  params?: Record<string, string | number>
}

const EXTENSIONS: Readonly<Record<string, ImageFormat>> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jpe: 'jpeg',
  jfif: 'jpeg',
  gif: 'gif',
  png: 'png',
  bmp: 'bmp',
}

/** The usual extension to rename a file to, per format. */
const EXTENSION_OF: Readonly<Record<ImageFormat, string>> = {
  jpeg: 'jpg',
  gif: 'gif',
  png: 'png',
  bmp: 'bmp',
}

export function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name)
  return m ? (m[1] ?? '').toLowerCase() : ''
}

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0): boolean =>
  bytes.every((b, i) => head[at + i] === b)
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0))

/** The format the first bytes show, or null when unknown (or too few bytes). */
export function detectFormat(head: Uint8Array): DetectedFormat | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'gif'
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(head, ascii('BM')) && head.length >= 14) return 'bmp'
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'webp'
  if (startsWith(head, ascii('ftyp'), 4)) {
    const brand = String.fromCharCode(...head.slice(8, 12))
    if (/^(?:heic|heix|hevc|heim|heis|mif1|msf1|avif)$/.test(brand)) return 'heic'
  }
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) {
    return 'tiff'
  }
  if (startsWith(head, ascii('%PDF'))) return 'pdf'
  if (startsWith(head, ascii('<svg')) || startsWith(head, ascii('<?xml'))) return 'svg'
  return null
}

const isSupported = (f: DetectedFormat): f is ImageFormat =>
  (IMAGE_RULES.formats as readonly string[]).includes(f)

/**
 * Findings for a list of files, in list order (the count first). Errors must be fixed before
 * uploading; warnings are worth a look. An empty list is fine: images are optional.
 */
export function checkImages(files: readonly ImageFile[]): ImageFinding[] {
  const out: ImageFinding[] = []
  if (files.length > IMAGE_RULES.maxFiles) {
    out.push({
      code: 'too-many-files',
      severity: IMAGE_SEVERITY['too-many-files'],
      params: { max: IMAGE_RULES.maxFiles, count: files.length },
    })
  }
  const seen = new Set<string>()
  files.forEach((file, index) => {
    const at = { index, name: file.name }
    const key = file.name.toLowerCase()
    if (seen.has(key))
      out.push({ code: 'duplicate-name', severity: IMAGE_SEVERITY['duplicate-name'], ...at })
    seen.add(key)

    const size = Number.isFinite(file.sizeBytes) ? file.sizeBytes : 0
    if (size <= 0) out.push({ code: 'empty-file', severity: IMAGE_SEVERITY['empty-file'], ...at })
    else if (size > IMAGE_RULES.maxBytes) {
      out.push({
        code: 'too-large',
        severity: IMAGE_SEVERITY['too-large'],
        ...at,
        params: { max: IMAGE_RULES.maxBytes, size },
      })
    } else if (size > IMAGE_RULES.maxBytesDecimal) {
      out.push({
        code: 'maybe-too-large',
        severity: IMAGE_SEVERITY['maybe-too-large'],
        ...at,
        params: { max: IMAGE_RULES.maxBytesDecimal, size },
      })
    }

    const ext = extensionOf(file.name)
    const byName = Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined
    if (byName === undefined) {
      out.push({
        code: 'unsupported-extension',
        severity: IMAGE_SEVERITY['unsupported-extension'],
        ...at,
        params: { ext },
      })
    }
    // The bytes when read now; else what they showed when the file was last read.
    const byBytes = file.head === undefined ? file.detected : detectFormat(file.head)
    if (byBytes === undefined) return
    if (byBytes === null) {
      out.push({
        code: 'content-unknown',
        severity: IMAGE_SEVERITY['content-unknown'],
        ...at,
        params: { ext },
      })
    } else if (!isSupported(byBytes)) {
      out.push({
        code: 'unsupported-content',
        severity: IMAGE_SEVERITY['unsupported-content'],
        ...at,
        params: { ext, detected: byBytes },
      })
    } else if (byName !== undefined && byBytes !== byName) {
      // A supported image under the wrong extension: whether the portal checks the name or the
      // bytes is unknown, so renaming is the safe fix.
      out.push({
        code: 'content-mismatch',
        severity: IMAGE_SEVERITY['content-mismatch'],
        ...at,
        params: { ext, detected: byBytes, rename: EXTENSION_OF[byBytes] },
      })
    }
  })
  return out
}
