import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { documentId } from '@shared/profiles'
import { emptyProfile, type Profile } from '@shared/profile/model'
import { NodeVaultFiles } from '../../../adapters/vault-fs'
import { StaticKeyProtector } from '../../vault/testing/static-key-protector'
import { VaultStore } from '../../vault'
import { benchOpen } from '../../vault/testing/bench'
import { systemClock } from '../../ports'
import { ProfileService } from '../profile-service'

/** Fills every text field of a profile with realistic Japanese text: a "full" profile. */
export function fullProfile(): Profile {
  const fill = (node: unknown, path: string): unknown => {
    if (typeof node === 'string')
      return `${path.split('.').at(-1) ?? ''}：株式会社さくら工務店 新潟市中央区`
    if (typeof node === 'boolean') return node
    if (Array.isArray(node)) return node.map((item, i) => fill(item, `${path}.${i}`))
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v, `${path}.${k}`)]))
    }
    return node
  }
  const profile = emptyProfile()
  profile.workplaces = [profile.workplaces[0]!, profile.workplaces[0]!, profile.workplaces[0]!]
  return fill(profile, 'profile') as Profile
}

export interface ProfileBench {
  /** Median of ProfileService.get (disk read + decrypt + parse + validate) over JSON.parse. */
  openRatio: number
  openMicros: number
  parseMicros: number
  documentBytes: number
  /** One production scrypt derivation (the export passphrase), ms. */
  exportKdfMs: number
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

/** The data key is unwrapped once, at open, as in the app; each `get` reads the file from disk. */
export async function benchProfileOpen(batches = 31, batchSize = 200): Promise<ProfileBench> {
  const dir = mkdtempSync(join(tmpdir(), 'hwmp-bench-'))
  const vault = new VaultStore({
    files: new NodeVaultFiles(dir),
    protector: new StaticKeyProtector(randomBytes(32)),
  })
  const opened = await vault.open()
  if (opened.state !== 'ready') throw new Error('bench vault did not open')
  const service = new ProfileService(vault, systemClock)
  const profile = fullProfile()
  await service.save('bench', profile)
  const plaintext = JSON.stringify(profile)
  const check = await service.get('bench')
  if (JSON.stringify(check.profile) !== plaintext) throw new Error('round trip changed the profile')
  void documentId

  const open: number[] = []
  const parse: number[] = []
  let sink = 0
  // The first batches warm the JIT for both sides; only steady-state batches count.
  const warmup = 5
  for (let b = 0; b < batches + warmup; b++) {
    let start = performance.now()
    for (let i = 0; i < batchSize; i++) sink += (await service.get('bench')).profile ? 1 : 0
    const openMs = performance.now() - start
    start = performance.now()
    for (let i = 0; i < batchSize; i++) sink += JSON.parse(plaintext) ? 1 : 0
    const parseMs = performance.now() - start
    if (b >= warmup) {
      open.push((openMs * 1000) / batchSize)
      parse.push((parseMs * 1000) / batchSize)
    }
  }
  if (sink === 0) throw new Error('unreachable')
  const kdf = await benchOpen({ batches: 1, batchSize: 1, kdfRuns: 3 })
  return {
    openRatio: median(open) / median(parse),
    openMicros: median(open),
    parseMicros: median(parse),
    documentBytes: Buffer.byteLength(plaintext),
    exportKdfMs: kdf.kdfMs,
  }
}
