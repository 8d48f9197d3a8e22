import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { GuideView, ProfileView } from '@shared/contract'
import type { DraftsView } from '@shared/drafts'
import type { EstablishmentsView } from '@shared/establishments'
import type { TimerStoreData } from '../timer/timer-service'
import { NodeVaultFiles } from '../../adapters/vault-fs'
import { createUnitApp, MapStore } from '../testing/app'
import type { SettingsData } from '../settings-service'
import { MemoryStore } from '../timer/testing/fakes'
import { copyFixture, FIXTURE_SECRET } from './testing/migration'
import { value } from './testing/dispatch'

/** Each vault file's SHA-256: the documents of the older version must not change at all. */
function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(dir).sort()) {
    out[name] = createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex')
  }
  return out
}

/** The fixture's folder as the app would find it: its vault, its timer file, its settings. */
async function openFixture() {
  const fixture = copyFixture()
  const timer = new MemoryStore()
  for (const [key, entry] of Object.entries(fixture.timer)) {
    timer.set(key as keyof TimerStoreData, entry as never)
  }
  const settings = new MapStore<SettingsData>()
  settings.set('locale', 'ja')
  const app = await createUnitApp({
    files: new NodeVaultFiles(fixture.vaultDir),
    machineSecret: FIXTURE_SECRET,
    stores: { settings, timer },
  })
  return { app, fixture }
}

describe('an installation of the single-establishment version', () => {
  it('opens with its profile as the first establishment, unchanged, under the same id', async () => {
    const { app, fixture } = await openFixture()
    const before = digests(fixture.vaultDir)
    const view = await value<EstablishmentsView>(app, 'establishments:list')
    expect(view.notice).toBeNull()
    expect(view.activeId).toBe('default')
    expect(view.removed).toEqual([])
    expect(view.establishments).toHaveLength(1)
    expect(view.establishments[0]).toMatchObject({
      id: 'default',
      name: '株式会社さくら工務店 新潟本店',
      summary: {
        profileName: '株式会社さくら工務店 新潟本店',
        officeNumber: '1501-123456-7',
        drafts: 3,
        draftsRefused: 1,
        guideCase: '2',
        stepsDone: 2,
        stepsTotal: 6,
        // 仮登録 2026-05-08 + 14 days, a Friday.
        deadline: '2026-05-22',
      },
    })

    // Every document reads back exactly as the older version read it.
    const profile = await value<ProfileView>(app, 'profile:get', 'default')
    expect(profile.profile).toEqual(fixture.expected.default_profile)
    expect(profile.notice).toBeNull()
    const guide = await value<GuideView>(app, 'guide:get', 'default')
    expect({ progress: guide.progress, lastChangedAt: guide.lastChangedAt }).toEqual(
      fixture.expected.default_guide,
    )
    const drafts = await value<DraftsView>(app, 'drafts:list', 'default')
    expect(drafts.drafts).toEqual((fixture.expected.default_drafts as { drafts: unknown[] }).drafts)
    // Its countdown is still its own.
    expect((await value<{ status: string }>(app, 'timer:state', 'default')).status).not.toBe('idle')

    // Only the index was added: the older files are byte for byte what they were.
    const after = digests(fixture.vaultDir)
    expect(Object.keys(after).sort()).toEqual(
      [...Object.keys(before), 'establishments.vault'].sort(),
    )
    for (const [name, digest] of Object.entries(before)) expect(after[name], name).toBe(digest)
  })

  it('keeps it after a restart, read from the index, and names a 事業所名-less profile 「事業所1」', async () => {
    const { app, fixture } = await openFixture()
    await value(app, 'establishments:list')
    const again = await createUnitApp({
      files: new NodeVaultFiles(fixture.vaultDir),
      machineSecret: FIXTURE_SECRET,
      stores: app.stores,
    })
    const view = await value<EstablishmentsView>(again, 'establishments:list')
    expect(view.establishments.map((r) => [r.id, r.name])).toEqual([
      ['default', '株式会社さくら工務店 新潟本店'],
    ])

    // The same older folder, but its profile without a 事業所名.
    const other = copyFixture()
    const files = new NodeVaultFiles(other.vaultDir)
    const first = await createUnitApp({ files, machineSecret: FIXTURE_SECRET })
    const unnamed = structuredClone(other.expected.default_profile) as {
      establishment: { name: string }
    }
    unnamed.establishment.name = ''
    // Written straight into the vault, as the older version would have, before any list.
    await first.vault.write('default_profile', unnamed)
    const next = await createUnitApp({ files, machineSecret: FIXTURE_SECRET })
    const listed = await value<EstablishmentsView>(next, 'establishments:list')
    expect(listed.establishments.map((r) => [r.id, r.name])).toEqual([['default', '事業所1']])
    expect(listed.notice).toBeNull()
  })
})
