import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/**
 * One binary layout for every encrypted file the vault writes (documents, passphrase-wrapped keys,
 * export files):
 *
 *   magic(4) | format version(1) | meta length(u16 BE) | meta (UTF-8 JSON) | iv(12) | ciphertext | tag(16)
 *
 * Everything before the ciphertext, plus a caller-chosen context string (e.g. the document id), is the
 * AES-256-GCM additional data, so a change to any byte of the file, or a file copied under another name,
 * fails authentication. The meta holds no secrets: key id, KDF name, parameters and salt.
 */
export const CONTAINER_VERSION = 1
export const IV_BYTES = 12
export const TAG_BYTES = 16
export const KEY_BYTES = 32
const PREFIX_BYTES = 7
const MAX_META_BYTES = 4096

export type Magic = 'HWNd' | 'HWNk' | 'HWNx'

export class ContainerError extends Error {
  override readonly name = 'ContainerError'
}

export interface ParsedContainer {
  meta: Record<string, unknown>
  /** The authenticated header bytes: prefix, meta and iv. */
  header: Buffer
  iv: Buffer
  ciphertext: Buffer
  tag: Buffer
}

function aad(header: Buffer, context: string): Buffer {
  return Buffer.concat([header, Buffer.from(`\0${context}`, 'utf8')])
}

export function seal(
  magic: Magic,
  meta: Record<string, unknown>,
  key: Buffer,
  plaintext: Buffer,
  context: string,
  random: (n: number) => Buffer = randomBytes,
): Buffer {
  if (key.length !== KEY_BYTES) throw new ContainerError('key must be 32 bytes')
  const metaBytes = Buffer.from(JSON.stringify(meta), 'utf8')
  if (metaBytes.length > MAX_META_BYTES) throw new ContainerError('meta too large')
  const prefix = Buffer.alloc(PREFIX_BYTES)
  prefix.write(magic, 0, 'latin1')
  prefix.writeUInt8(CONTAINER_VERSION, 4)
  prefix.writeUInt16BE(metaBytes.length, 5)
  // A fresh IV for every seal: the same key encrypts every document version, so an IV may never repeat.
  const iv = random(IV_BYTES)
  const header = Buffer.concat([prefix, metaBytes, iv])
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
  cipher.setAAD(aad(header, context))
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return Buffer.concat([header, ciphertext, cipher.getAuthTag()])
}

/** Parses the unauthenticated layout; the meta may only be trusted after `openParsed` succeeds. */
export function parse(magic: Magic, bytes: Buffer): ParsedContainer {
  if (bytes.length < PREFIX_BYTES + IV_BYTES + TAG_BYTES) throw new ContainerError('too short')
  if (bytes.toString('latin1', 0, 4) !== magic) throw new ContainerError('wrong magic')
  const version = bytes.readUInt8(4)
  if (version !== CONTAINER_VERSION) throw new ContainerError(`unsupported version ${version}`)
  const metaLength = bytes.readUInt16BE(5)
  if (metaLength > MAX_META_BYTES) throw new ContainerError('meta too large')
  const headerLength = PREFIX_BYTES + metaLength + IV_BYTES
  if (bytes.length < headerLength + TAG_BYTES) throw new ContainerError('truncated')
  let meta: unknown
  try {
    meta = JSON.parse(bytes.toString('utf8', PREFIX_BYTES, PREFIX_BYTES + metaLength))
  } catch {
    throw new ContainerError('meta is not JSON')
  }
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
    throw new ContainerError('meta is not an object')
  }
  return {
    meta: meta as Record<string, unknown>,
    header: bytes.subarray(0, headerLength),
    iv: bytes.subarray(headerLength - IV_BYTES, headerLength),
    ciphertext: bytes.subarray(headerLength, bytes.length - TAG_BYTES),
    tag: bytes.subarray(bytes.length - TAG_BYTES),
  }
}

export function openParsed(parsed: ParsedContainer, key: Buffer, context: string): Buffer {
  if (key.length !== KEY_BYTES) throw new ContainerError('key must be 32 bytes')
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, parsed.iv, { authTagLength: TAG_BYTES })
    decipher.setAAD(aad(parsed.header, context))
    decipher.setAuthTag(parsed.tag)
    return Buffer.concat([decipher.update(parsed.ciphertext), decipher.final()])
  } catch {
    throw new ContainerError('authentication failed')
  }
}
