import { randomBytes } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import { SafeStorageKeyProtector, type SafeStorageApi } from './safe-storage'

vi.mock('electron', () => ({ safeStorage: {} }))

/** A stand-in for Electron's safeStorage: "encrypts" by reversing and tagging the string. */
function fakeSafeStorage(backend: ReturnType<SafeStorageApi['getSelectedStorageBackend']>) {
  const api: SafeStorageApi & { reEncrypt: boolean } = {
    reEncrypt: false,
    isAsyncEncryptionAvailable: async () => true,
    encryptStringAsync: async (text) => Buffer.from(`enc:${[...text].reverse().join('')}`),
    decryptStringAsync: async (blob) => {
      const text = blob.toString()
      if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext')
      return { result: [...text.slice(4)].reverse().join(''), shouldReEncrypt: api.reEncrypt }
    },
    getSelectedStorageBackend: () => backend,
  }
  return api
}

describe('SafeStorageKeyProtector', () => {
  it('wraps the binary key as base64 and unwraps it back', async () => {
    const protector = new SafeStorageKeyProtector(fakeSafeStorage('gnome_libsecret'), 'linux')
    const key = randomBytes(32)
    const blob = await protector.wrap(key)
    expect(blob.includes(key)).toBe(false)
    expect(await protector.unwrap(blob)).toEqual(key)
    expect(protector.rewrapAdvised()).toBe(false)
  })

  it('reports basic_text (and unknown) on Linux as weak', async () => {
    for (const [backend, weak] of [
      ['basic_text', true],
      ['unknown', true],
      ['kwallet6', false],
      ['gnome_libsecret', false],
    ] as const) {
      const protector = new SafeStorageKeyProtector(fakeSafeStorage(backend), 'linux')
      expect(await protector.isAvailable()).toEqual({ available: true, weak, backend })
    }
    const win = new SafeStorageKeyProtector(fakeSafeStorage('unknown'), 'win32')
    expect(await win.isAvailable()).toEqual({ available: true, weak: false, backend: 'dpapi' })
  })

  it('passes on failures and the re-encrypt hint', async () => {
    const api = fakeSafeStorage('kwallet5')
    const protector = new SafeStorageKeyProtector(api, 'linux')
    await expect(protector.unwrap(Buffer.from('garbage'))).rejects.toThrow(/decrypting/)
    api.reEncrypt = true
    await protector.unwrap(await protector.wrap(randomBytes(32)))
    expect(protector.rewrapAdvised()).toBe(true)
  })
})
