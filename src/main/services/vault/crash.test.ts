import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'rolldown'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NodeVaultFiles } from '../../adapters/vault-fs'
import { CRASH_DOC_ID, CRASH_SECRET_HEX, crashDoc } from './testing/crash-fixture'
import { StaticKeyProtector } from './testing/static-key-protector'
import { tempDir } from './testing/helpers'
import { VaultStore } from './vault-store'

const KILLS = 200
/** Independent folders killed side by side: much of each round is spawn latency and the kill timer. */
const LANES = 2
const work = tempDir('crash')
const childFile = join(work.dir, 'crash-child.mjs')
const laneDirs = Array.from({ length: LANES }, (_, i) => join(work.dir, `data-${i}`))
const protector = new StaticKeyProtector(Buffer.from(CRASH_SECRET_HEX, 'hex'))

beforeAll(async () => {
  // Plain node cannot run TypeScript here (Node 20): bundle the real child with vite's rolldown.
  await build({
    input: resolve(__dirname, 'testing/crash-child.ts'),
    platform: 'node',
    resolve: { alias: { '@shared': resolve(__dirname, '../../../shared') } },
    logLevel: 'silent',
    output: { file: childFile, format: 'esm' },
  })
  for (const dir of laneDirs) {
    const vault = new VaultStore({ files: new NodeVaultFiles(dir), protector })
    expect((await vault.open()).state).toBe('ready')
    await vault.write(CRASH_DOC_ID, crashDoc(0))
  }
}, 30_000)

afterAll(() => work.cleanup())

/** Runs the child until it has saved for a random moment, SIGKILLs it, returns the last version it saw committed. */
function runAndKill(dataDir: string): Promise<{ lastCommitted: number; started: number }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [childFile, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    let errors = ''
    let killTimer: NodeJS.Timeout | undefined
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      output += chunk
      if (!killTimer && output.includes('ready ')) {
        // Anywhere from "before the first write finished" to a few dozen writes in.
        killTimer = setTimeout(() => child.kill('SIGKILL'), Math.random() * 20)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', reject)
    child.on('close', (_code, signal) => {
      clearTimeout(killTimer)
      if (signal !== 'SIGKILL')
        return reject(new Error(`child ended without kill: ${output}${errors}`))
      const ready = /ready (\d+)/.exec(output)
      if (!ready?.[1]) return reject(new Error(`child never opened: ${output}${errors}`))
      const committed = [...output.matchAll(/committed (\d+)/g)].map((m) => Number(m[1]))
      const started = Number(ready[1])
      resolvePromise({ lastCommitted: committed.at(-1) ?? started, started })
    })
  })
}

describe('crash safety', () => {
  it(`after ${KILLS} SIGKILLs at random moments the document is always the old or the new version`, async () => {
    const startedAt = Date.now()
    let kills = 0
    let killedMidWrite = 0
    let tornTempFiles = 0
    async function lane(dataDir: string, rounds: number) {
      for (let i = 0; i < rounds; i++) {
        const { lastCommitted, started } = await runAndKill(dataDir)
        kills++
        const vault = new VaultStore({ files: new NodeVaultFiles(dataDir), protector })
        const opened = await vault.open()
        expect(opened.state).toBe('ready')
        if (opened.state === 'ready' && opened.cleanedTemp.length > 0) tornTempFiles++
        const result = await vault.read(CRASH_DOC_ID)
        // The current file is replaced by rename only, so it is never torn and never needs a backup.
        expect(result.recovered).toBe(false)
        const doc = result.doc as { version: number }
        expect([lastCommitted, lastCommitted + 1]).toContain(doc.version)
        expect(doc).toEqual(crashDoc(doc.version))
        expect(doc.version).toBeGreaterThanOrEqual(started)
        if (doc.version === lastCommitted + 1) killedMidWrite++
        await vault.close()
      }
      const leftovers = readdirSync(dataDir).filter(
        (n) => n.includes('.tmp-') || n.includes('corrupt'),
      )
      expect(leftovers).toEqual([])
      expect(existsSync(join(dataDir, 'profile.vault.bak3'))).toBe(true)
    }
    await Promise.all(laneDirs.map((dir) => lane(dir, Math.ceil(KILLS / LANES))))
    expect(kills).toBeGreaterThanOrEqual(KILLS)
    console.info(
      `crash test: ${kills} kills in ${((Date.now() - startedAt) / 1000).toFixed(1)} s, ` +
        `${tornTempFiles} left a half-written temp file, ` +
        `${killedMidWrite} landed after a rename but before its report`,
    )
  }, 120_000)
})
