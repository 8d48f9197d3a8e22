import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ProfileView } from '@shared/contract'
import { ERROR_CODES, type Result } from '@shared/ipc/result'
import { checkField, FIELD_RULES, ruleFor } from '@shared/profile/field-rules'
import {
  emptyProfile,
  emptyWorkplace,
  LONG_TEXT_MAX,
  SHORT_TEXT_MAX,
  type Profile,
} from '@shared/profile/model'
import { findRiskyChars, normalize, suggest } from '@shared/profile/normalize'
import { createUnitApp, type UnitApp } from '../testing/app'

/**
 * Random and hostile input to every profile field and to every profile / vault / postal channel,
 * through the real dispatcher: never a crash, always a typed error code naming the field, and the
 * stored profile unchanged by anything refused.
 */

const RUNS = { numRuns: 150 }
const LONG_FIELDS = new Set(['establishment.business', 'establishment.features'])

/** Every leaf of a profile with two 就業場所: [path, 'string' | 'boolean']. */
function leaves(node: unknown, prefix = ''): Array<[string, 'string' | 'boolean']> {
  if (typeof node === 'string') return [[prefix, 'string']]
  if (typeof node === 'boolean') return [[prefix, 'boolean']]
  if (typeof node !== 'object' || node === null) return []
  return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
}

const base = (): Profile => {
  const p = emptyProfile()
  p.workplaces.push(emptyWorkplace())
  return p
}
const LEAVES = leaves(base()).filter(([path]) => path !== 'version')
const STRING_PATHS = LEAVES.filter(([, kind]) => kind === 'string').map(([p]) => p)
const BOOLEAN_PATHS = LEAVES.filter(([, kind]) => kind === 'boolean').map(([p]) => p)

function setAt(target: unknown, path: string, value: unknown): void {
  const keys = path.split('.')
  let node = target as Record<string, unknown>
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>
  node[keys[keys.length - 1]!] = value
}

const maxFor = (path: string) => (LONG_FIELDS.has(path) ? LONG_TEXT_MAX : SHORT_TEXT_MAX)

