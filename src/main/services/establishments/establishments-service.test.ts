import { describe, expect, it, vi } from 'vitest'
import type { ProfileView } from '@shared/contract'
import type { DraftsView } from '@shared/drafts'
import type { CreatedEstablishment, EstablishmentsView } from '@shared/establishments'
import { emptyProgress } from '@shared/guide/progress'
import { sampleDraft, sampleProfile } from '@shared/job-offer/testing/fixtures'
import { hurriedOffer } from '@shared/job-offer/testing/offers'
import { emptyProfile, type Profile } from '@shared/profile/model'
import { ESTABLISHMENT_INDEX_ID } from '@shared/profiles'
import type { TimerState } from '@shared/timer'
import { DomainError } from '@shared/ipc/result'
import { createUnitApp, type UnitApp, type UnitAppOptions } from '../testing/app'
import { MemoryVaultFiles } from '../vault/testing/memory-vault-files'
import { call, value } from './testing/dispatch'

const list = (app: UnitApp) => value<EstablishmentsView>(app, 'establishments:list')
const create = async (app: UnitApp, name: string, kana = '') =>
  (await value<CreatedEstablishment>(app, 'establishments:create', { name, kana })).id

/** The same data folder and settings, new services: what a restart of the app is. */
const restart = (app: UnitApp, options: UnitAppOptions = {}) =>
  createUnitApp({
    files: app.files,
    machineSecret: app.machineSecret,
    stores: app.stores,
    desk: app.desk,
    ...options,
  })

function profileNamed(name: string, officeNumber = ''): Profile {
  const p = sampleProfile()
  p.establishment.name = name
  p.record.officeNumber = officeNumber
  return p
}

const fileNames = (app: UnitApp) => [...(app.files as MemoryVaultFiles).files.keys()].sort()

describe('a new installation', () => {
  it('has one establishment, 「事業所1」, and writes nothing until something is saved', async () => {
    const app = await createUnitApp()
    const view = await list(app)
    expect(view.establishments.map((r) => [r.id, r.name])).toEqual([['default', '事業所1']])
    expect(view.activeId).toBe('default')
    expect(view.notice).toBeNull()
    expect(fileNames(app)).toEqual(['vault.key', 'vault.key.bak'])
    await value(app, 'profile:save', 'default', profileNamed('さくら工務店'))
    expect(await app.vault.list()).toEqual(['default_profile', ESTABLISHMENT_INDEX_ID])
  })
})

