import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DomainError } from '@shared/ipc/result'
import { NodeVaultFiles } from '../../adapters/vault-fs'
import { FaultyDisk } from '../../testing/faulty-disk'
import { SmallDisk } from '../../testing/faulty-files'
import { PassphraseKeyProtector, type KeyProtector } from './key-protector'
import { StaticKeyProtector } from './testing/static-key-protector'
import { CHEAP_SCRYPT, fixedClock, secret, snapshot, tempDir } from './testing/helpers'
import { MemoryVaultFiles } from './testing/memory-vault-files'
import { type VaultFiles } from './vault-files'
import { VaultStore } from './vault-store'

const cleanups: Array<() => void> = []
afterEach(() => cleanups.splice(0).forEach((fn) => fn()))

function folder() {
  const t = tempDir()
  cleanups.push(t.cleanup)
  return t.dir
}

function vaultOn(files: VaultFiles, protector: KeyProtector = new StaticKeyProtector(secret())) {
  return new VaultStore({ files, protector, clock: fixedClock(), exportKdf: CHEAP_SCRYPT })
}

async function openReady(vault: VaultStore) {
  const result = await vault.open()
  expect(result.state).toBe('ready')
  return result
}

const profile = (n: number) => ({
  name: `株式会社テスト${n}`,
  staff: [{ n, kana: 'テスト' }],
  ok: true,
})

async function expectDomainError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DomainError)
  expect((error as DomainError).code).toBe(code)
}

describe('VaultStore basics', () => {
  it('creates a key, round-trips documents and keeps three rolling backups', async () => {
    const dir = folder()
    const vault = vaultOn(new NodeVaultFiles(dir))
    const opened = await openReady(vault)
    expect(opened).toMatchObject({ created: true, protector: 'os' })
    for (let n = 1; n <= 5; n++) await vault.write('profile', profile(n))
    await vault.write('drafts', { list: [] })
    expect(await vault.read('profile')).toMatchObject({ doc: profile(5), recovered: false })
    expect(await vault.list()).toEqual(['drafts', 'profile'])
    const status = await vault.status()
    expect(status.documents).toEqual([
      { id: 'drafts', current: true, backups: [] },
      { id: 'profile', current: true, backups: ['bak1', 'bak2', 'bak3'] },
    ])
    expect(snapshot(dir)).toHaveProperty(['vault.key'])
    expect(snapshot(dir)).toHaveProperty(['vault.key.bak'])
  })

  it('unwraps the data key once per run, not per read', async () => {
    const protector = new StaticKeyProtector(secret())
    const files = new MemoryVaultFiles()
    const first = vaultOn(files, protector)
    await openReady(first)
    await first.write('profile', profile(1))
    const unwrap = vi.spyOn(protector, 'unwrap')
    const second = vaultOn(files, protector)
    await openReady(second)
    await openReady(second)
    for (let i = 0; i < 5; i++) await second.read('profile')
    await second.write('profile', profile(2))
    expect(unwrap).toHaveBeenCalledTimes(1)
  })

  it('refuses bad ids and non-JSON documents', async () => {
    const vault = vaultOn(new MemoryVaultFiles())
    await openReady(vault)
    for (const id of ['', '../x', 'A', 'a/b', 'a'.repeat(97), 'vault.key']) {
      await expectDomainError(vault.write(id, {}), 'invalid-field')
    }
    await expectDomainError(vault.write('x', undefined), 'invalid-payload')
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    await expectDomainError(vault.write('x', cyclic), 'invalid-payload')
    await expectDomainError(vault.read('missing'), 'not-found')
  })

  it('remove moves the document and its backups aside', async () => {
    const dir = folder()
    const vault = vaultOn(new NodeVaultFiles(dir))
    await openReady(vault)
    await vault.write('profile', profile(1))
    await vault.write('profile', profile(2))
    const before = snapshot(dir)
    const { movedAside } = await vault.remove('profile')
    expect(movedAside.sort()).toEqual([
      'profile.vault.bak1.removed-20261126T101530',
      'profile.vault.removed-20261126T101530',
    ])
    const after = snapshot(dir)
    expect(after['profile.vault.removed-20261126T101530']).toBe(before['profile.vault'])
    expect(await vault.list()).toEqual([])
    expect((await vault.status()).setAside).toHaveLength(2)
  })

  it('restoreRemoved refuses a file already back, unless asked to resume an interrupted restore', async () => {
    const files = new MemoryVaultFiles()
    const vault = vaultOn(files)
    await openReady(vault)
    await vault.write('profile', profile(1))
    await vault.write('profile', profile(2))
    const { movedAside } = await vault.remove('profile')
    const backup = movedAside.find((n) => n.includes('.bak1'))!
    // An earlier restore put the backup back, then stopped.
    await files.rename(backup, 'profile.vault.bak1')
    await expectDomainError(vault.restoreRemoved(movedAside), 'not-found')
    expect(files.files.has('profile.vault')).toBe(false)
    await vault.restoreRemoved(movedAside, { resume: true })
    expect(await vault.read('profile')).toMatchObject({ doc: profile(2), recovered: false })
    expect((await vault.status()).setAside).toEqual([])
    // Nothing to put back and nothing in place: still refused.
    await expectDomainError(
      vault.restoreRemoved(['drafts.vault.removed-20261126T101530'], { resume: true }),
      'not-found',
    )
  })
})

