/**
 * File naming inside the data folder. Ids are restricted so a name can never leave the folder: dotted
 * segments (`default.profile`), no empty segment, no segment `vault` (which would make names ambiguous).
 */
const SEGMENT = '[a-z0-9][a-z0-9_-]*'
const ID_PATTERN = new RegExp(`^${SEGMENT}(?:\\.${SEGMENT})*$`)
/** A profile's document id (up to 47) plus the name of a copy kept aside (`.unreadable-<hash>`). */
const MAX_ID_LENGTH = 96

export const KEY_FILE = 'vault.key'
export const KEY_FILE_COPY = 'vault.key.bak'
const DOC_SUFFIX = '.vault'
const LIVE_PATTERN = new RegExp(`^(${SEGMENT}(?:\\.${SEGMENT})*)\\.vault(?:\\.bak([1-3]))?$`)

export type Slot = 'current' | 'bak1' | 'bak2' | 'bak3'
export const SLOTS: readonly Slot[] = ['current', 'bak1', 'bak2', 'bak3']

export function isValidDocumentId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && ID_PATTERN.test(id) && !id.split('.').includes('vault')
}

export function fileName(id: string, slot: Slot): string {
  return slot === 'current' ? `${id}${DOC_SUFFIX}` : `${id}${DOC_SUFFIX}.${slot}`
}

/** A live document file (current or backup); moved-aside files do not match. */
export function parseDocumentFile(name: string): { id: string; slot: Slot } | undefined {
  const match = LIVE_PATTERN.exec(name)
  if (!match?.[1] || !isValidDocumentId(match[1])) return undefined
  return { id: match[1], slot: match[2] ? (`bak${match[2]}` as Slot) : 'current' }
}

export function isLiveVaultFile(name: string): boolean {
  return name === KEY_FILE || name === KEY_FILE_COPY || parseDocumentFile(name) !== undefined
}

/** `YYYYMMDDTHHmmss` in UTC: sorts by time and is valid in file names on every OS. */
export function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15)
}