describe('create and rename', () => {
  it('adds an establishment under a new id, not active until switched to', async () => {
    const app = await createUnitApp()
    const id = await create(app, 'さくら工務店 長岡店', 'サクラコウムテン ナガオカテン')
    const view = await list(app)
    expect(view.establishments.map((r) => r.name)).toEqual(['事業所1', 'さくら工務店 長岡店'])
    expect(id).toMatch(/^est-[0-9a-f]{10}$/)
    expect(view.activeId).toBe('default')
    expect(view.establishments[1]).toMatchObject({ kana: 'サクラコウムテン ナガオカテン' })
  })

  it('refuses an empty name and a name another establishment has, naming the field', async () => {
    const app = await createUnitApp()
    const id = await create(app, 'さくら工務店')
    expect(await call(app, 'establishments:create', { name: ' \u3000 ', kana: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-field', field: '0.name' },
    })
    // The same name in full-width letters, other spaces or case is the same name.
    expect(
      await call(app, 'establishments:create', { name: 'さくら　工務店', kana: '' }),
    ).toMatchObject({ ok: false, error: { code: 'conflict', field: '0.name' } })
    expect(
      await call(app, 'establishments:rename', 'default', { name: 'さくら工務店', kana: '' }),
    ).toMatchObject({ ok: false, error: { code: 'conflict', field: '1.name' } })
    expect(await call(app, 'establishments:rename', id, { name: '', kana: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-field', field: '1.name' },
    })
    // Its own name again is no conflict.
    expect(
      (
        await value<EstablishmentsView>(app, 'establishments:rename', id, {
          name: ' さくら工務店 ',
          kana: 'サクラ',
        })
      ).establishments[1],
    ).toMatchObject({ name: 'さくら工務店', kana: 'サクラ' })
    expect((await list(app)).establishments).toHaveLength(2)
  })

  it('refuses payloads that are not an establishment input at the boundary', async () => {
    const app = await createUnitApp()
    for (const input of [
      { name: 'x'.repeat(101), kana: '' },
      { name: 'x' },
      { name: 'x', kana: '', extra: 1 },
      'x',
    ]) {
      expect(await call(app, 'establishments:create', input)).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      })
    }
    expect(
      await call(app, 'establishments:rename', 'NOT AN ID', { name: 'x', kana: '' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-payload', field: '0' } })
    expect(
      await call(app, 'establishments:rename', 'est-none', { name: 'x', kana: '' }),
    ).toMatchObject({ ok: false, error: { code: 'not-found', field: '0' } })
  })
})

describe('the index', () => {
  it('follows each save: 事業所名 and 事業所番号, completeness with errors not done, drafts, the guide', async () => {
    const app = await createUnitApp()
    const profile = profileNamed('株式会社さくら工務店', '1501-123456-7')
    await value(app, 'profile:save', 'default', profile)
    let row = (await list(app)).establishments[0]!
    expect(row.summary).toMatchObject({
      profileName: '株式会社さくら工務店',
      officeNumber: '1501-123456-7',
      profileErrors: 0,
      drafts: 0,
      findingsOn: null,
      guideCase: null,
    })
    const done = row.summary.profileDone
    expect(done).toBe(row.summary.profileTotal)
    expect(row.changedAt).toBe(Date.parse('2026-11-26T10:00:00Z'))
    // The name the app gave follows the 事業所名 until the user names it.
    expect(row.name).toBe('株式会社さくら工務店')

    // A filled field with an error is not done.
    profile.company.corporateNumber = '1234567890123'
    await value(app, 'profile:save', 'default', profile)
    row = (await list(app)).establishments[0]!
    expect(row.summary.profileErrors).toBe(1)
    expect(row.summary.profileDone).toBe(done - 1)

    await value(app, 'drafts:save', 'default', sampleDraft())
    await value(app, 'drafts:save', 'default', { ...hurriedOffer().draft, id: 'hurried' })
    row = (await list(app)).establishments[0]!
    expect(row.summary).toMatchObject({
      drafts: 2,
      draftsWithFindings: expect.any(Number),
      draftsRefused: 1,
      findingsOn: '2026-11-26',
    })
    expect(row.summary.draftsWithFindings).toBeGreaterThanOrEqual(1)

    await value(app, 'guide:save', 'default', {
      ...emptyProgress(),
      caseAnswers: { filedBefore: 'no' },
      checked: ['2/1', '2/2'],
      kariTorokuDate: '2026-11-20',
    })
    row = (await list(app)).establishments[0]!
    // 11-20 + 14 = 12-04, a Friday.
    expect(row.summary).toMatchObject({
      guideCase: '2',
      stepsDone: 2,
      stepsTotal: 6,
      deadline: '2026-12-04',
    })
    // Once 本登録 is done, no deadline runs.
    await value(app, 'guide:save', 'default', {
      ...emptyProgress(),
      caseAnswers: { filedBefore: 'no' },
      checked: ['2/1', '2/2', '2/3', '2/4', '2/5', '2/6'],
      kariTorokuDate: '2026-11-20',
    })
    expect((await list(app)).establishments[0]!.summary.deadline).toBeNull()
  })

  it('lists accepted offers with their last day, for the home screen', async () => {
    const app = await createUnitApp()
    const accepted = sampleDraft()
    accepted.acceptance.acceptedOn = '2026-10-01'
    accepted.acceptance.offerNumber = '15010-12345671'
    await value(app, 'drafts:save', 'default', accepted)
    const ended = { ...sampleDraft(), id: 'ended' }
    ended.acceptance.acceptedOn = '2026-01-05'
    await value(app, 'drafts:save', 'default', ended)
    expect((await list(app)).establishments[0]!.summary.endings).toEqual([
      {
        draftId: 'sample-carpenter',
        title: accepted.job.title,
        validUntil: '2026-12-31',
        offerNumber: '15010-12345671',
      },
      { draftId: 'ended', title: ended.job.title, validUntil: '2026-03-31', offerNumber: '' },
    ])
  })

  it('is read on its own after a restart: listing opens no establishment but the active one', async () => {
    const first = await createUnitApp()
    const ids = [await create(first, '二号店'), await create(first, '三号店')]
    for (const [i, id] of ['default', ...ids].entries()) {
      await value(first, 'profile:save', id, profileNamed(`店${i}`))
      await value(first, 'drafts:save', id, sampleDraft())
    }
    const app = await restart(first)
    const read = vi.spyOn(app.vault, 'read')
    const view = await list(app)
    expect(view.establishments.map((r) => r.summary.profileName)).toEqual(['店0', '店1', '店2'])
    // Give the check after the first list its turn.
    await list(app)
    const opened = read.mock.calls.map(([id]) => id)
    expect(opened).toContain(ESTABLISHMENT_INDEX_ID)
    for (const id of ids) {
      expect(opened).not.toContain(`${id}_profile`)
      expect(opened).not.toContain(`${id}_drafts`)
    }
  })

  it('is made again from the documents when it is missing, and says so', async () => {
    const first = await createUnitApp()
    const id = await create(first, '二号店')
    await value(first, 'profile:save', 'default', profileNamed('本店'))
    await value(first, 'profile:save', id, profileNamed('', '1501-000001-1'))
    const files = (first.files as MemoryVaultFiles).files
    for (const name of [...files.keys()]) if (name.startsWith('establishments.')) files.delete(name)
    const app = await restart(first)
    const view = await list(app)
    expect(view.notice).toEqual({ kind: 'rebuilt', reason: 'missing', establishments: 2 })
    expect(view.establishments.map((r) => [r.id, r.name, r.summary.officeNumber])).toEqual([
      ['default', '本店', ''],
      [id, '事業所2', '1501-000001-1'],
    ])
    expect(await app.vault.list()).toContain(ESTABLISHMENT_INDEX_ID)
  })

  it('is made again once from long names and texts, and read as it was written after that', async () => {
    const first = await createUnitApp()
    const id = await create(first, '二号店')
    const long = '長'.repeat(300)
    const profile = profileNamed(long, '1501-000001-1')
    await value(first, 'profile:save', id, profile)
    // A removed establishment whose 事業所名 is longer than a name in the list may be.
    await value(first, 'establishments:remove', id)
    const files = (first.files as MemoryVaultFiles).files
    for (const name of [...files.keys()]) if (name.startsWith('establishments.')) files.delete(name)
    const second = await restart(first)
    const rebuilt = await list(second)
    expect(rebuilt.notice).toMatchObject({ kind: 'rebuilt', reason: 'missing' })
    expect(rebuilt.removed.map((r) => r.name)).toEqual([long.slice(0, 100)])
    const third = await restart(second)
    expect((await list(third)).notice).toBeNull()
  })

  it('is made again when unreadable, the unreadable file kept aside, never deleted', async () => {
    const first = await createUnitApp()
    await value(first, 'profile:save', 'default', profileNamed('本店'))
    const files = (first.files as MemoryVaultFiles).files
    files.set('establishments.vault', Buffer.from('not a vault document'))
    for (const name of [...files.keys()])
      if (name.startsWith('establishments.vault.bak')) files.delete(name)
    const app = await restart(first)
    const view = await list(app)
    expect(view.notice).toMatchObject({ kind: 'rebuilt', reason: 'unreadable', establishments: 1 })
    expect(view.establishments.map((r) => r.name)).toEqual(['本店'])
    const kept = [...files.keys()].filter((n) => n.startsWith('establishments.vault.corrupt-'))
    expect(kept).toHaveLength(1)
    expect(files.get(kept[0]!)?.toString()).toBe('not a vault document')
  })

  it('that decrypts but does not fit is copied aside and made again', async () => {
    const first = await createUnitApp()
    await value(first, 'profile:save', 'default', profileNamed('本店'))
    await first.vault.write(ESTABLISHMENT_INDEX_ID, { version: 1, establishments: 'planted' })
    const app = await restart(first)
    const view = await list(app)
    expect(view.notice).toMatchObject({ kind: 'rebuilt', reason: 'unreadable' })
    const keptAs = view.notice?.kind === 'rebuilt' ? view.notice.keptAs : undefined
    expect(keptAs).toMatch(/^establishments\.unreadable-[0-9a-f]{16}$/)
    expect((await app.vault.read(keptAs!)).doc).toEqual({ version: 1, establishments: 'planted' })
  })

  it('learns of establishments the folder has but it does not (a save it never heard of)', async () => {
    const first = await createUnitApp()
    await value(first, 'profile:save', 'default', profileNamed('本店'))
    // As if the app stopped between an import's documents and its index.
    await first.vault.write('est-0123456789_profile', profileNamed('見つかった店'))
    const app = await restart(first)
    await list(app)
    await expect
      .poll(async () => (await list(app)).establishments.map((r) => r.name))
      .toEqual(['本店', '見つかった店'])
    expect((await list(app)).notice).toEqual({ kind: 'found', establishments: 1 })
  })
})

describe('remove and restore', () => {
  async function three() {
    const app = await createUnitApp()
    const b = await create(app, '二号店')
    const c = await create(app, '三号店')
    await value(app, 'profile:save', b, profileNamed('二号店', '1501-000002-2'))
    await value(app, 'profile:save', b, profileNamed('二号店 改', '1501-000002-2'))
    await value(app, 'drafts:save', b, sampleDraft())
    await value(app, 'guide:save', b, { ...emptyProgress(), notes: '二号店のメモ' })
    return { app, b, c }
  }

  it('moves the documents aside, never deletes them, stops the countdown and drops held edits', async () => {
    const { app, b } = await three()
    await value<TimerState>(app, 'timer:start', { profileId: b })
    app.services.edits.hold({ kind: 'profile', profileId: b, revision: 1, doc: emptyProfile() })
    app.services.edits.hold({
      kind: 'profile',
      profileId: 'default',
      revision: 1,
      doc: emptyProfile(),
    })
    const before = fileNames(app).filter((n) => n.startsWith(`${b}_`))
    expect(before.length).toBeGreaterThanOrEqual(4)
    const view = await value<EstablishmentsView>(app, 'establishments:remove', b)
    expect(view.establishments.map((r) => r.name)).toEqual(['事業所1', '三号店'])
    expect(view.removed).toEqual([
      expect.objectContaining({
        id: b,
        name: '二号店',
        officeNumber: '1501-000002-2',
        reason: 'removed',
      }),
    ])
    const after = fileNames(app).filter((n) => n.startsWith(`${b}_`))
    expect(after).toHaveLength(before.length)
    expect(after.every((n) => /\.removed-\d{8}T\d{6}/.test(n))).toBe(true)
    expect((await value<{ setAside: string[] }>(app, 'vault:status')).setAside).toEqual(
      expect.arrayContaining(view.removed[0]!.files),
    )
    expect((await value<TimerState>(app, 'timer:state', b)).status).toBe('cancelled')
    expect(app.services.edits.pending().map((e) => e.profileId)).toEqual(['default'])
  })

  it('keeps what a removal moved before it failed, so a restore puts it all back', async () => {
    const { app, b } = await three()
    const remove = app.vault.remove.bind(app.vault)
    // The guide's file is in use (Windows): the profile was moved aside, the guide and drafts not.
    const spy = vi.spyOn(app.vault, 'remove').mockImplementation(async (id) => {
      if (id === `${b}_guide`) throw new DomainError('busy', undefined, 'in use')
      return remove(id)
    })
    expect(await call(app, 'establishments:remove', b)).toMatchObject({
      ok: false,
      error: { code: 'busy' },
    })
    spy.mockRestore()
    const removed = (await list(app)).removed.find((r) => r.id === b)!
    expect(removed.files.length).toBeGreaterThan(0)
    await value(app, 'establishments:restore', { id: b, removedAt: removed.removedAt })
    expect((await value<ProfileView>(app, 'profile:get', b)).profile.establishment.name).toBe(
      '二号店 改',
    )
    expect((await value<DraftsView>(app, 'drafts:list', b)).drafts).toHaveLength(1)
    expect(fileNames(app).filter((n) => n.includes('.removed-'))).toEqual([])
  })

  it('refuses a late save to a removed establishment: it does not come back', async () => {
    const { app, b } = await three()
    await value(app, 'establishments:remove', b)
    const files = fileNames(app)
    expect(await call(app, 'profile:save', b, profileNamed('遅れた保存'))).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await call(app, 'drafts:save', b, sampleDraft())).toMatchObject({ ok: false })
    expect(fileNames(app)).toEqual(files)
    expect((await list(app)).establishments).toHaveLength(2)
  })

  it('puts a removed establishment back as it was, under its own id', async () => {
    const { app, b } = await three()
    const removed = (await value<EstablishmentsView>(app, 'establishments:remove', b)).removed[0]!
    const view = await value<EstablishmentsView>(app, 'establishments:restore', {
      id: b,
      removedAt: removed.removedAt,
    })
    expect(view.removed).toEqual([])
    expect(view.establishments.map((r) => [r.id, r.name])).toContainEqual([b, '二号店'])
    expect((await value<ProfileView>(app, 'profile:get', b)).profile.establishment.name).toBe(
      '二号店 改',
    )
    expect((await value<DraftsView>(app, 'drafts:list', b)).drafts).toHaveLength(1)
    expect(fileNames(app).filter((n) => n.includes('.removed-'))).toEqual([])
    // Its backups came back too.
    expect(fileNames(app)).toContain(`${b}_profile.vault.bak1`)
  })

  it('puts everything back when the folder cannot be listed at restore time', async () => {
    const { app, b } = await three()
    const removed = (await value<EstablishmentsView>(app, 'establishments:remove', b)).removed[0]!
    // A folder an antivirus holds: the listing fails, the files themselves are still there.
    const failing = vi
      .spyOn(app.files, 'list')
      .mockRejectedValue(Object.assign(new Error('busy'), { code: 'EBUSY' }))
    await value(app, 'establishments:restore', { id: b, removedAt: removed.removedAt })
    failing.mockRestore()
    expect((await value<ProfileView>(app, 'profile:get', b)).profile.establishment.name).toBe(
      '二号店 改',
    )
    expect((await value<DraftsView>(app, 'drafts:list', b)).drafts).toHaveLength(1)
    expect(fileNames(app).filter((n) => n.includes('.removed-'))).toEqual([])
  })

  it('finishes a restore that was interrupted after some files were put back', async () => {
    const { app, b } = await three()
    const removed = (await value<EstablishmentsView>(app, 'establishments:remove', b)).removed[0]!
    const backup = removed.files.find((n) => n.includes('_profile.vault.bak1'))!
    const files = (app.files as MemoryVaultFiles).files
    // The earlier restore moved one backup back, then stopped.
    await app.files.rename(backup, backup.replace(/\.removed-.*$/, ''))
    expect(files.has(backup)).toBe(false)
    await value(app, 'establishments:restore', { id: b, removedAt: removed.removedAt })
    expect((await value<ProfileView>(app, 'profile:get', b)).profile.establishment.name).toBe(
      '二号店 改',
    )
    expect(fileNames(app).filter((n) => n.includes('.removed-'))).toEqual([])
    expect(fileNames(app)).toContain(`${b}_profile.vault.bak1`)
  })

  it('restores under another name when its name was given to another meanwhile', async () => {
    const { app, b } = await three()
    const removed = (await value<EstablishmentsView>(app, 'establishments:remove', b)).removed[0]!
    await create(app, '二号店')
    const view = await value<EstablishmentsView>(app, 'establishments:restore', {
      id: b,
      removedAt: removed.removedAt,
    })
    expect(view.establishments.find((r) => r.id === b)?.name).toBe('二号店（2）')
  })

  it('switches the active establishment to another when the active one is removed', async () => {
    const { app, b, c } = await three()
    await value(app, 'establishments:activate', b)
    const view = await value<EstablishmentsView>(app, 'establishments:remove', b)
    expect(view.activeId).toBe('default')
    expect(app.stores.settings.get('activeEstablishment')).toBe('default')
    await value(app, 'establishments:remove', c)
    expect(await call(app, 'establishments:remove', 'default')).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: '0' },
    })
  })

  it('finds removed establishments again from the files when the index is made anew', async () => {
    const { app, b } = await three()
    await value(app, 'establishments:remove', b)
    const files = (app.files as MemoryVaultFiles).files
    for (const name of [...files.keys()]) if (name.startsWith('establishments.')) files.delete(name)
    const again = await restart(app)
    const view = await list(again)
    expect(view.removed).toEqual([
      expect.objectContaining({ id: b, name: '二号店 改', officeNumber: '1501-000002-2' }),
    ])
    await value(again, 'establishments:restore', { id: b, removedAt: view.removed[0]!.removedAt })
    expect((await value<ProfileView>(again, 'profile:get', b)).profile.establishment.name).toBe(
      '二号店 改',
    )
  })
})