describe('corruption is detected and recovered, never silently reset', () => {
  async function twoVersions(files: MemoryVaultFiles, protector: StaticKeyProtector) {
    const vault = vaultOn(files, protector)
    await openReady(vault)
    await vault.write('profile', profile(1))
    await vault.write('profile', profile(2))
    return new Map(files.files)
  }

  it('a flipped byte at every position of the document file is detected and recovered', async () => {
    const protector = new StaticKeyProtector(secret())
    const files = new MemoryVaultFiles()
    const pristine = await twoVersions(files, protector)
    const original = pristine.get('profile.vault')!
    for (let i = 0; i < original.length; i++) {
      files.files.clear()
      for (const [k, v] of pristine) files.files.set(k, Buffer.from(v))
      const bad = Buffer.from(original)
      bad[i] = bad[i]! ^ (1 << (i % 8))
      files.files.set('profile.vault', bad)
      const vault = vaultOn(files, protector)
      await openReady(vault)
      const result = await vault.read('profile')
      expect(result).toEqual({
        doc: profile(1),
        savedAt: expect.any(Number),
        recovered: true,
        from: 'bak1',
        movedAside: ['profile.vault.corrupt-20261126T101530'],
      })
      expect(files.files.get('profile.vault.corrupt-20261126T101530')).toEqual(bad)
      expect(files.files.get('profile.vault')).toEqual(pristine.get('profile.vault.bak1'))
    }
  })

  it('property: any byte flip or truncation in any live file never yields a wrong document', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue(), { minLength: 2, maxLength: 5 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        fc.boolean(),
        async (docs, position, mask, truncate) => {
          const files = new MemoryVaultFiles()
          const protector = new StaticKeyProtector(secret())
          const vault = vaultOn(files, protector)
          await openReady(vault)
          for (const doc of docs) await vault.write('doc', doc)
          const current = files.files.get('doc.vault')!
          const at = position % current.length
          const bad = truncate ? current.subarray(0, at) : Buffer.from(current)
          if (!truncate) bad[at] = bad[at]! ^ mask
          files.files.set('doc.vault', bad)
          const reopened = vaultOn(files, protector)
          await openReady(reopened)
          const result = await reopened.read('doc')
          const expected = JSON.parse(JSON.stringify(docs.at(-2))) as unknown
          expect(result.doc).toEqual(expected)
          expect(result.recovered).toBe(true)
          expect([...files.files.values()].some((b) => b.equals(bad))).toBe(true)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('recovers on disk: corrupt current and bak1 moved aside, restored from bak2', async () => {
    const dir = folder()
    const protector = new StaticKeyProtector(secret())
    const vault = vaultOn(new NodeVaultFiles(dir), protector)
    await openReady(vault)
    for (let n = 1; n <= 3; n++) await vault.write('profile', profile(n))
    const current = readFileSync(join(dir, 'profile.vault'))
    current[current.length - 1]! ^= 0x80
    writeFileSync(join(dir, 'profile.vault'), current)
    writeFileSync(join(dir, 'profile.vault.bak1'), 'garbage')
    const reopened = vaultOn(new NodeVaultFiles(dir), protector)
    await openReady(reopened)
    expect(await reopened.read('profile')).toMatchObject({
      doc: profile(1),
      recovered: true,
      from: 'bak2',
      movedAside: [
        'profile.vault.corrupt-20261126T101530',
        'profile.vault.bak1.corrupt-20261126T101530',
      ],
    })
    expect(readFileSync(join(dir, 'profile.vault.corrupt-20261126T101530'))).toEqual(current)
    expect(await reopened.read('profile')).toMatchObject({ doc: profile(1), recovered: false })
  })

  it('with no readable version, reading fails and every file stays put', async () => {
    const dir = folder()
    const protector = new StaticKeyProtector(secret())
    const vault = vaultOn(new NodeVaultFiles(dir), protector)
    await openReady(vault)
    await vault.write('profile', profile(1))
    await vault.write('profile', profile(2))
    writeFileSync(join(dir, 'profile.vault'), 'x')
    writeFileSync(join(dir, 'profile.vault.bak1'), 'y')
    const before = snapshot(dir)
    await expectDomainError(vault.read('profile'), 'unavailable')
    expect(snapshot(dir)).toEqual(before)
    // Saving over it keeps the unreadable file aside instead of rotating it into the backups.
    expect(await vault.write('profile', profile(3))).toEqual({
      movedAside: ['profile.vault.corrupt-20261126T101530'],
    })
    expect(snapshot(dir)['profile.vault.bak1']).toBe(before['profile.vault.bak1'])
  })

  it('a damaged key file is restored from its copy once the key is proven', async () => {
    const dir = folder()
    const protector = new StaticKeyProtector(secret())
    const vault = vaultOn(new NodeVaultFiles(dir), protector)
    await openReady(vault)
    await vault.write('profile', profile(1))
    const good = readFileSync(join(dir, 'vault.key'))
    writeFileSync(join(dir, 'vault.key'), '{"broken"')
    const reopened = vaultOn(new NodeVaultFiles(dir), protector)
    expect(await reopened.open()).toMatchObject({ state: 'ready', repairedKeyFile: true })
    expect(readFileSync(join(dir, 'vault.key'))).toEqual(good)
    expect(readFileSync(join(dir, 'vault.key.corrupt-20261126T101530'), 'utf8')).toBe('{"broken"')
  })
})

describe('a key that cannot be unwrapped locks the vault and writes nothing', () => {
  async function populated(dir: string, protector: KeyProtector) {
    const vault = vaultOn(new NodeVaultFiles(dir), protector)
    await openReady(vault)
    await vault.write('profile', profile(1))
    await vault.write('profile', profile(2))
    await vault.write('drafts', ['下書き'])
  }

  it('another machine (other OS secret) → locked key-unavailable, bytes identical', async () => {
    const dir = folder()
    await populated(dir, new StaticKeyProtector(secret()))
    const before = snapshot(dir)
    const vault = vaultOn(new NodeVaultFiles(dir), new StaticKeyProtector(secret()))
    expect(await vault.open()).toMatchObject({ state: 'locked', reason: 'key-unavailable' })
    await expectDomainError(vault.read('profile'), 'locked')
    await expectDomainError(vault.write('profile', {}), 'locked')
    expect(await vault.open()).toMatchObject({ state: 'locked' })
    expect((await vault.status()).lock?.reason).toBe('key-unavailable')
    expect(snapshot(dir)).toEqual(before)
  })

  it('keychain refusing or unavailable → locked, bytes identical', async () => {
    const dir = folder()
    await populated(dir, new StaticKeyProtector(secret()))
    const before = snapshot(dir)
    const refusing: KeyProtector = {
      kind: 'os',
      isAvailable: async () => ({ available: true, weak: false }),
      wrap: async () => Buffer.alloc(0),
      unwrap: async () => {
        throw new Error('user denied keychain access')
      },
    }
    expect(await vaultOn(new NodeVaultFiles(dir), refusing).open()).toMatchObject({
      state: 'locked',
      reason: 'key-unavailable',
    })
    const off = new StaticKeyProtector(secret(), { available: false, weak: false })
    expect(await vaultOn(new NodeVaultFiles(dir), off).open()).toMatchObject({ state: 'locked' })
    expect(snapshot(dir)).toEqual(before)
  })

  it('a key file from another vault → locked key-mismatch, bytes identical', async () => {
    const dir = folder()
    const protector = new StaticKeyProtector(secret())
    await populated(dir, protector)
    const other = folder()
    await openReady(vaultOn(new NodeVaultFiles(other), protector))
    for (const name of ['vault.key', 'vault.key.bak']) {
      writeFileSync(join(dir, name), readFileSync(join(other, name)))
    }
    const before = snapshot(dir)
    expect(await vaultOn(new NodeVaultFiles(dir), protector).open()).toMatchObject({
      state: 'locked',
      reason: 'key-mismatch',
    })
    expect(snapshot(dir)).toEqual(before)
  })

  it('documents without a key file → locked key-missing, no new key written', async () => {
    const dir = folder()
    const protector = new StaticKeyProtector(secret())
    await populated(dir, protector)
    for (const name of ['vault.key', 'vault.key.bak']) writeFileSync(join(dir, name), '')
    const files = new NodeVaultFiles(dir)
    await files.rename('vault.key', 'elsewhere-1')
    await files.rename('vault.key.bak', 'elsewhere-2')
    const before = snapshot(dir)
    expect(await vaultOn(files, protector).open()).toMatchObject({
      state: 'locked',
      reason: 'key-missing',
    })
    expect(snapshot(dir)).toEqual(before)
  })

  it('startFresh moves every file aside (never deletes) and opens an empty vault', async () => {
    const dir = folder()
    await populated(dir, new StaticKeyProtector(secret()))
    const before = snapshot(dir)
    const vault = vaultOn(new NodeVaultFiles(dir), new StaticKeyProtector(secret()))
    expect((await vault.open()).state).toBe('locked')
    const { movedAside, open } = await vault.startFresh()
    expect(open).toMatchObject({ state: 'ready', created: true })
    expect(movedAside).toHaveLength(Object.keys(before).length)
    const after = snapshot(dir)
    for (const [name, bytes] of Object.entries(before)) {
      expect(after[`${name}.aside-20261126T101530`]).toBe(bytes)
    }
    expect(await vault.list()).toEqual([])
    await vault.write('profile', profile(9))
    expect((await vault.read('profile')).doc).toEqual(profile(9))
  })

  it('an unavailable protector on an empty folder writes nothing', async () => {
    const dir = folder()
    const off = new StaticKeyProtector(secret(), { available: false, weak: false })
    expect(await vaultOn(new NodeVaultFiles(dir), off).open()).toMatchObject({
      state: 'locked',
      reason: 'key-unavailable',
    })
    expect(snapshot(dir)).toEqual({})
  })
})

describe('passphrase protection', () => {
  it('locks on a wrong passphrase, names the needed protector, opens with the right one', async () => {
    const dir = folder()
    const right = new PassphraseKeyProtector('正しいパスフレーズです', CHEAP_SCRYPT)
    const vault = vaultOn(new NodeVaultFiles(dir), right)
    expect(await vault.open()).toMatchObject({ state: 'ready', protector: 'passphrase' })
    await vault.write('profile', profile(1))
    const before = snapshot(dir)

    const wrong = vaultOn(
      new NodeVaultFiles(dir),
      new PassphraseKeyProtector('まちがったパスフレーズ', CHEAP_SCRYPT),
    )
    expect(await wrong.open()).toMatchObject({ state: 'locked', reason: 'wrong-passphrase' })
    const os = vaultOn(new NodeVaultFiles(dir), new StaticKeyProtector(secret()))
    expect(await os.open()).toMatchObject({ state: 'locked', keyProtector: 'passphrase' })
    expect(snapshot(dir)).toEqual(before)

    // NFC: a decomposed spelling of the same passphrase opens it too.
    wrong.useProtector(new PassphraseKeyProtector(right_nfd(), CHEAP_SCRYPT))
    expect((await wrong.open()).state).toBe('ready')
    expect((await wrong.read('profile')).doc).toEqual(profile(1))
  })

  it('refuses passphrases shorter than 10 characters', () => {
    expect(() => new PassphraseKeyProtector('短いパス', CHEAP_SCRYPT)).toThrow(
      expect.objectContaining({ code: 'invalid-field' }),
    )
  })

  it('changeProtector re-wraps the same data key (weak OS store → passphrase)', async () => {
    const dir = folder()
    const weakOs = new StaticKeyProtector(secret(), {
      available: true,
      weak: true,
      backend: 'basic_text',
    })
    const vault = vaultOn(new NodeVaultFiles(dir), weakOs)
    expect(await vault.open()).toMatchObject({ state: 'ready', weak: true, backend: 'basic_text' })
    await vault.write('profile', profile(1))
    const pass = new PassphraseKeyProtector('新しいパスフレーズ12', CHEAP_SCRYPT)
    await vault.changeProtector(pass)
    const reopened = vaultOn(new NodeVaultFiles(dir), pass)
    expect(await reopened.open()).toMatchObject({ state: 'ready', protector: 'passphrase' })
    expect((await reopened.read('profile')).doc).toEqual(profile(1))
    expect(await vaultOn(new NodeVaultFiles(dir), weakOs).open()).toMatchObject({ state: 'locked' })
  })
})

function right_nfd() {
  return '正しいパスフレーズです'.normalize('NFD')
}

describe('model-based property', () => {
  it('any sequence of writes, reads and removes matches a plain map', async () => {
    const id = fc.constantFrom('a', 'b', 'c')
    const command = fc.oneof(
      fc.record({ op: fc.constant('write' as const), id, doc: fc.jsonValue() }),
      fc.record({ op: fc.constant('read' as const), id }),
      fc.record({ op: fc.constant('remove' as const), id }),
      fc.record({ op: fc.constant('reopen' as const) }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 30 }), async (commands) => {
        const files = new MemoryVaultFiles()
        const protector = new StaticKeyProtector(secret())
        let vault = vaultOn(files, protector)
        await openReady(vault)
        const model = new Map<string, unknown>()
        for (const c of commands) {
          if (c.op === 'write') {
            await vault.write(c.id, c.doc)
            model.set(c.id, JSON.parse(JSON.stringify(c.doc)))
          } else if (c.op === 'read') {
            if (model.has(c.id)) expect((await vault.read(c.id)).doc).toEqual(model.get(c.id))
            else await expectDomainError(vault.read(c.id), 'not-found')
          } else if (c.op === 'remove') {
            if (model.has(c.id)) await vault.remove(c.id)
            else await expectDomainError(vault.remove(c.id), 'not-found')
            model.delete(c.id)
          } else {
            vault = vaultOn(files, protector)
            await openReady(vault)
          }
          expect(await vault.list()).toEqual([...model.keys()].sort())
        }
      }),
      { numRuns: 100 },
    )
  })
})

describe('ordering', () => {
  it('a write queued behind startFresh is sealed with the new key', async () => {
    const files = new MemoryVaultFiles()
    const vault = vaultOn(files)
    await openReady(vault)
    await vault.write('profile', profile(1))
    const fresh = vault.startFresh()
    const write = vault.write('profile', profile(2))
    await Promise.all([fresh, write])
    expect(await vault.read('profile')).toMatchObject({ doc: profile(2), recovered: false })
  })
})

describe('a full or failing disk', () => {
  const big = (n: number) => ({ ...profile(n), filler: 'x'.repeat(2000) })

  it('three failed saves on a full disk leave every backup and the current file as they were', async () => {
    const disk = new SmallDisk()
    const vault = vaultOn(disk)
    await openReady(vault)
    for (let n = 1; n <= 4; n++) await vault.write('profile', profile(n))
    const before = new Map([...disk.files].map(([k, v]) => [k, v.toString('hex')]))
    expect([...before.keys()]).toEqual(
      expect.arrayContaining(['profile.vault.bak1', 'profile.vault.bak2', 'profile.vault.bak3']),
    )
    // Room for a little, not for the next version.
    disk.capacity = disk.used() + 1000
    for (let attempt = 0; attempt < 3; attempt++) {
      await expectDomainError(vault.write('profile', big(5 + attempt)), 'disk-full')
    }
    expect(disk.failures).toBeGreaterThanOrEqual(3)
    const after = new Map([...disk.files].map(([k, v]) => [k, v.toString('hex')]))
    expect(after).toEqual(before)
    expect(disk.temps.size).toBe(0)
    expect((await vault.read('profile')).doc).toEqual(profile(4))
    // Space again: the next save goes through and rotates as usual.
    disk.capacity = Number.POSITIVE_INFINITY
    await vault.write('profile', big(9))
    expect(disk.files.get('profile.vault.bak1')?.toString('hex')).toBe(before.get('profile.vault'))
  })

  it('each disk fault has its own error code', async () => {
    for (const [code, expected] of [
      ['ENOSPC', 'disk-full'],
      ['EROFS', 'read-only'],
      ['EACCES', 'no-access'],
    ] as const) {
      const disk = new FaultyDisk()
      const dir = folder()
      const vault = vaultOn(new NodeVaultFiles(dir, { disk, sleep: async () => undefined }))
      await openReady(vault)
      await vault.write('profile', profile(1))
      await vault.write('profile', profile(2))
      const before = snapshot(dir)
      disk.inject({ op: 'writeNew', code, partial: code === 'ENOSPC' })
      await expectDomainError(vault.write('profile', profile(3)), expected)
      expect(snapshot(dir), code).toEqual(before)
    }
  })
})

describe('a probe document (the establishment index)', () => {
  it('proves the key without listing the folder; leftover temps go before the first write', async () => {
    const dir = folder()
    const key = secret()
    const first = new VaultStore({
      files: new NodeVaultFiles(dir),
      protector: new StaticKeyProtector(key),
    })
    await openReady(first)
    await first.write('index', { rows: 1 })
    await first.write('profile', profile(1))
    writeFileSync(join(dir, '.profile.vault.tmp-0123456789abcdef'), 'torn')
    const files = new NodeVaultFiles(dir)
    const listings = vi.spyOn(files, 'cleanTempAndList')
    const lists = vi.spyOn(files, 'list')
    const reads = vi.spyOn(files, 'read')
    const vault = new VaultStore({ files, protector: new StaticKeyProtector(key), probe: 'index' })
    expect(await openReady(vault)).toMatchObject({ cleanedTemp: [] })
    expect(listings).not.toHaveBeenCalled()
    expect(lists).not.toHaveBeenCalled()
    // The probe, read to prove the key, is not read again for the start's first read of it.
    expect(await vault.read('index')).toMatchObject({ doc: { rows: 1 } })
    expect(reads.mock.calls.filter(([name]) => name === 'index.vault')).toHaveLength(1)
    expect(await vault.read('profile')).toMatchObject({ doc: profile(1) })
    expect(readFileSync(join(dir, '.profile.vault.tmp-0123456789abcdef'), 'utf8')).toBe('torn')
    await vault.write('profile', profile(2))
    expect(() => readFileSync(join(dir, '.profile.vault.tmp-0123456789abcdef'))).toThrow()
  })

  it('falls back to the folder when the probe is missing, and still refuses another key', async () => {
    const files = new MemoryVaultFiles()
    const key = secret()
    const mine = vaultOn(files, new StaticKeyProtector(key))
    await openReady(mine)
    await mine.write('profile', profile(1))
    const listing = vi.spyOn(files, 'list')
    await openReady(
      new VaultStore({ files, protector: new StaticKeyProtector(key), probe: 'index' }),
    )
    expect(listing).toHaveBeenCalled()

    // Another vault's key file beside these documents: the documents decide, probe or not.
    const elsewhere = new MemoryVaultFiles()
    const other = new StaticKeyProtector(secret())
    await openReady(vaultOn(elsewhere, other))
    files.files.set('vault.key', elsewhere.files.get('vault.key')!)
    files.files.set('vault.key.bak', elsewhere.files.get('vault.key.bak')!)
    const opened = await new VaultStore({ files, protector: other, probe: 'index' }).open()
    expect(opened).toMatchObject({ state: 'locked', reason: 'key-mismatch' })
  })
})
