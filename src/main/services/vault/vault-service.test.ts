import { describe, expect, it } from 'vitest'
import { emptyProfile, emptyWorkplace, type Profile } from '@shared/profile/model'
import type { ProfileView } from '@shared/contract'
import type { VaultView } from '@shared/vault'
import type { Result } from '@shared/ipc/result'
import { createUnitApp, type UnitApp } from '../testing/app'
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
      documents: expect.arrayContaining([
        { id: 'default_profile', current: true, backups: ['bak1'] },
      ]),
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
    expect(await call(weak, 'establishments:exportTo', blanks, ['default'])).toMatchObject({
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
