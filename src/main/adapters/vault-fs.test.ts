import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from '../services/vault/testing'
import { NodeVaultFiles } from './vault-fs'

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

  it('refuses names that could leave the folder', async () => {
    const { files: f } = files()
    for (const name of ['../x', 'a/b', 'a\\b', '..', '.hidden', '']) {
      await expect(f.writeAtomic(name, Buffer.from('x'))).rejects.toThrow(/unsafe/)
    }
  })
})
