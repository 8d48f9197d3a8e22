import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FaultyDisk } from '../testing/faulty-disk'
import { tempDir } from '../services/vault/testing/helpers'
import { writeFileAtomic } from './atomic-file'

const cleanups: Array<() => void> = []
afterEach(() => cleanups.splice(0).forEach((fn) => fn()))

function folder() {
  const t = tempDir('user-files')
  cleanups.push(t.cleanup)
  return t.dir
}

describe('writeFileAtomic (export files, PDFs)', () => {
  it('writes the owner-only file in one step, replacing an older one', async () => {
    const dir = folder()
    const target = join(dir, 'backup.hwnavi')
    writeFileSync(target, 'old', { mode: 0o644 })
    await writeFileAtomic(target, Buffer.from('new'))
    expect(readFileSync(target, 'utf8')).toBe('new')
    expect(statSync(target).mode & 0o777).toBe(0o600)
    expect(readdirSync(dir)).toEqual(['backup.hwnavi'])
  })

  it('a disk that fills up mid-write leaves the old file and no temp file', async () => {
    const dir = folder()
    const target = join(dir, 'backup.hwnavi')
    writeFileSync(target, 'old')
    const disk = new FaultyDisk().inject({ op: 'writeNew', code: 'ENOSPC', partial: true })
    await expect(writeFileAtomic(target, Buffer.alloc(8192, 7), disk)).rejects.toMatchObject({
      code: 'ENOSPC',
    })
    expect(readFileSync(target, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['backup.hwnavi'])
  })
})
