import { lstatSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Test helper: looks for known plaintext in every file under some folders, in the encodings a leak is
 * likely to take (raw UTF-8 or UTF-16, JSON `\u` escapes, hex, base64 at each of the three byte
 * alignments, URL encoding). Used by the vault's tests and by the e2e suite on the browser profile.
 */
export interface Hit {
  file: string
  sentinel: string
  encoding: string
  offset: number
}

export interface Needle {
  encoding: string
  bytes: Buffer
}

const MAX_FILE_BYTES = 512 * 1024 * 1024
const MIN_NEEDLE_BYTES = 4

export function sentinelNeedles(sentinel: string): Needle[] {
  const utf8 = Buffer.from(sentinel, 'utf8')
  const utf16le = Buffer.from(sentinel, 'utf16le')
  const utf16be = Buffer.from(utf16le).swap16()
  const escape = (all: boolean, upper: boolean) =>
    [...sentinel]
      .map((ch) => {
        if (!all && ch.charCodeAt(0) < 0x7f && ch.length === 1) return ch
        return [...Array(ch.length).keys()]
          .map((i) => {
            const hex = ch.charCodeAt(i).toString(16).padStart(4, '0')
            return `\\u${upper ? hex.toUpperCase() : hex}`
          })
          .join('')
      })
      .join('')
  const candidates: Array<[string, string | Buffer]> = [
    ['utf8', utf8],
    ['utf16le', utf16le],
    ['utf16be', utf16be],
    ['json-escape', escape(false, false)],
    ['json-escape-upper', escape(false, true)],
    ['json-escape-all', escape(true, false)],
    ['json-escape-all-upper', escape(true, true)],
    ['hex', utf8.toString('hex')],
    ['hex-upper', utf8.toString('hex').toUpperCase()],
    ['hex-utf16le', utf16le.toString('hex')],
    ['url', encodeURIComponent(sentinel)],
  ]
  for (const [name, bytes] of [
    ['utf8', utf8],
    ['utf16le', utf16le],
  ] as const) {
    for (let shift = 0; shift < 3; shift++) {
      const b64 = base64Core(bytes, shift)
      if (b64.length < MIN_NEEDLE_BYTES) continue
      candidates.push([`base64-${name}-${shift}`, b64])
      const url = b64.replace(/\+/g, '-').replace(/\//g, '_')
      if (url !== b64) candidates.push([`base64url-${name}-${shift}`, url])
    }
  }
  const seen = new Set<string>()
  const needles: Needle[] = []
  for (const [encoding, value] of candidates) {
    const bytes = typeof value === 'string' ? Buffer.from(value, 'latin1') : value
    const key = bytes.toString('hex')
    if (bytes.length < MIN_NEEDLE_BYTES || seen.has(key)) continue
    seen.add(key)
    needles.push({ encoding, bytes })
  }
  return needles
}

/**
 * The base64 characters that depend only on the sentinel when it starts `shift` bytes into a 3-byte
 * group: the leading characters shared with the previous bytes and the trailing partial one are cut.
 */
function base64Core(bytes: Buffer, shift: number): string {
  const padded = Buffer.concat([Buffer.alloc(shift), bytes])
  const text = padded.toString('base64').replace(/=+$/, '')
  const start = [0, 2, 3][shift] ?? 0
  const total = padded.length
  const end = Math.floor(total / 3) * 4 + (total % 3)
  return text.slice(start, end)
}

export function scanForSentinels(dirs: string[], sentinels: string[]): Hit[] {
  const needles = sentinels.map((sentinel) => ({ sentinel, needles: sentinelNeedles(sentinel) }))
  const hits: Hit[] = []
  for (const file of dirs.flatMap((dir) => walk(dir))) {
    let data: Buffer
    try {
      data = readFileSync(file)
    } catch {
      continue // vanished or locked while scanning (a live browser profile)
    }
    for (const { sentinel, needles: list } of needles) {
      for (const needle of list) {
        const offset = data.indexOf(needle.bytes)
        if (offset >= 0) hits.push({ file, sentinel, encoding: needle.encoding, offset })
      }
    }
  }
  return hits
}

function walk(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const files: string[] = []
  for (const name of names) {
    const path = join(dir, name)
    let stats
    try {
      stats = lstatSync(path)
    } catch {
      continue
    }
    if (stats.isDirectory()) files.push(...walk(path))
    else if (stats.isFile() && stats.size <= MAX_FILE_BYTES) files.push(path)
  }
  return files
}
