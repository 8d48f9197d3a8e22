import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { channels } from '@shared/ipc/channels'
import { ERROR_CODES, type Result } from '@shared/ipc/result'
import { sampleDraft, sampleProfile } from '@shared/job-offer/testing/fixtures'
import { emptyProgress } from '@shared/guide/progress'
import { PASSPHRASE_MAX_LENGTH } from '@shared/vault'
import { createUnitApp, type UnitApp } from './testing/app'
import { MemoryVaultFiles } from './vault/testing/memory-vault-files'
import { deriveKey } from './vault/kdf'

/**
 * Hostile payloads through the real dispatcher, on every call channel: extra and prototype keys,
 * huge strings, deep nesting, wrong types, NaN, negatives. Every answer is a Result, no refusal is
 * an unexpected error, and nothing a refused call touched changed. Work that grows with the input
 * (Unicode normalisation, key derivation) is counted, never timed.
 */

vi.mock('./vault/kdf', async (original) => {
  const real = await original<typeof import('./vault/kdf')>()
  return { ...real, deriveKey: vi.fn(real.deriveKey) }
})
const derivations = vi.mocked(deriveKey)

const RUNS = 10_000
/** Every code a refusal may carry: anything but 'internal', which would be an unexpected error. */
const CODES = ERROR_CODES.filter((code) => code !== 'internal')
const CALLS = channels.filter((c) => c.kind === 'call').map((c) => c.channel)

let app: UnitApp
let files: MemoryVaultFiles
/** Characters Unicode-normalised during one call: bounded, whatever the payload's size. */
let normalised = 0
const realNormalize = String.prototype.normalize

beforeAll(async () => {
  files = new MemoryVaultFiles()
  app = await createUnitApp({ files })
  // Something real to protect: a profile, guide progress, a draft, a countdown, a setting.
  await app.services.profile.save('default', sampleProfile())
  await app.services.guide.save('default', { ...emptyProgress(), notes: 'メモ' })
  await app.services.drafts.save('default', sampleDraft())
  app.services.timer.start('default')
  app.services.settings.setLocale('en')
  String.prototype.normalize = function (this: string, form?: string) {
    normalised += String(this).length
    return realNormalize.call(this, form)
  }
})

afterAll(() => {
  String.prototype.normalize = realNormalize
})

/** Everything a call could change: vault files, settings, timers, held edits, the OS. */
function state(): string {
  const hash = createHash('sha256')
  for (const [name, bytes] of [...files.files].sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(name).update(bytes)
  }
  hash.update(JSON.stringify([...app.stores.settings.data]))
  hash.update(JSON.stringify([...app.stores.timer.data]))
  hash.update(JSON.stringify(app.services.edits.pending()))
  hash.update(JSON.stringify(app.outside))
  hash.update(JSON.stringify([...app.desk.written.keys()]))
  return hash.digest('hex')
}

const deep = (depth: number, leaf: unknown): unknown => {
  let node = leaf
  for (let i = 0; i < depth; i++) node = i % 2 ? [node] : { a: node }
  return node
}

const huge = fc.constantFrom(
  'x'.repeat(200_000),
  'が'.repeat(100_000),
  '\u0000'.repeat(50_000),
  '𠮷'.repeat(60_000),
)
const odd = fc.constantFrom(
  NaN,
  -1,
  -0,
  Infinity,
  -Infinity,
  2 ** 53,
  1.5,
  '',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '\\\\host\\share\\x.png',
  'default',
  'draft-1',
  null,
  true,
)
const protoKeys = fc
  .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'), fc.jsonValue())
  .map(([key, value]) => JSON.parse(`{"${key}": ${JSON.stringify(value)}, "extra": 1}`) as unknown)
const deepNesting = fc.integer({ min: 50, max: 3000 }).map((n) => deep(n, 'x'))
const hostile = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.anything({
      maxDepth: 4,
      withNullPrototype: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withBigInt: true,
      withSparseArray: true,
    }),
  },
  { weight: 3, arbitrary: odd },
  { weight: 2, arbitrary: protoKeys },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: huge },
)
/** The shapes real arguments have, each with one part made hostile. */
const payload = fc.oneof(
  hostile,
  fc.array(hostile, { maxLength: 4 }),
  fc.tuple(fc.constant('default'), hostile),
  fc.tuple(fc.constant('default'), hostile, hostile),
  fc.tuple(
    fc.constant('default'),
    fc
      .constantFrom<unknown>(sampleProfile(), sampleDraft(), emptyProgress())
      .chain((doc) =>
        fc
          .tuple(fc.constantFrom('__proto__', 'extra', 'id', 'version', 'company', 'job'), hostile)
          .map(
            ([key, value]) =>
              JSON.parse(JSON.stringify({ ...(doc as object), [key]: null }), (k, v) =>
                k === key ? value : v,
              ) as unknown,
          ),
      ),
  ),
  fc.tuple(
    fc.record({
      kind: fc.constantFrom('profile', 'guide', 'draft'),
      profileId: fc.constant('default'),
      revision: odd,
      doc: hostile,
    }),
  ),
  fc.tuple(fc.record({ profileId: odd, receivedAt: odd })),
)

describe('the dispatcher under hostile payloads', () => {
  it(`answers ${RUNS} hostile calls across every channel: typed refusals, nothing changed`, async () => {
    let refused = 0
    const seen = new Set<string>()
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CALLS), payload, async (channel, args) => {
        seen.add(channel)
        const before = state()
        derivations.mockClear()
        normalised = 0
        const result = (await app.dispatch(channel, args)) as Result<unknown>
        expect(typeof result.ok, channel).toBe('boolean')
        expect(app.unexpected, channel).toEqual([])
        expect(normalised, channel).toBeLessThanOrEqual(2 * PASSPHRASE_MAX_LENGTH)
        if (!result.ok) {
          refused++
          expect(CODES, `${channel}: ${result.error.code}`).toContain(result.error.code)
          expect(state(), `${channel} refused but changed something`).toBe(before)
          expect(derivations, channel).not.toHaveBeenCalled()
        }
      }),
      { numRuns: RUNS },
    )
    expect([...seen].sort()).toEqual([...CALLS].sort())
    // Nearly everything hostile is refused; the few that pass are calls with no arguments.
    expect(refused).toBeGreaterThan(RUNS * 0.8)
  }, 600_000)
})
