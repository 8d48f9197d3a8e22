import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { NodeVaultFiles } from '../../../adapters/vault-fs'
import { PassphraseKeyProtector } from '../key-protector'
import { StaticKeyProtector } from './static-key-protector'
import { scanForSentinels, sentinelNeedles } from './plaintext-scan'
import { CHEAP_SCRYPT, secret, tempDir } from './helpers'
import { VaultStore } from '../vault-store'

const cleanups: Array<() => void> = []
afterEach(() => cleanups.splice(0).forEach((fn) => fn()))

function folder(label: string) {
  const t = tempDir(label)
  cleanups.push(t.cleanup)
  return t.dir
}

function sentinels(): string[] {
  const tag = randomBytes(4).toString('hex')
  return [
    `SENTINEL-ascii-${tag}`,
    `sentinel_${tag}@example.co.jp`,
    `株式会社センチネル商店${tag}`,
    `秘密の住所東京都千代田区${tag}`,
    `ヤマダタロウ電話番号${tag}`,
  ]
}

describe('scanForSentinels', () => {
  it('finds a sentinel in every encoding it knows, at any offset', () => {
    const dir = folder('scan-self')
    fc.assert(
      fc.property(
        fc.constantFrom(...sentinels()),
        fc.uint8Array({ maxLength: 40 }),
        fc.uint8Array({ maxLength: 40 }),
        (sentinel, before, after) => {
          for (const needle of sentinelNeedles(sentinel)) {
            const file = join(dir, 'probe.bin')
            writeFileSync(file, Buffer.concat([before, needle.bytes, after]))
            const hits = scanForSentinels([dir], [sentinel])
            expect(hits.map((h) => h.encoding)).toContain(needle.encoding)
          }
        },
      ),
      { numRuns: 20 },
    )
  })

  it('finds base64 of the sentinel at each alignment inside a larger encoded blob', () => {
    const dir = folder('scan-b64')
    const [sentinel] = sentinels()
    for (let pad = 0; pad < 3; pad++) {
      const blob = Buffer.concat([randomBytes(10 + pad), Buffer.from(sentinel!), randomBytes(7)])
      writeFileSync(join(dir, 'b64.txt'), blob.toString('base64'))
      expect(scanForSentinels([dir], [sentinel!]).length).toBeGreaterThan(0)
    }
  })

  it('walks nested folders and ignores folders that do not exist', () => {
    const dir = folder('scan-nested')
    mkdirSync(join(dir, 'a', 'b'), { recursive: true })
    writeFileSync(join(dir, 'a', 'b', 'x.json'), JSON.stringify({ v: '株式会社センチネル' }))
    expect(scanForSentinels([dir, join(dir, 'missing')], ['株式会社センチネル'])).toHaveLength(1)
  })
})

describe('nothing plaintext at rest', () => {
  it('no sentinel in the data folder, the temp folder or any byte handed to the disk', async () => {
    const data = folder('rest-data')
    const temp = folder('rest-tmp')
    const captured = folder('rest-captured')
    const marks = sentinels()
    const doc = {
      name: marks[2],
      address: marks[3],
      staff: [{ kana: marks[4], email: marks[1] }],
      [marks[0]!]: marks,
      nested: { deeper: marks.join(' ') },
    }
    // Everything the vault writes passes through stage (writeAtomic stages too), temp files
    // included: keep a copy of each.
    let n = 0
    class CapturingFiles extends NodeVaultFiles {
      override async stage(name: string, bytes: Buffer) {
        writeFileSync(join(captured, `${n++}-${name}`), bytes)
        return super.stage(name, bytes)
      }
    }
    const savedTmp = process.env.TMPDIR
    process.env.TMPDIR = temp
    try {
      const vault = new VaultStore({
        files: new CapturingFiles(data),
        protector: new StaticKeyProtector(secret()),
        exportKdf: CHEAP_SCRYPT,
      })
      await vault.open()
      for (let i = 0; i < 5; i++) await vault.write('profile', { ...doc, i })
      await vault.write('second', doc)
      await vault.remove('second')
      expect((await vault.read('profile')).doc).toEqual({ ...doc, i: 4 })
      writeFileSync(join(data, 'export.hwnavi'), await vault.exportAll('エクスポートの合言葉です'))
      await vault.changeProtector(
        new PassphraseKeyProtector('パスフレーズ十文字以上', CHEAP_SCRYPT),
      )
    } finally {
      if (savedTmp === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = savedTmp
    }
    expect(n).toBeGreaterThan(10)
    expect(scanForSentinels([data, temp, captured], marks)).toEqual([])

    // Control: the same scan does see the sentinels in a plaintext copy.
    const control = folder('rest-control')
    writeFileSync(join(control, 'plain.json'), JSON.stringify(doc))
    const hits = scanForSentinels([control], marks)
    expect(new Set(hits.map((h) => h.sentinel))).toEqual(new Set(marks))
  })
})
