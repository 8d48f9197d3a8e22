import { randomBytes } from 'node:crypto'
import { DomainError } from '@shared/ipc/result'
import { ContainerError, openParsed, seal, type Magic, type ParsedContainer } from './container'
import { deriveKey, isBuildScryptParams, type ScryptParams } from './kdf'

/**
 * A container sealed under a key derived from a passphrase (the data key's wrapping, the export
 * file). Its authenticated meta names the KDF, its parameters and salt, so opening it needs nothing
 * but the passphrase. The derived key is zeroed as soon as it has been used.
 */
export async function sealWithPassphrase(
  magic: Magic,
  meta: Record<string, unknown>,
  passphrase: string,
  params: ScryptParams,
  data: Buffer,
  context: string,
): Promise<Buffer> {
  const salt = randomBytes(16)
  const key = await deriveKey(passphrase, salt, params)
  try {
    return seal(
      magic,
      { ...meta, kdf: 'scrypt', ...params, salt: salt.toString('base64') },
      key,
      data,
      context,
    )
  } finally {
    key.fill(0)
  }
}

export interface PassphraseOpening {
  /** What a container naming another KDF, other parameters or no salt is refused with. */
  unsupported: () => Error
  /** What the user is told when the key does not open it (see below). */
  wrongPassphrase: string
  /** A check of the opened bytes whose ContainerError counts as a wrong passphrase too. */
  check?: (plaintext: Buffer) => void
}

/**
 * Opens a container sealed by `sealWithPassphrase`, with only this build's KDF parameters: they are
 * read before the container can be authenticated, and a crafted file could otherwise spend a
 * gigabyte and a minute of CPU. GCM cannot tell a wrong passphrase from damaged bytes; the first
 * is by far the likelier, so that is what the user is told.
 */
export async function openWithPassphrase(
  parsed: ParsedContainer,
  passphrase: string,
  params: ScryptParams,
  context: string,
  opening: PassphraseOpening,
): Promise<Buffer> {
  const { kdf, N, r, p, salt } = parsed.meta
  if (kdf !== 'scrypt' || !isBuildScryptParams({ N, r, p }, params) || typeof salt !== 'string') {
    throw opening.unsupported()
  }
  const key = await deriveKey(passphrase, Buffer.from(salt, 'base64'), params)
  try {
    const plaintext = openParsed(parsed, key, context)
    opening.check?.(plaintext)
    return plaintext
  } catch (error) {
    if (error instanceof ContainerError) {
      throw new DomainError('wrong-passphrase', 'passphrase', opening.wrongPassphrase)
    }
    throw error
  } finally {
    key.fill(0)
  }
}
