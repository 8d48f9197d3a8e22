import { afterEach, describe, expect, it, vi } from 'vitest'
import { DomainError } from '@shared/ipc/result'
import { openExport, sealExport } from './export-file'
import { deriveKey, normalisePassphrase, PRODUCTION_SCRYPT } from './kdf'
import { PassphraseKeyProtector } from './key-protector'
import { CHEAP_SCRYPT, secret } from './testing/helpers'
import { createUnitApp } from '../testing/app'

// The KDF is counted, not timed: a spy on the one function that derives keys.
vi.mock('./kdf', async (original) => {
  const real = await original<typeof import('./kdf')>()
  return { ...real, deriveKey: vi.fn(real.deriveKey) }
})
const derivations = vi.mocked(deriveKey)

afterEach(() => {
  derivations.mockClear()
  vi.restoreAllMocks()
})

const PASS = 'インポートのパスフレーズ'

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DomainError)
  return error as DomainError
}

/** Rewrites the (unauthenticated until decrypted) header of a container with other KDF params. */
function withParams(file: Buffer, params: Record<string, unknown>): Buffer {
  const metaLength = file.readUInt16BE(5)
  const meta = JSON.parse(file.subarray(7, 7 + metaLength).toString()) as Record<string, unknown>
  const next = Buffer.from(JSON.stringify({ ...meta, ...params }))
  const prefix = Buffer.from(file.subarray(0, 7))
  prefix.writeUInt16BE(next.length, 5)
  return Buffer.concat([prefix, next, file.subarray(7 + metaLength)])
}

describe('only this build’s key derivation is ever run on a file', () => {
  it('a crafted export with N = 2^20 is refused before any key derivation runs', async () => {
    const file = await sealExport({ a: 1 }, PASS, CHEAP_SCRYPT)
    derivations.mockClear()
    for (const params of [
      { N: 2 ** 20, r: 8, p: 1 },
      { N: 2 ** 17, r: 8, p: 16 },
      { N: CHEAP_SCRYPT.N * 2 },
      { r: 2 },
    ]) {
      const error = await rejection(openExport(withParams(file, params), PASS, CHEAP_SCRYPT))
      expect(error).toMatchObject({ code: 'invalid-payload', field: 'file' })
    }
    expect(derivations).not.toHaveBeenCalled()
    // The build's own parameters still open it: one derivation.
    expect(await openExport(file, PASS, CHEAP_SCRYPT)).toEqual({ a: 1 })
    expect(derivations).toHaveBeenCalledTimes(1)
  })

  it('a passphrase-wrapped key with other parameters is refused before derivation', async () => {
    const cheap = new PassphraseKeyProtector(PASS, CHEAP_SCRYPT)
    const blob = await cheap.wrap(secret())
    derivations.mockClear()
    const production = new PassphraseKeyProtector(PASS, PRODUCTION_SCRYPT)
    await expect(production.unwrap(blob)).rejects.toThrow()
    await expect(cheap.unwrap(withParams(blob, { N: 2 ** 20 }))).rejects.toThrow()
    expect(derivations).not.toHaveBeenCalled()
    expect(await cheap.unwrap(blob)).toHaveLength(32)
    expect(derivations).toHaveBeenCalledTimes(1)
  })
})

describe('passphrase length is checked before any normalisation', () => {
  it('a 32-million-character passphrase is refused without normalising it', async () => {
    const normalize = vi.spyOn(String.prototype, 'normalize')
    const huge = 'が'.repeat(32_000_000)
    expect(() => normalisePassphrase(huge)).toThrow(DomainError)
    const file = await sealExport({}, PASS, CHEAP_SCRYPT)
    await expect(openExport(file, huge, CHEAP_SCRYPT)).rejects.toMatchObject({
      code: 'invalid-field',
    })
    expect(() => new PassphraseKeyProtector(huge, CHEAP_SCRYPT)).toThrow(DomainError)
    const longest = Math.max(0, ...normalize.mock.contexts.map((s) => String(s).length))
    expect(longest).toBeLessThanOrEqual(1024)
  })

  it('through every passphrase channel: refused at the boundary, nothing normalised', async () => {
    const app = await createUnitApp()
    const normalize = vi.spyOn(String.prototype, 'normalize')
    const huge = 'が'.repeat(32_000_000)
    for (const [channel, args] of [
      ['vault:usePassphrase', [huge]],
      ['establishments:exportTo', [huge, ['default']]],
      ['establishments:importRead', [huge]],
    ] as const) {
      expect(await app.dispatch(channel, args), channel).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload', field: '0' },
      })
    }
    const longest = Math.max(0, ...normalize.mock.contexts.map((s) => String(s).length))
    expect(longest).toBeLessThanOrEqual(1024)
    expect(derivations).not.toHaveBeenCalled()
    expect(app.unexpected).toEqual([])
  })
})
