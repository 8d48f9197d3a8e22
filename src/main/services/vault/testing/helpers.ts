import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ScryptParams } from '../kdf'

/** Test-only helpers shared by the vault's test files. */
export const CHEAP_SCRYPT: ScryptParams = { N: 2 ** 4, r: 1, p: 1 }

export const secret = (): Buffer => randomBytes(32)

export function tempDir(label = 'vault'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `hwnavi-${label}-`))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Every file in a folder with its bytes (hex), to prove a failure path changed nothing. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(dir).sort())
    out[name] = readFileSync(join(dir, name)).toString('hex')
  return out
}

/** A fixed clock so moved-aside names are predictable. */
export const fixedClock = (iso = '2026-11-26T10:15:30Z') => ({ now: () => Date.parse(iso) })
