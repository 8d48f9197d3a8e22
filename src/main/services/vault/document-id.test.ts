import { describe, expect, it } from 'vitest'
import type { DocumentStore } from '../ports'
import { StaticKeyProtector } from './testing/static-key-protector'
import { isValidDocumentId, parseDocumentFile } from './names'
import { fixedClock, secret } from './testing/helpers'
import { MemoryVaultFiles } from './testing/memory-vault-files'
import { VaultStore } from './vault-store'

describe('VaultStore as the DocumentStore port', () => {
  it('satisfies the port and round-trips dotted ids', async () => {
    const vault = new VaultStore({
      files: new MemoryVaultFiles(),
      protector: new StaticKeyProtector(secret()),
    })
    await vault.open()
    // Compile-time guard: a change to the port or the vault that breaks the fit is a type error.
    const store: DocumentStore = vault
    await expect(store.read('default.profile')).rejects.toMatchObject({ code: 'not-found' })
    await store.write('default.profile', { name: '株式会社みほん' })
    expect((await store.read('default.profile')).doc).toEqual({ name: '株式会社みほん' })
    expect(await vault.list()).toEqual(['default.profile'])
  })

  it('lists recoveries in status for the recovery screen', async () => {
    const files = new MemoryVaultFiles()
    const vault = new VaultStore({
      files,
      protector: new StaticKeyProtector(secret()),
      clock: fixedClock(),
    })
    await vault.open()
    await vault.write('default.profile', { v: 1 })
    await vault.write('default.profile', { v: 2 })
    files.files.set('default.profile.vault', Buffer.from('damaged'))
    expect((await vault.read('default.profile')).doc).toEqual({ v: 1 })
    expect((await vault.status()).recoveries).toEqual([
      {
        id: 'default.profile',
        from: 'bak1',
        movedAside: ['default.profile.vault.corrupt-20261126T101530'],
        at: Date.parse('2026-11-26T10:15:30Z'),
      },
    ])
  })
})

describe('document ids', () => {
  it('accept dotted names and refuse anything ambiguous or path-like', () => {
    for (const id of ['default.profile', 'default_profile', 'a', 'p1.guide-2', 'x_y.z']) {
      expect(isValidDocumentId(id)).toBe(true)
    }
    for (const id of [
      '',
      '.a',
      'a.',
      'a..b',
      '../a',
      'a/b',
      'A',
      'a.vault',
      'vault',
      'a'.repeat(97),
    ]) {
      expect(isValidDocumentId(id)).toBe(false)
    }
    expect(parseDocumentFile('default.profile.vault.bak3')).toEqual({
      id: 'default.profile',
      slot: 'bak3',
    })
    expect(parseDocumentFile('default.profile.vault.corrupt-20261126T101530')).toBeUndefined()
    expect(parseDocumentFile('vault.key')).toBeUndefined()
  })
})
