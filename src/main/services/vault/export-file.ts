import { DomainError } from '@shared/ipc/result'
import { parse, type ParsedContainer } from './container'
import { PRODUCTION_SCRYPT, normalisePassphrase, type ScryptParams } from './kdf'
import { isValidDocumentId } from './names'
import { openWithPassphrase, sealWithPassphrase } from './passphrase-seal'

/**
 * The export file: one 'HWNx' container whose authenticated meta names the format version and the scrypt
 * parameters and salt; the payload is `{ format, version, documents: [[id, doc], ...] }` as JSON.
 * It depends on nothing but the passphrase, so it opens on another PC.
 */
const EXPORT_FORMAT = 'hwnavi-vault-export'
const EXPORT_VERSION = 1
const EXPORT_CONTEXT = 'export'
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024

export type DocumentMap = Record<string, unknown>

export async function sealExport(
  documents: DocumentMap,
  passphrase: string,
  params: ScryptParams = PRODUCTION_SCRYPT,
): Promise<Buffer> {
  const normalised = normalisePassphrase(passphrase)
  const entries = Object.entries(documents)
  for (const [id] of entries) {
    if (!isValidDocumentId(id)) throw new DomainError('invalid-field', 'id', `bad document id`)
  }
  const payload = { format: EXPORT_FORMAT, version: EXPORT_VERSION, documents: entries }
  return sealWithPassphrase(
    'HWNx',
    { format: EXPORT_FORMAT, version: EXPORT_VERSION },
    normalised,
    params,
    Buffer.from(JSON.stringify(payload), 'utf8'),
    EXPORT_CONTEXT,
  )
}

export interface OpenExportOptions {
  /** The one set of KDF parameters this build writes and accepts. */
  params?: ScryptParams
  /** The most documents a file may hold; more is refused before any is looked at. */
  maxDocuments?: number
}

/** Far more than any real export holds; the app passes its own, tighter cap. */
export const MAX_EXPORT_DOCUMENTS = 10_000

export async function openExport(
  bytes: Buffer,
  passphrase: string,
  options: OpenExportOptions | ScryptParams = {},
): Promise<DocumentMap> {
  const { params: buildParams = PRODUCTION_SCRYPT, maxDocuments = MAX_EXPORT_DOCUMENTS } =
    'N' in options ? { params: options } : options
  const normalised = normalisePassphrase(passphrase)
  if (bytes.length > MAX_EXPORT_BYTES) throw new DomainError('invalid-payload', 'file', 'too large')
  let parsed: ParsedContainer
  try {
    parsed = parse('HWNx', bytes)
  } catch (error) {
    throw new DomainError('invalid-payload', 'file', `not an export file: ${String(error)}`)
  }
  const { format, version } = parsed.meta
  if (format !== EXPORT_FORMAT || version !== EXPORT_VERSION) {
    throw new DomainError('invalid-payload', 'file', 'unsupported export version')
  }
  const plaintext = await openWithPassphrase(parsed, normalised, buildParams, EXPORT_CONTEXT, {
    unsupported: () => new DomainError('invalid-payload', 'file', 'unsupported key derivation'),
    wrongPassphrase: 'wrong passphrase or damaged file',
  })
  return parsePayload(plaintext, maxDocuments)
}

function parsePayload(plaintext: Buffer, maxDocuments: number): DocumentMap {
  let payload: unknown
  try {
    payload = JSON.parse(plaintext.toString('utf8'))
  } catch {
    throw new DomainError('invalid-payload', 'file', 'payload is not JSON')
  }
  const { format, version, documents } = (payload ?? {}) as Record<string, unknown>
  if (format !== EXPORT_FORMAT || version !== EXPORT_VERSION || !Array.isArray(documents)) {
    throw new DomainError('invalid-payload', 'file', 'unexpected payload')
  }
  if (documents.length > maxDocuments) {
    throw new DomainError('invalid-payload', 'file', 'too many documents')
  }
  const result: DocumentMap = Object.create(null) as DocumentMap
  for (const entry of documents as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) {
      throw new DomainError('invalid-payload', 'file', 'bad entry')
    }
    const [id, doc] = entry as [unknown, unknown]
    if (typeof id !== 'string' || !isValidDocumentId(id)) {
      throw new DomainError('invalid-payload', 'file', 'bad document id')
    }
    result[id] = doc
  }
  return result
}
