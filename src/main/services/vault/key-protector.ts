import { ContainerError, KEY_BYTES, parse } from './container'
import { PRODUCTION_SCRYPT, normalisePassphrase, type ScryptParams } from './kdf'
import { openWithPassphrase, sealWithPassphrase } from './passphrase-seal'

export interface ProtectorAvailability {
  available: boolean
  /** True when the "protection" is obfuscation only (Linux `basic_text`): offer a passphrase instead. */
  weak: boolean
  backend?: string
}

/** Protects the data key at rest: the OS keychain in the app, a passphrase as the alternative. */
export interface KeyProtector {
  readonly kind: 'os' | 'passphrase'
  isAvailable(): Promise<ProtectorAvailability>
  wrap(key: Buffer): Promise<Buffer>
  /** Throws when the blob cannot be unwrapped here; a wrong passphrase throws DomainError('wrong-passphrase'). */
  unwrap(blob: Buffer): Promise<Buffer>
  /** Optional: true after an unwrap whose backend asks for the key to be wrapped again (rotated OS key). */
  rewrapAdvised?(): boolean
}

/**
 * Wraps the data key under a key derived from a passphrase. The blob is a container ('HWNk') whose
 * authenticated meta carries the KDF name, parameters and salt, so unwrap needs nothing but the passphrase.
 */
export class PassphraseKeyProtector implements KeyProtector {
  readonly kind = 'passphrase'
  private readonly passphrase: string

  constructor(
    passphrase: string,
    private readonly params: ScryptParams = PRODUCTION_SCRYPT,
  ) {
    this.passphrase = normalisePassphrase(passphrase)
  }

  async isAvailable(): Promise<ProtectorAvailability> {
    return { available: true, weak: false, backend: 'passphrase' }
  }

  async wrap(key: Buffer): Promise<Buffer> {
    return sealWithPassphrase('HWNk', {}, this.passphrase, this.params, key, 'data-key')
  }

  async unwrap(blob: Buffer): Promise<Buffer> {
    return openWithPassphrase(parse('HWNk', blob), this.passphrase, this.params, 'data-key', {
      unsupported: () => new ContainerError('unsupported key wrapping'),
      wrongPassphrase: 'wrong passphrase or damaged key file',
      check: (key) => {
        if (key.length !== KEY_BYTES) throw new ContainerError('wrapped key has wrong length')
      },
    })
  }
}
