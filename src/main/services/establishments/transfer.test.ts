import { randomBytes } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import type { GuideView, ProfileView } from '@shared/contract'
import type { DraftsView } from '@shared/drafts'
import type {
  CreatedEstablishment,
  EstablishmentsView,
  ImportOutcome,
  ImportPreview,
} from '@shared/establishments'
import { emptyProgress } from '@shared/guide/progress'
import { sampleDraft, sampleProfile } from '@shared/job-offer/testing/fixtures'
import type { Profile } from '@shared/profile/model'
import { ESTABLISHMENT_INDEX_ID } from '@shared/profiles'
import { DomainError } from '@shared/ipc/result'
import { IMPORT_MAX_BYTES } from '@shared/vault'
import { createUnitApp, FakeDesk, type UnitApp } from '../testing/app'
import { VaultStore } from '../vault'
import { openExport } from '../vault/export-file'
import { CHEAP_SCRYPT } from '../vault/testing/helpers'
import { MemoryVaultFiles } from '../vault/testing/memory-vault-files'
import { StaticKeyProtector } from '../vault/testing/static-key-protector'
import { decodeIndex } from './index-codec'
import { copyFixture, FIXTURE_PASSPHRASE } from './testing/migration'
import { call, value } from './testing/dispatch'

const PASS = 'correct horse battery'

const list = (app: UnitApp) => value<EstablishmentsView>(app, 'establishments:list')

function profileOf(name: string, officeNumber: string, corporateNumber = '4110001023456'): Profile {
  const p = sampleProfile()
  p.establishment.name = name
  p.record.officeNumber = officeNumber
  p.company.corporateNumber = corporateNumber
  return p
}

const snapshot = (files: MemoryVaultFiles) =>
  Object.fromEntries([...files.files].map(([k, v]) => [k, v.toString('hex')]))

/** A 社労士's client: two sites of one company (one 法人番号), each with its own 事業所番号. */
async function client(desk: FakeDesk) {
  const app = await createUnitApp({ desk })
  await value(app, 'profile:save', 'default', profileOf('みなと商会 本店', '1301-111111-1'))
  await value(app, 'drafts:save', 'default', sampleDraft())
  await value(app, 'guide:save', 'default', { ...emptyProgress(), notes: '本店のメモ' })
  const branch = (
    await value<CreatedEstablishment>(app, 'establishments:create', { name: '港支店', kana: '' })
  ).id
  await value(app, 'profile:save', branch, profileOf('みなと商会 港支店', '1301-222222-2'))
  return { app, branch }
}

async function exported(app: UnitApp, ids: string[], path = '/client.hwnavi'): Promise<void> {
  app.desk.savePaths.push(path)
  await value(app, 'establishments:exportTo', PASS, ids)
}

async function read(app: UnitApp, path = '/client.hwnavi', passphrase = PASS) {
  app.desk.openPaths.push(path)
  return call<ImportPreview | null>(app, 'establishments:importRead', passphrase)
}

describe('export', () => {
  it('writes one, several or all establishments, named, into the passphrase file', async () => {
    const desk = new FakeDesk()
    const { app, branch } = await client(desk)
    desk.savePaths.push('/one.hwnavi')
    const one = await value<{ saved: boolean; documents: number; establishments: number }>(
      app,
      'establishments:exportTo',
      PASS,
      [branch],
    )
    expect(one).toMatchObject({ saved: true, documents: 1, establishments: 1 })
    const docs = await openExport(desk.written.get('/one.hwnavi')!, PASS, CHEAP_SCRYPT)
    expect(Object.keys(docs).sort()).toEqual([`${branch}_profile`, ESTABLISHMENT_INDEX_ID].sort())
    expect(decodeIndex(docs[ESTABLISHMENT_INDEX_ID])?.establishments).toEqual([
      expect.objectContaining({ id: branch, name: '港支店' }),
    ])
    // Nothing in clear in the file.
    expect(desk.written.get('/one.hwnavi')!.includes(Buffer.from('みなと'))).toBe(false)

    desk.savePaths.push('/all.hwnavi')
    const all = await value<{ documents: number }>(app, 'establishments:exportTo', PASS, [
      'default',
      branch,
    ])
    expect(all.documents).toBe(4)
  })

  it('refuses unknown ids, an empty choice, blanks and a cancelled dialog writes nothing', async () => {
    const desk = new FakeDesk()
    const { app } = await client(desk)
    expect(await call(app, 'establishments:exportTo', PASS, ['est-unknown'])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await call(app, 'establishments:exportTo', PASS, [])).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', field: '1' },
    })
    expect(await call(app, 'establishments:exportTo', PASS, ['default', 'default'])).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    })
    expect(await value(app, 'establishments:exportTo', PASS, ['default'])).toMatchObject({
      saved: false,
    })
    expect(desk.written.size).toBe(0)
  })
})

