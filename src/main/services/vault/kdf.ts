import { scrypt } from 'node:crypto'
import { DomainError } from '@shared/ipc/result'
import { PASSPHRASE_MAX_LENGTH } from '@shared/vault'
import { KEY_BYTES } from './container'

export interface ScryptParams {
  N: number
  r: number
  p: number
}

/** About 0.6 s per derivation on a typical laptop; 128 MiB of memory (`128 * N * r`). */
export const PRODUCTION_SCRYPT: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 })

/** Node refuses N=2^17, r=8 with its default 32 MiB cap; leave headroom above the 128 MiB it needs. */
const MIN_MAXMEM = 256 * 1024 * 1024
/** Upper bounds for parameters read from a file: a crafted file must not make us allocate gigabytes. */
const MAX_N = 2 ** 20
const MAX_MEMORY = 1024 * 1024 * 1024

export const MIN_PASSPHRASE_LENGTH = 10

export function isValidScryptParams(value: unknown): value is ScryptParams {
  if (typeof value !== 'object' || value === null) return false
  const { N, r, p } = value as Record<string, unknown>
  if (typeof N !== 'number' || typeof r !== 'number' || typeof p !== 'number') return false
  if (!Number.isInteger(N) || !Number.isInteger(r) || !Number.isInteger(p)) return false
  const powerOfTwo = N >= 2 && (N & (N - 1)) === 0
  return (
    powerOfTwo && N <= MAX_N && r >= 1 && r <= 32 && p >= 1 && p <= 16 && 128 * N * r <= MAX_MEMORY
  )
}

/**
 * True when a file's KDF parameters are exactly the ones this build uses. Anything else is refused
 * before a key is derived: the parameters are read from the file before it can be authenticated,
 * and a crafted file could otherwise spend a gigabyte and a minute of CPU.
 */
export function isBuildScryptParams(value: unknown, params: ScryptParams): boolean {
  if (typeof value !== 'object' || value === null) return false
  const { N, r, p } = value as Record<string, unknown>
  return N === params.N && r === params.r && p === params.p
}

/**
 * NFC first: the same Japanese passphrase typed through different IMEs can arrive composed or decomposed,
 * and must derive the same key. Length is counted in code points after normalisation; the raw length is
 * bounded before, so the normalisation's work is bounded too.
 */
export function normalisePassphrase(passphrase: string, field = 'passphrase'): string {
  if (typeof passphrase !== 'string') throw new DomainError('invalid-field', field, 'not a string')
  if (passphrase.length > PASSPHRASE_MAX_LENGTH) {
    throw new DomainError('invalid-field', field, `at most ${PASSPHRASE_MAX_LENGTH} characters`)
  }
  const normalised = passphrase.normalize('NFC')
  if ([...normalised].length < MIN_PASSPHRASE_LENGTH) {
    throw new DomainError('invalid-field', field, `at least ${MIN_PASSPHRASE_LENGTH} characters`)
  }
  return normalised
}

export function deriveKey(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  if (!isValidScryptParams(params))
    throw new DomainError('invalid-payload', 'kdf', 'bad scrypt params')
  const maxmem = Math.max(MIN_MAXMEM, 2 * 128 * params.N * params.r)
  // The async form runs on libuv's thread pool, so the main process keeps answering the window.
  return new Promise((resolve, reject) => {
    scrypt(passphrase, salt, KEY_BYTES, { ...params, maxmem }, (error, key) => {
      if (error) reject(error)
      else resolve(key)
    })
  })
}
