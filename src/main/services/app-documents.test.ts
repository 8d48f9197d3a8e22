import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { emptyStoredDrafts } from '@shared/drafts'
import type { ImportOutcome } from '@shared/establishments'
import { ESTABLISHMENT_INDEX_ID } from '@shared/profiles'
import { APP_DOCUMENTS_MAX, isAppDocumentId } from './app-documents'
import { createUnitApp, FakeDesk } from './testing/app'
import { MemoryVaultFiles } from './vault/testing/memory-vault-files'
import { StaticKeyProtector } from './vault/testing/static-key-protector'
import { VaultStore } from './vault'
import { CHEAP_SCRYPT } from './vault/testing/helpers'

const PASS = 'a good passphrase'

/** An export file made by a vault holding exactly these documents. */
async function exportOf(docs: Record<string, unknown>): Promise<Buffer> {
  const vault = new VaultStore({
    files: new MemoryVaultFiles(),
    protector: new StaticKeyProtector(randomBytes(32)),
    exportKdf: CHEAP_SCRYPT,
  })
  await vault.open()
  for (const [id, doc] of Object.entries(docs)) await vault.write(id, doc)
  return vault.exportAll(PASS)
}

/** Reads the file, then imports every establishment in it as a new one. */
async function importing(file: Buffer) {
  const desk = new FakeDesk()
  const app = await createUnitApp({ desk })
  desk.written.set('/in.hwnavi', file)
  desk.openPaths.push('/in.hwnavi')
  const read = await app.dispatch('establishments:importRead', [PASS])
  if (!read.ok) return { app, result: read, id: '' }
  const result = await app.dispatch('establishments:importApply', [[]])
  const id = result.ok ? ((result.value as ImportOutcome).added[0]?.id ?? '') : ''
  return { app, result, read, id }
}

describe('imports take in only what the app itself writes', () => {
  it('knows its own document ids', () => {
    for (const id of [
      'default_profile',
      'default_guide',
      'shop-2_drafts',
      ESTABLISHMENT_INDEX_ID,
    ]) {
      expect(isAppDocumentId(id), id).toBe(true)
    }
    for (const id of [
      'default',
      'default_other',
      '_profile',
      'default_profile.x',
      'default_profile-unreadable-1a2b',
      'Default_profile',
      'evil',
      `${'a'.repeat(41)}_profile`,
    ]) {
      expect(isAppDocumentId(id), id).toBe(false)
    }
  })

  it('leaves out documents under any other id, and says how many', async () => {
    const file = await exportOf({
      default_profile: { establishment: { name: '株式会社みほん' } },
      default_settings: { planted: true },
      evil: { planted: true },
      'x.y': { planted: true },
    })
    const { app, result, id } = await importing(file)
    expect(result).toMatchObject({ ok: true, value: { skipped: 3, added: [{ id }] } })
    expect((await app.vault.list()).sort()).toEqual(
      [`${id}_profile`, ESTABLISHMENT_INDEX_ID].sort(),
    )
  })

  it('refuses a file with more documents than room for every establishment', async () => {
    const docs: Record<string, unknown> = {}
    for (let i = 0; i <= APP_DOCUMENTS_MAX; i++) docs[`p${i}_guide`] = {}
    const { app, result } = await importing(await exportOf(docs))
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', field: 'file' } })
    expect(await app.vault.list()).toEqual([])
  })

  it('drops image paths that are not files on this PC from imported drafts', async () => {
    const drafts = emptyStoredDrafts()
    const image = (path: string, name: string) => ({
      path,
      name,
      sizeBytes: 1000,
      detected: 'png' as const,
      missing: false,
    })
    drafts.images = [
      image('\\\\host\\share\\x.png', 'x.png'),
      image('C:\\photos\\shop.png', 'shop.png'),
      image('https://evil.example/y.png', 'y.png'),
    ]
    drafts.imageFindings = [
      { code: 'content-mismatch', severity: 'error', index: 0, name: 'x.png' },
      { code: 'maybe-too-large', severity: 'warning', index: 1, name: 'shop.png' },
    ]
    const { app, id } = await importing(await exportOf({ default_drafts: drafts }))
    const stored = (await app.vault.read(`${id}_drafts`)).doc as typeof drafts
    expect(stored.images.map((i) => i.path)).toEqual(['C:\\photos\\shop.png'])
    expect(stored.imageFindings).toEqual([
      { code: 'maybe-too-large', severity: 'warning', index: 0, name: 'shop.png' },
    ])
  })
})
