import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Test-only: the data folder the single-establishment version wrote (`fixtures/single-default`,
 * see its README), copied to a temporary folder so that no test ever writes into the fixture.
 */
export const FIXTURE_DIR = join(import.meta.dirname, 'fixtures/single-default')

/** The "OS key" the fixture's vault key file was wrapped with (StaticKeyProtector). */
export const FIXTURE_SECRET = Buffer.from(
  '5f1c0a3b9d2e4f6071829a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f',
  'hex',
)

/** The passphrase of `export.hwnavi` (written with the tests' cheap KDF parameters). */
export const FIXTURE_PASSPHRASE = 'fixture passphrase 移行前'

export interface FixtureCopy {
  /** The copy's root (vault/, timer.json, settings.json). */
  root: string
  vaultDir: string
  /** The three documents as that version read them back. */
  expected: { default_profile: unknown; default_guide: unknown; default_drafts: unknown }
  /** The timer file's entries (`timer:default`, `timers`). */
  timer: Record<string, unknown>
  exportFile: Buffer
}

export function copyFixture(): FixtureCopy {
  const root = mkdtempSync(join(tmpdir(), 'hwnavi-migration-'))
  cpSync(FIXTURE_DIR, root, { recursive: true })
  const json = (name: string) => JSON.parse(readFileSync(join(root, name), 'utf8')) as never
  return {
    root,
    vaultDir: join(root, 'vault'),
    expected: json('expected.json'),
    timer: json('timer.json'),
    exportFile: readFileSync(join(root, 'export.hwnavi')),
  }
}
