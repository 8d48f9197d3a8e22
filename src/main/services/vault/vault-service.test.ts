import { describe, expect, it } from 'vitest'
import { emptyProfile, emptyWorkplace, type Profile } from '@shared/profile/model'
import type { ProfileView } from '@shared/contract'
import type { ExportResult, ImportResult, VaultView } from '@shared/vault'
import { IMPORT_MAX_BYTES } from '@shared/vault'
import type { Result } from '@shared/ipc/result'
import { createUnitApp, FakeDesk, type UnitApp } from '../testing/app'
import { MemoryVaultFiles } from './testing/memory-vault-files'

const PASS = 'correct horse battery'

function filled(): Profile {
  const p = emptyProfile()
  p.establishment.name = '株式会社テスト商会'
  p.establishment.nameKana = 'テストショウカイ'
  p.company.corporateNumber = '2021001052596'
  p.workplaces.push({ ...emptyWorkplace(), name: '第二工場', station: '銀座駅' })
  p.account.loginEmail = 'jinji@example.co.jp'
  return p
}

async function call<T>(app: UnitApp, channel: string, ...args: unknown[]): Promise<Result<T>> {
  return (await app.dispatch(channel, args)) as Result<T>
}

async function value<T>(app: UnitApp, channel: string, ...args: unknown[]): Promise<T> {
  const result = await call<T>(app, channel, ...args)
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value
}

const snapshot = (files: MemoryVaultFiles) =>
  Object.fromEntries([...files.files].map(([k, v]) => [k, v.toString('hex')]))

describe('vault:status', () => {
  it('reports a ready, OS-protected vault with its documents and backups', async () => {
    const app = await createUnitApp()
    await value(app, 'profile:save', 'default', filled())
    await value(app, 'profile:save', 'default', filled())
    const view = await value<VaultView>(app, 'vault:status')
    expect(view).toMatchObject({
      state: 'ready',
      lockReason: null,
      protector: 'os',
      weakProtection: false,
      needsPassphrase: false,
      canUsePassphrase: false,
      documents: [{ id: 'default_profile', current: true, backups: ['bak1'] }],
      setAside: [],
    })
  })

  it('offers a passphrase where the OS protection is weak (Linux basic_text)', async () => {
    const app = await createUnitApp({ weakOs: true })
    const view = await value<VaultView>(app, 'vault:status')
    expect(view.weakProtection).toBe(true)
    expect(view.canUsePassphrase).toBe(true)
  })
})

describe('vault:usePassphrase', () => {
  it('re-wraps the key on a weak machine, then asks for the passphrase at the next start', async () => {
    const files = new MemoryVaultFiles()
    const first = await createUnitApp({ files, weakOs: true })
    await value(first, 'profile:save', 'default', filled())
    const after = await value<VaultView>(first, 'vault:usePassphrase', PASS)
    expect(after).toMatchObject({ state: 'ready', protector: 'passphrase', weakProtection: false })

    // Restart: the app opens with the OS protector; the key file says passphrase.
    const second = await createUnitApp({ files, weakOs: true, machineSecret: first.machineSecret })
    const locked = await value<VaultView>(second, 'vault:status')
    expect(locked).toMatchObject({ state: 'locked', needsPassphrase: true, canUsePassphrase: true })
    const refused = await call(second, 'profile:get', 'default')
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } })

    const before = snapshot(files)
    const wrong = await call(second, 'vault:usePassphrase', 'not the passphrase')
    expect(wrong).toEqual({
      ok: false,
      error: { code: 'wrong-passphrase', field: '0', detail: expect.any(String) },
    })
    expect(snapshot(files)).toEqual(before)

    const opened = await value<VaultView>(second, 'vault:usePassphrase', PASS)
    expect(opened).toMatchObject({ state: 'ready', protector: 'passphrase' })
    const view = await value<ProfileView>(second, 'profile:get', 'default')
    expect(view.profile).toEqual(filled())
  })

  it('refuses to replace a sound OS protection, and short passphrases at the boundary', async () => {
    const app = await createUnitApp()
    expect(await call(app, 'vault:usePassphrase', PASS)).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: '0' },
    })
    expect(await call(app, 'vault:usePassphrase', '123456789')).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', field: '0' },
    })
    // Ten code points after NFC: か + combining ゛ counts as one (が).
    expect(await call(app, 'vault:usePassphrase', 'か\u3099'.repeat(9))).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', field: '0' },
    })
  })
})

describe('a new passphrase of blanks only', () => {
  it('is refused for protecting the key and for an export, changing nothing', async () => {
    const blanks = ' '.repeat(6) + '\u3000'.repeat(6)
    const files = new MemoryVaultFiles()
    const weak = await createUnitApp({ files, weakOs: true })
    await value(weak, 'profile:save', 'default', filled())
    const before = snapshot(files)
    expect(await call(weak, 'vault:usePassphrase', blanks)).toMatchObject({
      ok: false,
      error: { code: 'invalid-field', field: '0' },
    })
    expect(await call(weak, 'vault:exportTo', blanks)).toMatchObject({
      ok: false,
      error: { code: 'invalid-field', field: '0' },
    })
    expect(snapshot(files)).toEqual(before)
    expect(await value<VaultView>(weak, 'vault:status')).toMatchObject({ protector: 'os' })
  })
})

