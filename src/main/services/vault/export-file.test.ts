import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { DomainError } from '@shared/ipc/result'
import { NodeVaultFiles } from '../../adapters/vault-fs'
import { openExport, sealExport } from './export-file'
import { PRODUCTION_SCRYPT } from './kdf'
import { StaticKeyProtector } from './testing/static-key-protector'
import { CHEAP_SCRYPT, fixedClock, secret, snapshot, tempDir } from './testing/helpers'
import { MemoryVaultFiles } from './testing/memory-vault-files'
import { VaultStore } from './vault-store'

const cleanups: Array<() => void> = []
afterEach(() => cleanups.splice(0).forEach((fn) => fn()))

const PASS = 'エクスポート用のパスフレーズ'

function machine() {
  const t = tempDir('machine')
  cleanups.push(t.cleanup)
  const vault = new VaultStore({
    files: new NodeVaultFiles(t.dir),
    protector: new StaticKeyProtector(secret()),
    clock: fixedClock(),
    exportKdf: CHEAP_SCRYPT,
  })
  return { dir: t.dir, vault }
}

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DomainError)
  return error as DomainError
}

const documents = {
  profile: {
    establishment: { name: '株式会社みほん', corporateNumber: '1234567890123', employees: 12 },
    contacts: [{ name: '山田 花子', phone: '03-0000-0000' }],
    flags: { hasWebsite: false, note: null },
  },
  drafts: ['求人票の下書き', { nested: { deep: [1, 2.5, -3] } }],
}

describe('export / import', () => {
  it('round-trips exactly onto a new machine (fresh key, fresh folder)', async () => {
    const a = machine()
    await a.vault.open()
    for (const [id, doc] of Object.entries(documents)) await a.vault.write(id, doc)
    const file = await a.vault.exportAll(PASS)

    const b = machine()
    expect(await b.vault.open()).toMatchObject({ state: 'ready', created: true })
    expect(await b.vault.importExport(file, PASS)).toEqual({
      imported: ['drafts', 'profile'],
      skipped: 0,
      movedAside: [],
    })
    for (const [id, doc] of Object.entries(documents)) {
      expect((await b.vault.read(id)).doc).toEqual(doc)
    }
    // Re-protected under B's key: B's key file differs from A's and A's key cannot read B's files.
    expect(snapshot(b.dir)['vault.key']).not.toBe(snapshot(a.dir)['vault.key'])
    expect(snapshot(b.dir)['profile.vault']).not.toBe(snapshot(a.dir)['profile.vault'])
  })

  it('a wrong passphrase fails cleanly and changes nothing', async () => {
    const a = machine()
    await a.vault.open()
    await a.vault.write('profile', documents.profile)
    const file = await a.vault.exportAll(PASS)
    const b = machine()
    await b.vault.open()
    await b.vault.write('profile', { mine: true })
    const before = snapshot(b.dir)
    const error = await rejection(b.vault.importExport(file, 'ちがうパスフレーズです'))
    expect(error.code).toBe('wrong-passphrase')
    expect(snapshot(b.dir)).toEqual(before)
  })

  it('refuses passphrases under 10 characters on export and import', async () => {
    const a = machine()
    await a.vault.open()
    expect((await rejection(a.vault.exportAll('123456789'))).code).toBe('invalid-field')
    const file = await sealExport({}, PASS, CHEAP_SCRYPT)
    expect((await rejection(openExport(file, 'short', CHEAP_SCRYPT))).code).toBe('invalid-field')
    // Ten code points, even when each is a surrogate pair, is enough.
    await expect(sealExport({}, '𠮷'.repeat(10), CHEAP_SCRYPT)).resolves.toBeInstanceOf(Buffer)
  })

  it('detects tampering anywhere in the file, header included', async () => {
    const file = await sealExport(documents, PASS, CHEAP_SCRYPT)
    for (let i = 0; i < file.length; i += Math.max(1, Math.floor(file.length / 97))) {
      const bad = Buffer.from(file)
      bad[i] = bad[i]! ^ 0x20
      const error = await rejection(openExport(bad, PASS, CHEAP_SCRYPT))
      expect(['wrong-passphrase', 'invalid-payload']).toContain(error.code)
    }
    expect(
      (await rejection(openExport(Buffer.from('not an export'), PASS, CHEAP_SCRYPT))).code,
    ).toBe('invalid-payload')
  })

  it('importing into a locked vault is the user choosing to replace it: old files moved aside', async () => {
    const a = machine()
    await a.vault.open()
    await a.vault.write('profile', documents.profile)
    const file = await a.vault.exportAll(PASS)
    // Same folder, other OS key: locked.
    const files = new NodeVaultFiles(a.dir)
    const before = snapshot(a.dir)
    const b = new VaultStore({
      files,
      protector: new StaticKeyProtector(secret()),
      clock: fixedClock(),
      exportKdf: CHEAP_SCRYPT,
    })
    expect((await b.open()).state).toBe('locked')
    const result = await b.importExport(file, PASS)
    expect(result.imported).toEqual(['profile'])
    expect(result.movedAside).toHaveLength(Object.keys(before).length)
    const after = snapshot(a.dir)
    for (const [name, bytes] of Object.entries(before)) {
      expect(after[`${name}.aside-20261126T101530`]).toBe(bytes)
    }
    expect((await b.read('profile')).doc).toEqual(documents.profile)
  })

  it('property: any document map round-trips (cheap KDF parameters)', async () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,12}$/)
    await fc.assert(
      fc.asyncProperty(fc.dictionary(id, fc.jsonValue()), async (docs) => {
        const vault = new VaultStore({
          files: new MemoryVaultFiles(),
          protector: new StaticKeyProtector(secret()),
          exportKdf: CHEAP_SCRYPT,
        })
        await vault.open()
        for (const [k, v] of Object.entries(docs)) await vault.write(k, v)
        const file = await vault.exportAll(PASS)
        const restored = await openExport(file, PASS, CHEAP_SCRYPT)
        expect(restored).toEqual(JSON.parse(JSON.stringify(docs)))
      }),
      { numRuns: 60 },
    )
  })

  it('production scrypt parameters (N=2^17, r=8, p=1) work within Node memory limits', async () => {
    const file = await sealExport(documents, PASS, PRODUCTION_SCRYPT)
    const header = file.subarray(7, 7 + file.readUInt16BE(5)).toString()
    expect(JSON.parse(header)).toMatchObject({ kdf: 'scrypt', N: 131072, r: 8, p: 1 })
    expect(await openExport(file, PASS)).toEqual(documents)
  }, 30_000)
})
