import { safeStorage } from 'electron'
import type { KeyProtector, ProtectorAvailability } from '../services/vault/key-protector'

/** The part of Electron's safeStorage this adapter uses (async API; the sync one is deprecated). */
export type SafeStorageApi = Pick<
  Electron.SafeStorage,
  | 'isAsyncEncryptionAvailable'
  | 'encryptStringAsync'
  | 'decryptStringAsync'
  | 'getSelectedStorageBackend'
>

/**
 * Wraps the vault's data key with the OS keychain (DPAPI on Windows, Keychain on macOS, libsecret or
 * kwallet on Linux). safeStorage encrypts strings, so the binary key travels as base64.
 */
export class SafeStorageKeyProtector implements KeyProtector {
  readonly kind = 'os'
  private rewrap = false

  constructor(
    private readonly api: SafeStorageApi = safeStorage,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  async isAvailable(): Promise<ProtectorAvailability> {
    const available = await this.api.isAsyncEncryptionAvailable()
    if (this.platform !== 'linux') {
      const backend =
        this.platform === 'win32'
          ? 'dpapi'
          : this.platform === 'darwin'
            ? 'keychain'
            : this.platform
      return { available, weak: false, backend }
    }
    const backend = this.api.getSelectedStorageBackend()
    // basic_text is a hard-coded key in Chromium: obfuscation, not protection. 'unknown' means the app
    // is not ready yet, so nothing can be promised either.
    return { available, weak: backend === 'basic_text' || backend === 'unknown', backend }
  }

  async wrap(key: Buffer): Promise<Buffer> {
    return this.api.encryptStringAsync(key.toString('base64'))
  }

  async unwrap(blob: Buffer): Promise<Buffer> {
    const { result, shouldReEncrypt } = await this.api.decryptStringAsync(blob)
    if (!/^[A-Za-z0-9+/]+=*$/.test(result))
      throw new Error('keychain returned something that is not a key')
    this.rewrap = shouldReEncrypt
    return Buffer.from(result, 'base64')
  }

  rewrapAdvised(): boolean {
    return this.rewrap
  }
}
