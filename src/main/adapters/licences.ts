import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LicenceEntry } from '@shared/app-info'
import { errnoCode } from '../services/file-errors'
import { consoleLog, type LogPort } from '../services/ports'

/**
 * The licences of what the app ships, as the build generated them (out/licences/licences.json, from
 * the bundles' own module ids and the shipped node_modules). Read on first use, not at start-up: only
 * the About screen needs them.
 */
export function bundledLicences(dir: string, log: LogPort = consoleLog): () => LicenceEntry[] {
  let cached: LicenceEntry[] | undefined
  return () => (cached ??= read(join(dir, 'licences.json'), log))
}

type Loose = Record<string, unknown>
const isText = (value: unknown): value is string => typeof value === 'string'

function read(file: string, log: LogPort): LicenceEntry[] {
  try {
    const list: unknown = JSON.parse(readFileSync(file, 'utf8'))
    if (!Array.isArray(list)) throw new Error('not a list')
    return list.flatMap((value: unknown) => {
      const item = typeof value === 'object' && value !== null ? (value as Loose) : {}
      const { name, version, licence, text } = item
      return isText(name) && isText(version) && isText(licence) && isText(text)
        ? [{ name, version, licence, text }]
        : []
    })
  } catch (error) {
    // A build without its licence list is a packaging fault: say so, and let About show none.
    const code = errnoCode(error) ?? (error instanceof Error ? error.name : 'unknown')
    log.error('licences.unreadable', { code })
    return []
  }
}