describe('import', () => {
  it('adds each establishment as a new one under new ids, never overwriting (the default)', async () => {
    const desk = new FakeDesk()
    const source = await client(desk)
    await exported(source.app, ['default', source.branch])
    const target = await createUnitApp({ desk })
    await value(target, 'profile:save', 'default', profileOf('自分の事務所', '1501-999999-9'))
    const mine = (await value<ProfileView>(target, 'profile:get', 'default')).profile

    const preview = await read(target)
    expect(preview).toMatchObject({
      ok: true,
      value: {
        fileName: 'client.hwnavi',
        skipped: 0,
        establishments: [
          { name: 'みなと商会 本店', officeNumber: '1301-111111-1', drafts: 1, match: null },
          { name: '港支店', officeNumber: '1301-222222-2', drafts: 0, match: null },
        ],
      },
    })
    const outcome = await value<ImportOutcome>(target, 'establishments:importApply', [])
    expect(outcome.added.map((a) => a.name)).toEqual(['みなと商会 本店', '港支店'])
    expect(outcome.replaced).toEqual([])
    for (const { id } of outcome.added) {
      expect(id).not.toBe('default')
      expect(id).not.toBe(source.branch)
    }
    const view = await list(target)
    expect(view.establishments.map((r) => r.name)).toEqual([
      '自分の事務所',
      'みなと商会 本店',
      '港支店',
    ])
    expect(view.activeId).toBe('default')
    expect((await value<ProfileView>(target, 'profile:get', 'default')).profile).toEqual(mine)
    const main = outcome.added[0]!.id
    expect((await value<ProfileView>(target, 'profile:get', main)).profile).toEqual(
      profileOf('みなと商会 本店', '1301-111111-1'),
    )
    expect((await value<GuideView>(target, 'guide:get', main)).progress.notes).toBe('本店のメモ')
    expect((await value<DraftsView>(target, 'drafts:list', main)).drafts).toHaveLength(1)
  })

  it('offers to replace the one with the same 事業所番号, never on a shared 法人番号 alone', async () => {
    const desk = new FakeDesk()
    const source = await client(desk)
    await exported(source.app, ['default', source.branch])
    const files = new MemoryVaultFiles()
    const target = await createUnitApp({ desk, files })
    // The same company (法人番号) as both, the 事業所番号 of the branch written another way.
    await value(target, 'profile:save', 'default', profileOf('私の事業所', '1501-999999-9'))
    const branchHere = (
      await value<CreatedEstablishment>(target, 'establishments:create', {
        name: '港支店（古い）',
        kana: '',
      })
    ).id
    await value(
      target,
      'profile:save',
      branchHere,
      profileOf('港支店 旧', '１３０１２２２２２２２'),
    )
    await value(target, 'drafts:save', branchHere, sampleDraft())
    await value(target, 'establishments:activate', branchHere)

    const preview = (await read(target)) as { ok: true; value: ImportPreview }
    const [main, branch] = preview.value.establishments
    expect(main!.match).toBeNull()
    expect(branch!.match).toEqual({ id: branchHere, name: '港支店（古い）' })

    // Replacing needs a match.
    expect(
      await call(target, 'establishments:importApply', [{ key: main!.key, action: 'replace' }]),
    ).toMatchObject({ ok: false, error: { code: 'invalid-field' } })
    const outcome = await value<ImportOutcome>(target, 'establishments:importApply', [
      { key: branch!.key, action: 'replace' },
    ])
    expect(outcome.added.map((a) => a.name)).toEqual(['みなと商会 本店'])
    expect(outcome.replaced).toEqual([
      { id: expect.stringMatching(/^est-/), name: '港支店（古い）' },
    ])
    const newId = outcome.replaced[0]!.id
    expect(newId).not.toBe(branchHere)

    const view = await list(target)
    // In the replaced one's place, with its name and its active mark.
    expect(view.establishments.map((r) => r.id)).toEqual(['default', newId, outcome.added[0]!.id])
    expect(view.activeId).toBe(newId)
    expect(
      (await value<ProfileView>(target, 'profile:get', newId)).profile.establishment.name,
    ).toBe('みなと商会 港支店')
    // The replaced data is kept aside, and comes back on request.
    expect(view.removed).toEqual([
      expect.objectContaining({ id: branchHere, reason: 'replaced', name: '港支店（古い）' }),
    ])
    expect([...files.files.keys()].filter((n) => n.startsWith(`${branchHere}_`))).toEqual(
      expect.arrayContaining([expect.stringMatching(/_profile\.vault\.removed-/)]),
    )
    const restored = await value<EstablishmentsView>(target, 'establishments:restore', {
      id: branchHere,
      removedAt: view.removed[0]!.removedAt,
    })
    expect(restored.establishments.find((r) => r.id === branchHere)?.name).toBe(
      '港支店（古い）（2）',
    )
    expect(
      (await value<ProfileView>(target, 'profile:get', branchHere)).profile.establishment.name,
    ).toBe('港支店 旧')
    expect((await value<DraftsView>(target, 'drafts:list', branchHere)).drafts).toHaveLength(1)
  })

  it('takes a file of the single-establishment version as one establishment', async () => {
    const fixture = copyFixture()
    const desk = new FakeDesk()
    const app = await createUnitApp({ desk })
    await value(app, 'profile:save', 'default', profileOf('自分の事務所', ''))
    desk.written.set('/old.hwnavi', fixture.exportFile)
    const preview = await read(app, '/old.hwnavi', FIXTURE_PASSPHRASE)
    expect(preview).toMatchObject({
      ok: true,
      value: {
        establishments: [
          { key: 'default', name: '株式会社さくら工務店 新潟本店', drafts: 3, match: null },
        ],
      },
    })
    const outcome = await value<ImportOutcome>(app, 'establishments:importApply', [])
    const id = outcome.added[0]!.id
    expect(id).not.toBe('default')
    expect((await value<ProfileView>(app, 'profile:get', id)).profile).toEqual(
      fixture.expected.default_profile,
    )
    expect((await value<DraftsView>(app, 'drafts:list', id)).drafts).toEqual(
      (fixture.expected.default_drafts as { drafts: unknown[] }).drafts,
    )
    expect((await list(app)).establishments.map((r) => r.name)).toEqual([
      '自分の事務所',
      '株式会社さくら工務店 新潟本店',
    ])
  })

  it('moving to a new PC: the untouched first establishment makes room for the import', async () => {
    const desk = new FakeDesk()
    const source = await client(desk)
    await exported(source.app, ['default'])
    const target = await createUnitApp({ desk })
    await read(target)
    const outcome = await value<ImportOutcome>(target, 'establishments:importApply', [])
    const view = await list(target)
    expect(view.establishments.map((r) => r.name)).toEqual(['みなと商会 本店'])
    expect(view.activeId).toBe(outcome.added[0]!.id)
  })

  it('keeps what a failed import added, and does not add it again on a second try', async () => {
    const desk = new FakeDesk()
    const source = await client(desk)
    await exported(source.app, ['default', source.branch])
    const target = await createUnitApp({ desk })
    await value(target, 'profile:save', 'default', profileOf('自社', '1501-000000-0'))
    await read(target)
    const write = target.vault.write.bind(target.vault)
    let writes = 0
    // The disk fills up while the second establishment is written.
    const spy = vi.spyOn(target.vault, 'write').mockImplementation(async (id, doc) => {
      if (!id.startsWith('establishments') && ++writes > 3) {
        throw new DomainError('disk-full', undefined, 'full')
      }
      return write(id, doc)
    })
    expect(await call(target, 'establishments:importApply', [])).toMatchObject({
      ok: false,
      error: { code: 'disk-full' },
    })
    spy.mockRestore()
    const names = (await list(target)).establishments.map((r) => r.name)
    expect(names).toEqual(['自社', 'みなと商会 本店'])
    // The file is read again for a second try; nothing is added twice.
    expect(await call(target, 'establishments:importApply', [])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect((await list(target)).establishments.map((r) => r.name)).toEqual(names)
  })

  it('keeps a first establishment that was renamed or has a countdown running', async () => {
    const desk = new FakeDesk()
    const source = await client(desk)
    await exported(source.app, ['default'])
    const renamed = await createUnitApp({ desk })
    await value(renamed, 'establishments:rename', 'default', { name: '自社', kana: 'ジシャ' })
    await read(renamed)
    await value<ImportOutcome>(renamed, 'establishments:importApply', [])
    expect((await list(renamed)).establishments.map((r) => r.name)).toEqual([
      '自社',
      'みなと商会 本店',
    ])
    const counting = await createUnitApp({ desk })
    await value(counting, 'timer:start', { profileId: 'default' })
    await read(counting)
    await value<ImportOutcome>(counting, 'establishments:importApply', [])
    expect((await list(counting)).establishments).toHaveLength(2)
  })

  it('says so and changes nothing for a file with no establishment, or only ids it does not know', async () => {
    const desk = new FakeDesk()
    const files = new MemoryVaultFiles()
    const app = await createUnitApp({ desk, files })
    await value(app, 'profile:save', 'default', profileOf('自分の事務所', ''))
    const before = snapshot(files)
    for (const docs of [
      {},
      { evil: { planted: true }, default_settings: { planted: true } },
      { [ESTABLISHMENT_INDEX_ID]: { version: 1, establishments: [], removed: [] } },
    ]) {
      const vault = new VaultStore({
        files: new MemoryVaultFiles(),
        protector: new StaticKeyProtector(randomBytes(32)),
        exportKdf: CHEAP_SCRYPT,
      })
      await vault.open()
      for (const [id, doc] of Object.entries(docs)) await vault.write(id, doc)
      desk.written.set('/empty.hwnavi', await vault.exportAll(PASS))
      expect(await read(app, '/empty.hwnavi')).toMatchObject({
        ok: false,
        error: { code: 'not-found', field: 'file' },
      })
      expect(await call(app, 'establishments:importApply', [])).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      })
    }
    expect(snapshot(files)).toEqual(before)
    expect((await list(app)).establishments).toHaveLength(1)
  })

  it('fails cleanly on a wrong passphrase, a cancelled dialog, an oversized or missing file', async () => {
    const desk = new FakeDesk()
    const source = await client(desk)
    await exported(source.app, ['default'])
    const files = new MemoryVaultFiles()
    const app = await createUnitApp({ desk, files })
    await value(app, 'profile:save', 'default', profileOf('自分の事務所', ''))
    const before = snapshot(files)
    expect(await read(app, '/client.hwnavi', 'wrong passphrase!')).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    })
    expect(await value(app, 'establishments:importRead', PASS)).toBeNull()
    desk.written.set('/big', Buffer.alloc(IMPORT_MAX_BYTES + 1))
    expect(await read(app, '/big')).toMatchObject({ ok: false, error: { code: 'invalid-field' } })
    expect(await read(app, '/gone')).toMatchObject({
      ok: false,
      error: { code: 'unavailable', field: 'file' },
    })
    // A read file that was dropped cannot be imported afterwards.
    await read(app)
    await value(app, 'establishments:importCancel')
    expect(await call(app, 'establishments:importApply', [])).toMatchObject({ ok: false })
    expect(snapshot(files)).toEqual(before)
    expect(app.unexpected).toEqual([])
  })

  it('gets data this PC cannot open going again: the old files are kept aside, the file imported', async () => {
    const desk = new FakeDesk()
    const source = await client(desk)
    await exported(source.app, ['default'])
    const files = new MemoryVaultFiles()
    const first = await createUnitApp({ files })
    await value(first, 'profile:save', 'default', profileOf('別のPCのデータ', ''))
    const other = await createUnitApp({ files, desk })
    expect((await value<{ state: string }>(other, 'vault:status')).state).toBe('locked')
    const preview = (await read(other)) as { ok: true; value: ImportPreview }
    expect(preview.value.establishments[0]!.match).toBeNull()
    const outcome = await value<ImportOutcome>(other, 'establishments:importApply', [])
    const view = await list(other)
    expect(view.establishments.map((r) => r.id)).toEqual([outcome.added[0]!.id])
    const status = await value<{ state: string; setAside: string[] }>(other, 'vault:status')
    expect(status.state).toBe('ready')
    expect(status.setAside.some((n) => n.startsWith('default_profile.vault.aside-'))).toBe(true)
  })
})