/** Text a user, a paste or an attacker might send. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '①㈱Ⅲ髙﨑😀',
    'ｶﾞｷﾞｸﾞ ｱｲｳ',
    '\u0000\u0007\u202e\u200b\ufeff',
    '\ud800',
    '\udfff\ud800',
    '<img src=x onerror=alert(1)>',
    '{{constructor.constructor("x")()}}',
    '__proto__',
    "'; DROP TABLE profile; --",
    '％００１２３４５６７８９０',
    'か\u3099',
  ),
  fc.string({ minLength: SHORT_TEXT_MAX - 2, maxLength: SHORT_TEXT_MAX + 3 }),
  fc.string({ minLength: LONG_TEXT_MAX - 2, maxLength: LONG_TEXT_MAX + 3 }),
)

const notAString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constant(new Date(0)),
  fc.constant(new Map([['a', 'b']])),
)

let app: UnitApp
let stored: Profile

async function storedProfile(): Promise<Profile> {
  const result = (await app.dispatch('profile:get', ['default'])) as Result<ProfileView>
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value.profile
}

function expectTypedError(result: Result<unknown>): void {
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(ERROR_CODES).toContain(result.error.code)
  expect(result.error.code).not.toBe('internal')
}

beforeAll(async () => {
  app = await createUnitApp()
  stored = base()
  stored.establishment.name = '株式会社ベースライン'
  stored.company.soleProprietor = true
  const saved = await app.dispatch('profile:save', ['default', stored])
  expect(saved.ok).toBe(true)
})

describe('every profile field, directly', () => {
  it('checkField / normalize / suggest / findRiskyChars never throw and name the field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STRING_PATHS), hostileText, (path, value) => {
        const profile = base()
        setAt(profile, path, value)
        const rule = ruleFor(path)
        expect(rule, path).toBeDefined()
        for (const finding of checkField(path, value, profile)) {
          expect(finding.field).toBe(path)
          expect(['error', 'warning']).toContain(finding.severity)
        }
        const once = normalize(path, value)
        expect(normalize(path, once)).toBe(once)
        expect(once.length).toBeLessThanOrEqual(value.length + 2) // a code's hyphens
        const proposal = suggest(path, value)
        if (proposal !== null) expect(typeof proposal.value).toBe('string')
        for (const risky of findRiskyChars(value, rule?.chars)) {
          expect(value.slice(risky.index, risky.index + risky.char.length)).toBe(risky.char)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('every field rule is reachable from a profile path', () => {
    const ids = new Set(STRING_PATHS.map((p) => p.replace(/\.\d+\./, '.*.')))
    for (const rule of FIELD_RULES) expect(ids.has(rule.id), rule.id).toBe(true)
  })
})

describe('profile:save through the dispatcher', () => {
  it('stores any in-bounds text exactly; longer text is not saved, named, the rest saved', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...STRING_PATHS), hostileText, async (path, value) => {
        const payload = structuredClone(stored)
        // An edit elsewhere, which must be saved whatever happens to the field under test.
        const other = path === 'contact.extension' ? 'contact.department' : 'contact.extension'
        setAt(payload, other, '99')
        setAt(payload, path, value)
        const result = (await app.dispatch('profile:save', [
          'default',
          payload,
        ])) as Result<ProfileView>
        expect(result.ok, path).toBe(true)
        const expected = structuredClone(payload)
        if (value.length > maxFor(path)) {
          // The field keeps what was saved before; every other edit is saved.
          setAt(
            expected,
            path,
            path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], stored),
          )
          expect(result).toMatchObject({
            value: { refused: [{ field: path, max: maxFor(path), length: value.length }] },
          })
        } else {
          expect(result).toMatchObject({ value: { refused: [] } })
        }
        expect(await storedProfile()).toEqual(expected)
        // Put the baseline back for the next run.
        expect((await app.dispatch('profile:save', ['default', stored])).ok).toBe(true)
      }),
      RUNS,
    )
  }, 20_000)

  it('refuses a value of the wrong type in any field, naming it, unchanged', async () => {
    const fields = [
      ...STRING_PATHS.map((p) => [p, 'string'] as const),
      ...BOOLEAN_PATHS.map((p) => [p, 'boolean'] as const),
    ]
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fields),
        notAString,
        fc.string({ maxLength: 8 }),
        async ([path, kind], wrong, text) => {
          const value = kind === 'boolean' && typeof wrong === 'boolean' ? text : wrong
          const payload = structuredClone(stored)
          setAt(payload, path, value)
          const result = await app.dispatch('profile:save', ['default', payload])
          expectTypedError(result)
          expect(result).toMatchObject({ error: { code: 'invalid-payload', field: `1.${path}` } })
          expect(await storedProfile()).toEqual(stored)
        },
      ),
      RUNS,
    )
  })

  it('refuses unknown keys, prototype tricks and odd shapes, unchanged', async () => {
    const sections = ['company', 'establishment', 'contact', 'account', 'record', 'helloWork']
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...sections, 'workplaces.0', 'establishment.address'),
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 12 }),
          fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'),
        ),
        fc.jsonValue(),
        async (section, key, value) => {
          const payload = structuredClone(stored) as unknown as Record<string, unknown>
          const target = section
            .split('.')
            .reduce<Record<string, unknown>>(
              (node, k) => node[k] as Record<string, unknown>,
              payload,
            )
          if (Object.hasOwn(target, key)) return
          // JSON.parse makes `__proto__` an own key, as a crafted IPC message would.
          Object.defineProperty(target, key, { value, enumerable: true, configurable: true })
          const result = await app.dispatch('profile:save', ['default', payload])
          expectTypedError(result)
          if (!result.ok) {
            expect(result.error.code).toBe('invalid-payload')
            expect(result.error.field).toBe(`1.${section}.${key}`)
          }
          expect(await storedProfile()).toEqual(stored)
        },
      ),
      RUNS,
    )
  })

  it('refuses bad profile ids and too many 就業場所, unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 50 }), fc.constantFrom('../x', 'DEFAULT', 'a'.repeat(41))),
        async (id) => {
          fc.pre(!/^[a-z0-9-]{1,40}$/.test(id))
          const result = await app.dispatch('profile:save', [id, stored])
          expect(result).toMatchObject({
            ok: false,
            error: { code: 'invalid-payload', field: '0' },
          })
          expect(await storedProfile()).toEqual(stored)
        },
      ),
      { numRuns: 60 },
    )
    const many = structuredClone(stored)
    many.workplaces = Array.from({ length: 51 }, () => emptyWorkplace())
    expect(await app.dispatch('profile:save', ['default', many])).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', field: '1.workplaces' },
    })
  })
})

describe('every profile / vault / postal channel', () => {
  const channels = [
    'profile:get',
    'profile:save',
    'vault:status',
    'vault:usePassphrase',
    'vault:startFresh',
    'establishments:exportTo',
    'establishments:importRead',
    'establishments:importApply',
    'postal:lookup',
  ]
  /** Calls that change the stored profile when (and only when) they succeed. */
  const WRITERS = new Set(['profile:save', 'vault:startFresh', 'establishments:importApply'])

  it('answers any payload with a Result: never a crash, refusals typed and harmless', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...channels),
        fc.oneof(
          fc.anything(),
          fc.array(fc.anything(), { maxLength: 3 }),
          fc.tuple(hostileText),
          fc.tuple(fc.constant('default'), fc.anything()),
        ),
        async (channel, payload) => {
          // An empty argument list is a valid, real "start anew": covered by its own tests.
          fc.pre(
            !(channel === 'vault:startFresh' && Array.isArray(payload) && payload.length === 0),
          )
          const result = await app.dispatch(channel, payload)
          if (!result.ok) {
            expectTypedError(result)
            if (result.error.field !== undefined) expect(typeof result.error.field).toBe('string')
          }
          if (!(result.ok && WRITERS.has(channel))) {
            expect(await storedProfile()).toEqual(stored)
          } else {
            expect((await app.dispatch('profile:save', ['default', stored])).ok).toBe(true)
          }
          expect(app.unexpected).toEqual([])
        },
      ),
      { numRuns: 300 },
    )
  })

  it('postal:lookup proposes or refuses with the argument named, never touching the profile', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostileText, fc.stringMatching(/^〒?[0-9０-９]{3}[-ー－]?[0-9０-９]{4}$/)),
        async (code) => {
          const result = await app.dispatch('postal:lookup', [code])
          if (result.ok) {
            expect(result.value).toMatchObject({
              postalCode: expect.stringMatching(/^\d{3}-\d{4}$/),
            })
          } else {
            expect(['invalid-field', 'invalid-payload']).toContain(result.error.code)
            expect(result.error.field).toBe('0')
          }
          expect(await storedProfile()).toEqual(stored)
        },
      ),
      RUNS,
    )
  })

  it('vault:usePassphrase refuses every passphrase on a sound vault, naming the argument', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (passphrase) => {
        const result = await app.dispatch('vault:usePassphrase', [passphrase])
        expectTypedError(result)
        expect(result).toMatchObject({ error: { field: '0' } })
        expect(await storedProfile()).toEqual(stored)
      }),
      RUNS,
    )
  })

  it('establishments:importRead refuses random or damaged files and wrong passphrases, unchanged', async () => {
    app.desk.savePaths.push('/real.hwnavi')
    const exported = await app.dispatch('establishments:exportTo', [
      'a good passphrase',
      ['default'],
    ])
    expect(exported.ok).toBe(true)
    const real = app.desk.written.get('/real.hwnavi')!
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
          fc.nat({ max: real.length - 1 }).map((i) => {
            const copy = Buffer.from(real)
            copy[i] = copy[i]! ^ 0x01
            return copy
          }),
          fc.nat({ max: real.length - 1 }).map((n) => real.subarray(0, n)),
        ),
        fc.oneof(fc.constant('a good passphrase'), fc.string({ minLength: 10, maxLength: 30 })),
        async (bytes, passphrase) => {
          app.desk.written.set('/in.hwnavi', bytes)
          app.desk.openPaths.push('/in.hwnavi')
          const result = await app.dispatch('establishments:importRead', [passphrase])
          expectTypedError(result)
          if (!result.ok) {
            expect(['invalid-payload', 'wrong-passphrase']).toContain(result.error.code)
            expect(['file', 'passphrase']).toContain(result.error.field)
          }
          expect(await storedProfile()).toEqual(stored)
        },
      ),
      { numRuns: 100 },
    )
  })
})