describe('vault:startFresh', () => {
  it('moves every file aside (nothing deleted) and starts from an empty profile', async () => {
    const files = new MemoryVaultFiles()
    const app = await createUnitApp({ files })
    await value(app, 'profile:save', 'default', filled())
    const before = [...files.files.keys()]
    const view = await value<VaultView>(app, 'vault:startFresh')
    expect(view.state).toBe('ready')
    expect(view.setAside.length).toBe(before.length)
    for (const name of before)
      expect(view.setAside.some((n) => n.startsWith(`${name}.aside-`))).toBe(true)
    const profile = await value<ProfileView>(app, 'profile:get', 'default')
    expect(profile.profile).toEqual(emptyProfile())
  })

  it('gets a locked vault (another PC) going again with this PC key', async () => {
    const files = new MemoryVaultFiles()
    const first = await createUnitApp({ files })
    await value(first, 'profile:save', 'default', filled())
    const other = await createUnitApp({ files })
    expect((await value<VaultView>(other, 'vault:status')).lockReason).toBe('key-unavailable')
    const view = await value<VaultView>(other, 'vault:startFresh')
    expect(view.state).toBe('ready')
    expect(view.setAside.length).toBeGreaterThanOrEqual(3)
  })
})

describe('vault:exportTo / vault:importFrom', () => {
  it('round-trips exactly to a new machine, re-protected with that machine key', async () => {
    const desk = new FakeDesk()
    const source = await createUnitApp({ desk })
    await value(source, 'profile:save', 'default', filled())
    desk.savePaths.push('/exports/profile.hwnavi')
    const exported = await value<ExportResult>(source, 'vault:exportTo', PASS)
    expect(exported).toEqual({ saved: true, fileName: 'profile.hwnavi', documents: 1 })
    expect(desk.written.get('/exports/profile.hwnavi')?.includes('テスト')).toBe(false)

    const files = new MemoryVaultFiles()
    const target = await createUnitApp({ desk, files })
    desk.openPaths.push('/exports/profile.hwnavi')
    const imported = await value<ImportResult>(target, 'vault:importFrom', PASS)
    expect(imported).toMatchObject({ imported: true, fileName: 'profile.hwnavi', documents: 1 })
    expect((await value<ProfileView>(target, 'profile:get', 'default')).profile).toEqual(filled())

    // A restart on the target machine opens it with that machine's key.
    const again = await createUnitApp({ files, machineSecret: target.machineSecret })
    expect((await value<ProfileView>(again, 'profile:get', 'default')).profile).toEqual(filled())
  })

  it('fails cleanly on a wrong passphrase, changing nothing', async () => {
    const desk = new FakeDesk()
    const source = await createUnitApp({ desk })
    await value(source, 'profile:save', 'default', filled())
    desk.savePaths.push('/x.hwnavi')
    await value(source, 'vault:exportTo', PASS)
    const files = new MemoryVaultFiles()
    const target = await createUnitApp({ desk, files })
    const mine = emptyProfile()
    mine.establishment.name = '自分の事業所'
    await value(target, 'profile:save', 'default', mine)
    const before = snapshot(files)
    desk.openPaths.push('/x.hwnavi')
    const result = await call(target, 'vault:importFrom', 'wrong passphrase!')
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } })
    expect(snapshot(files)).toEqual(before)
    expect((await value<ProfileView>(target, 'profile:get', 'default')).profile).toEqual(mine)
    expect(target.unexpected).toEqual([])
  })

  it('answers a cancelled dialog with nothing done, and refuses oversized or missing files', async () => {
    const desk = new FakeDesk()
    const app = await createUnitApp({ desk })
    expect(await value(app, 'vault:exportTo', PASS)).toEqual({
      saved: false,
      fileName: null,
      documents: 0,
    })
    expect(await value<ImportResult>(app, 'vault:importFrom', PASS)).toMatchObject({
      imported: false,
    })
    desk.written.set('/big', Buffer.alloc(IMPORT_MAX_BYTES + 1))
    desk.openPaths.push('/big')
    expect(await call(app, 'vault:importFrom', PASS)).toMatchObject({
      ok: false,
      error: { code: 'invalid-field' },
    })
    desk.openPaths.push('/gone')
    expect(await call(app, 'vault:importFrom', PASS)).toMatchObject({
      ok: false,
      error: { code: 'unavailable', field: 'file' },
    })
    expect(app.unexpected).toEqual([])
  })

  it('refuses to export a locked vault', async () => {
    const files = new MemoryVaultFiles()
    const first = await createUnitApp({ files })
    await value(first, 'profile:save', 'default', filled())
    const other = await createUnitApp({ files })
    expect(await call(other, 'vault:exportTo', PASS)).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    })
  })
})
