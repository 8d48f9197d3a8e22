import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contract } from '@shared/contract'
import { emptyProgress, type GuideProgress } from '@shared/guide/progress'
import { createDispatcher } from '../dispatcher'
import { MemoryVaultFiles } from '../vault/testing/memory-vault-files'
import { StaticKeyProtector } from '../vault/testing/static-key-protector'
import { VaultStore } from '../vault'
import { GuideService } from './guide-service'

class MovingClock {
  constructor(public ms = Date.parse('2026-11-26T01:00:00Z')) {}
  now() {
    return this.ms
  }
}

async function setup() {
  const clock = new MovingClock()
  const files = new MemoryVaultFiles()
  const vault = new VaultStore({ files, protector: new StaticKeyProtector(randomBytes(32)), clock })
  await vault.open()
  const service = new GuideService(vault, clock)
  const dispatch = createDispatcher(
    { guide: { get: contract.guide.get, save: contract.guide.save } },
    {
      guide: {
        get: (profileId) => service.get(profileId),
        save: (profileId, progress) => service.save(profileId, progress),
      },
    },
  )
  return { clock, files, vault, service, dispatch }
}

const snapshot = (files: MemoryVaultFiles) =>
  Object.fromEntries([...files.files].map(([name, data]) => [name, data.toString('hex')]))

function walked(): GuideProgress {
  return {
    ...emptyProgress(),
    caseAnswers: { filedBefore: 'no' },
    checked: ['2/1', '2/2', '2/3'],
    honToroku: { firstOfferViaMyPage: true, myPageOpenedAtCounter: false },
    kariTorokuDate: '2026-12-01',
    confirmations: { mailboxOnThisPc: true },
    notes: '窓口で求人票の控えを受け取る',
  }
}

describe('GuideService', () => {
  it('starts empty and never changed', async () => {
    const { service } = await setup()
    expect(await service.get('default')).toEqual({
      profileId: 'default',
      progress: emptyProgress(),
      lastChangedAt: null,
      refused: [],
      notice: null,
    })
  })

  it('keeps progress per profile, with the time of the last change, across a new service', async () => {
    const { clock, vault, service } = await setup()
    await service.save('default', walked())
    clock.ms += 60_000
    const second = { ...emptyProgress(), caseAnswers: { filedBefore: 'yes', method: '1' } } as const
    const saved = await service.save('other', second)
    expect(saved.lastChangedAt).toBe(clock.ms)

    const restarted = new GuideService(vault, clock)
    const first = await restarted.get('default')
    expect(first.progress).toEqual(walked())
    expect(first.lastChangedAt).toBe(Date.parse('2026-11-26T01:00:00Z'))
    expect((await restarted.get('other')).progress.caseAnswers).toEqual({
      filedBefore: 'yes',
      method: '1',
    })
    expect((await restarted.get('third')).progress).toEqual(emptyProgress())
  })

  it('stores the progress encrypted: no answer or note in the vault files', async () => {
    const { files, service } = await setup()
    await service.save('default', walked())
    const all = Buffer.concat([...files.files.values()]).toString('utf8')
    expect(all).not.toContain('窓口で求人票')
    expect(all).not.toContain('2026-12-01')
    expect(all).not.toContain('firstOfferViaMyPage')
  })

  it('copies an unreadable document aside and starts afresh', async () => {
    const { vault, service } = await setup()
    await vault.write('default_guide', { progress: { checked: ['9/9'] }, lastChangedAt: 1 })
    const view = await service.get('default')
    expect(view.progress).toEqual(emptyProgress())
    expect(view.notice).toMatchObject({ kind: 'kept-unreadable' })
  })

  it.each([
    ['a bad profile id', ['../x', emptyProgress()], '0'],
    ['a missing progress', ['default'], undefined],
    ['an extra argument', ['default', emptyProgress(), 1], undefined],
    ['an unknown key', ['default', { ...emptyProgress(), password: 'hunter2' }], undefined],
    ['an unknown step', ['default', { checked: ['2/7'] }], '1.checked.0'],
    ['a duplicated step', ['default', { checked: ['2/1', '2/1'] }], '1.checked'],
    ['a prototype-polluting key', ['default', JSON.parse('{"__proto__":{"x":1}}')], undefined],
    ['a class instance', ['default', new Date()], undefined],
    ['a huge note', ['default', { notes: 'x'.repeat(100_000) }], '1.notes'],
    ['a client-chosen change time', ['default', { lastChangedAt: 0 }], undefined],
    ['a bad date', ['default', { kariTorokuDate: '2026-13-01' }], '1.kariTorokuDate'],
  ])('refuses %s with a typed error and leaves the store unchanged', async (_l, args, field) => {
    const { files, dispatch, service } = await setup()
    await service.save('default', walked())
    const before = snapshot(files)
    const result = await dispatch('guide:save', args)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-payload')
      if (field !== undefined) expect(result.error.field).toBe(field)
    }
    expect(snapshot(files)).toEqual(before)
    expect((await service.get('default')).progress).toEqual(walked())
  })

  it('saves through the dispatcher what the schema accepts', async () => {
    const { dispatch, service } = await setup()
    const result = await dispatch('guide:save', ['default', { checked: ['1-1/1'] }])
    expect(result).toMatchObject({ ok: true })
    expect((await service.get('default')).progress.checked).toEqual(['1-1/1'])
  })
})
