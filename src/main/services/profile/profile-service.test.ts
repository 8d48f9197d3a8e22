import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { emptyProfile } from '@shared/profile/model'
import { MemoryVaultFiles } from '../vault/testing/memory-vault-files'
import { StaticKeyProtector } from '../vault/testing/static-key-protector'
import { VaultStore } from '../vault'
import { ProfileService } from './profile-service'

const clock = { now: () => Date.parse('2026-11-26T10:00:00Z') }

async function setup() {
  const files = new MemoryVaultFiles()
  const vault = new VaultStore({ files, protector: new StaticKeyProtector(randomBytes(32)), clock })
  await vault.open()
  return { files, vault, service: new ProfileService(vault, clock) }
}

describe('ProfileService', () => {
  it('starts from an empty profile that was never saved', async () => {
    const { service } = await setup()
    expect(await service.get('default')).toEqual({
      profileId: 'default',
      profile: emptyProfile(),
      savedAt: null,
      refused: [],
      notice: null,
    })
  })

  it('keeps profiles apart by id and reads back what was saved', async () => {
    const { service } = await setup()
    const profile = emptyProfile()
    profile.establishment.name = '株式会社さくら工務店'
    await service.save('default', profile)
    expect((await service.get('default')).profile.establishment.name).toBe('株式会社さくら工務店')
    expect((await service.get('second')).profile.establishment.name).toBe('')
  })

  it('copies a document that no longer fits the schema aside before anything can overwrite it', async () => {
    const { vault, service } = await setup()
    await vault.write('default_profile', { establishment: { name: 42 }, future: true })
    const view = await service.get('default')
    expect(view.profile).toEqual(emptyProfile())
    expect(view.notice).toMatchObject({ kind: 'kept-unreadable' })
    const keptAs = view.notice?.kind === 'kept-unreadable' ? view.notice.keptAs : ''
    expect((await vault.read(keptAs)).doc).toEqual({ establishment: { name: 42 }, future: true })
  })

  it('says when a backup was restored', async () => {
    const { files, vault, service } = await setup()
    const first = emptyProfile()
    first.establishment.name = '一回目'
    await service.save('default', first)
    const second = emptyProfile()
    second.establishment.name = '二回目'
    await service.save('default', second)
    const name = (await files.list()).find(
      (n) => n.startsWith('default_profile') && n.endsWith('.vault'),
    )
    expect(name).toBeDefined()
    const bytes = await files.read(name!)
    bytes![bytes!.length - 5]! ^= 0xff
    await files.writeAtomic(name!, bytes!)
    const view = await service.get('default')
    expect(view.profile.establishment.name).toBe('一回目')
    expect(view.notice).toMatchObject({ kind: 'restored-backup', from: 'bak1' })
    void vault
  })
})
