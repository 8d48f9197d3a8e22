import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { KEY_BYTES } from '../container'
import type { KeyProtector, ProtectorAvailability } from '../key-protector'

/**
 * A protector whose "keychain" is a fixed 32-byte secret held in memory: stands in for the OS keychain
 * in tests, the crash-test child and the benchmark. Another secret behaves like another PC.
 */
export class StaticKeyProtector implements KeyProtector {
  readonly kind = 'os'

  constructor(
    private readonly secret: Buffer,
    private readonly availability: ProtectorAvailability = {
      available: true,
      weak: false,
      backend: 'static',
    },
  ) {
    if (secret.length !== KEY_BYTES) throw new Error('secret must be 32 bytes')
  }

  async isAvailable(): Promise<ProtectorAvailability> {
    return this.availability
  }

  async wrap(key: Buffer): Promise<Buffer> {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.secret, iv)
    const body = Buffer.concat([cipher.update(key), cipher.final()])
    return Buffer.concat([iv, body, cipher.getAuthTag()])
  }

  async unwrap(blob: Buffer): Promise<Buffer> {
    if (blob.length < 28) throw new Error('blob too short')
    const decipher = createDecipheriv('aes-256-gcm', this.secret, blob.subarray(0, 12))
    decipher.setAuthTag(blob.subarray(blob.length - 16))
    return Buffer.concat([decipher.update(blob.subarray(12, blob.length - 16)), decipher.final()])
  }
}
