import { randomBytes } from 'node:crypto'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { loadDocument } from './documents'
import { MemoryVaultFiles } from './vault/testing/memory-vault-files'
import { StaticKeyProtector } from './vault/testing/static-key-protector'
import { VaultStore } from './vault'

const Schema = v.strictObject({ name: v.string() })

async function vaultWith(id: string, doc: unknown) {
  const vault = new VaultStore({
    files: new MemoryVaultFiles(),
    protector: new StaticKeyProtector(randomBytes(32)),
  })
  await vault.open()
  await vault.write(id, doc)
  return vault
}

describe('loadDocument', () => {
  it('copies an unreadable document aside once per content, however often it is loaded', async () => {
    const id = `${'a'.repeat(40)}_drafts`
    const vault = await vaultWith(id, { name: 42, from: 'a newer version' })
    const clock = { ms: 1_000, now: () => clock.ms }
    const notices = []
    for (let i = 0; i < 5; i++) {
      clock.ms += 60_000
      const loaded = await loadDocument(vault, clock, id, Schema, () => ({ name: '' }))
      expect(loaded.value).toEqual({ name: '' })
      notices.push(loaded.notice)
    }
    const copies = (await vault.list()).filter((d) => d !== id)
    expect(copies).toHaveLength(1)
    expect((await vault.read(copies[0]!)).doc).toEqual({ name: 42, from: 'a newer version' })
    expect(new Set(notices.map((n) => JSON.stringify(n))).size).toBe(1)
    expect(notices[0]).toEqual({ kind: 'kept-unreadable', keptAs: copies[0] })

    // Other content: a second copy, kept beside the first.
    await vault.write(id, { name: null })
    await loadDocument(vault, clock, id, Schema, () => ({ name: '' }))
    expect((await vault.list()).filter((d) => d !== id)).toHaveLength(2)
  })
})