describe('activate and duplicate', () => {
  it('keeps the active establishment as a setting, across a restart', async () => {
    const app = await createUnitApp()
    const id = await create(app, '二号店')
    expect(await value(app, 'establishments:activate', id)).toEqual({ activeId: id })
    expect((await list(await restart(app))).activeId).toBe(id)
    expect(await call(app, 'establishments:activate', 'est-unknown')).toMatchObject({
      ok: false,
      error: { code: 'not-found', field: '0' },
    })
  })

  it('copies the profile alone for a second site, without the 事業所番号', async () => {
    const app = await createUnitApp()
    await value(app, 'profile:save', 'default', profileNamed('本店', '1501-123456-7'))
    await value(app, 'drafts:save', 'default', sampleDraft())
    const created = await value<CreatedEstablishment>(app, 'establishments:duplicate', 'default', {
      name: '支店',
      kana: 'シテン',
    })
    const copy = (await value<ProfileView>(app, 'profile:get', created.id)).profile
    const expected = profileNamed('本店', '')
    expect(copy).toEqual(expected)
    expect((await value<DraftsView>(app, 'drafts:list', created.id)).drafts).toEqual([])
    expect(created.view.establishments.map((r) => r.name)).toEqual(['本店', '支店'])
    expect(
      await call(app, 'establishments:duplicate', 'default', { name: '支店', kana: '' }),
    ).toMatchObject({ ok: false, error: { code: 'conflict', field: '1.name' } })
  })
})
