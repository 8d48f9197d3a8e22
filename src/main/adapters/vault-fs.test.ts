import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from '../services/vault/testing/helpers'
import { FaultyDisk } from '../testing/faulty-disk'
import { NodeVaultFiles, RETRY_DELAYS_MS } from './vault-fs'

const cleanups: Array<() => void> = []
afterEach(() => cleanups.splice(0).forEach((fn) => fn()))

function files() {
  const t = tempDir('fs')
  cleanups.push(t.cleanup)
  return { dir: t.dir, files: new NodeVaultFiles(join(t.dir, 'nested', 'data')) }
}

describe('NodeVaultFiles', () => {
  it('creates its folder, writes atomically and leaves no temp files', async () => {
    const { files: f } = files()
    expect(await f.read('a.vault')).toBeUndefined()
    await f.writeAtomic('a.vault', Buffer.from('one'))
    await f.writeAtomic('a.vault', Buffer.from('two'))
    expect((await f.read('a.vault'))?.toString()).toBe('two')
    expect(readdirSync(f.dir)).toEqual(['a.vault'])
    expect(await f.list()).toEqual(['a.vault'])
  })

  it('renames with replace, reports a missing source, checks existence', async () => {
    const { files: f } = files()
    await f.writeAtomic('a', Buffer.from('A'))
    await f.writeAtomic('b', Buffer.from('B'))
    expect(await f.rename('a', 'b')).toBe(true)
    expect((await f.read('b'))?.toString()).toBe('A')
    expect(await f.exists('a')).toBe(false)
    expect(await f.rename('a', 'c')).toBe(false)
  })

  it('cleans up only its own temp files, hides them from list', async () => {
    const { files: f } = files()
    await f.writeAtomic('keep.vault', Buffer.from('x'))
    writeFileSync(join(f.dir, '.keep.vault.tmp-0123456789abcdef'), 'partial')
    writeFileSync(join(f.dir, '.user-file'), 'mine')
    expect((await f.list()).sort()).toEqual(['.user-file', 'keep.vault'])
    expect(await f.cleanTemp()).toEqual(['.keep.vault.tmp-0123456789abcdef'])
    expect(readdirSync(f.dir).sort()).toEqual(['.user-file', 'keep.vault'])
    expect(readFileSync(join(f.dir, 'keep.vault'), 'utf8')).toBe('x')
  })

  it('cleans up and lists in one reading of the folder, as open() asks', async () => {
    const { files: f } = files()
    await f.writeAtomic('keep.vault', Buffer.from('x'))
    writeFileSync(join(f.dir, '.keep.vault.tmp-0123456789abcdef'), 'partial')
    writeFileSync(join(f.dir, '.user-file'), 'mine')
    const result = await f.cleanTempAndList()
    expect(result.cleaned).toEqual(['.keep.vault.tmp-0123456789abcdef'])
    expect(result.names.sort()).toEqual(['.user-file', 'keep.vault'])
    expect(readdirSync(f.dir).sort()).toEqual(['.user-file', 'keep.vault'])
  })

  it('refuses names that could leave the folder', async () => {
    const { files: f } = files()
    for (const name of ['../x', 'a/b', 'a\\b', '..', '.hidden', '']) {
      await expect(f.writeAtomic(name, Buffer.from('x'))).rejects.toThrow(/unsafe/)
    }
  })
})

describe('NodeVaultFiles on a failing disk', () => {
  const noWait = async () => undefined

  it('a disk that fills up mid-write leaves no temp file and the old file intact', async () => {
    const t = tempDir('fs')
    cleanups.push(t.cleanup)
    const disk = new FaultyDisk()
    const f = new NodeVaultFiles(t.dir, { disk, sleep: noWait })
    await f.writeAtomic('a.vault', Buffer.from('old'))
    disk.inject({ op: 'writeNew', code: 'ENOSPC', partial: true })
    await expect(f.writeAtomic('a.vault', Buffer.alloc(4096, 1))).rejects.toMatchObject({
      code: 'ENOSPC',
    })
    expect(readdirSync(t.dir)).toEqual(['a.vault'])
    expect(readFileSync(join(t.dir, 'a.vault'), 'utf8')).toBe('old')
  })

  it('retries EBUSY and EPERM a few times, counting the waits, then gives up', async () => {
    const t = tempDir('fs')
    cleanups.push(t.cleanup)
    const waits: number[] = []
    const sleep = async (ms: number) => void waits.push(ms)
    const disk = new FaultyDisk().inject({ op: 'listFiles', code: 'EBUSY', times: 2 })
    const f = new NodeVaultFiles(t.dir, { disk, sleep, platform: 'win32' })
    expect(await f.list()).toEqual([])
    expect(waits).toEqual([50, 100])
    waits.length = 0
    disk.inject({ op: 'readFile', code: 'EPERM' })
    await expect(f.read('a.vault')).rejects.toMatchObject({ code: 'EPERM' })
    expect(waits).toEqual([...RETRY_DELAYS_MS])
    waits.length = 0
    disk.clear()
    disk.inject({ op: 'readFile', code: 'EACCES' })
    await expect(f.read('a.vault')).rejects.toMatchObject({ code: 'EACCES' })
    expect(waits).toEqual([])
  })
})
