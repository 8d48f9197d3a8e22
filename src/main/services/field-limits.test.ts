import { describe, expect, it } from 'vitest'
import type { GuideView, ProfileView } from '@shared/contract'
import type { DraftsView } from '@shared/drafts'
import { emptyProgress, NOTES_MAX } from '@shared/guide/progress'
import type { Result } from '@shared/ipc/result'
import { emptyDraft } from '@shared/job-offer/model'
import { emptyProfile, LONG_TEXT_MAX, SHORT_TEXT_MAX } from '@shared/profile/model'
import { createUnitApp, type UnitApp } from './testing/app'

async function value<T>(app: UnitApp, channel: string, ...args: unknown[]): Promise<T> {
  const result = (await app.dispatch(channel, args)) as Result<T>
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`)
  return result.value
}

/** "Restart": new services on the same files and the same OS key. */
const restart = (app: UnitApp) =>
  createUnitApp({ files: app.files, machineSecret: app.machineSecret })

describe('one over-long field never blocks saving the others', () => {
  it('10,000 characters in 法人名 plus edits elsewhere: after a restart the edits are there', async () => {
    const app = await createUnitApp()
    const first = emptyProfile()
    first.company.name = '株式会社まえの名前'
    await value(app, 'profile:save', 'default', first)

    const edited = structuredClone(first)
    edited.company.name = '長'.repeat(10_000)
    edited.establishment.business = '業'.repeat(4_500)
    edited.company.employeesTotal = '12'
    edited.account.loginEmail = 'jinji@example.co.jp'
    const view = await value<ProfileView>(app, 'profile:save', 'default', edited)
    expect(view.refused).toEqual([
      { field: 'company.name', max: SHORT_TEXT_MAX, length: 10_000 },
      { field: 'establishment.business', max: LONG_TEXT_MAX, length: 4_500 },
    ])

    const again = await restart(app)
    const stored = (await value<ProfileView>(again, 'profile:get', 'default')).profile
    expect(stored.company.employeesTotal).toBe('12')
    expect(stored.account.loginEmail).toBe('jinji@example.co.jp')
    // What was saved before is kept for the refused field, never overwritten.
    expect(stored.company.name).toBe('株式会社まえの名前')
    expect(stored.establishment.business).toBe('')
    expect(app.unexpected).toEqual([])
  })

  it('a draft’s 職種 of 501 characters: the rest of the draft is saved, the field named', async () => {
    const app = await createUnitApp()
    const draft = emptyDraft('draft-1')
    draft.job.title = '調'.repeat(501)
    draft.wage.baseMin = '200000'
    const view = await value<DraftsView>(app, 'drafts:save', 'default', draft)
    expect(view.refused).toEqual([{ field: 'job.title', max: SHORT_TEXT_MAX, length: 501 }])
    const stored = await value<typeof draft>(await restart(app), 'drafts:get', 'default', 'draft-1')
    expect(stored.wage.baseMin).toBe('200000')
    expect(stored.job.title).toBe('')
  })

  it('the guide’s notes over their limit: the progress is saved, the notes kept as before', async () => {
    const app = await createUnitApp()
    const progress = emptyProgress()
    progress.notes = 'メモ'
    await value(app, 'guide:save', 'default', progress)
    const next = structuredClone(progress)
    next.checked = ['2/1']
    next.notes = 'あ'.repeat(NOTES_MAX + 1)
    const view = await value<GuideView>(app, 'guide:save', 'default', next)
    expect(view.refused).toEqual([{ field: 'notes', max: NOTES_MAX, length: NOTES_MAX + 1 }])
    const stored = await value<GuideView>(await restart(app), 'guide:get', 'default')
    expect(stored.progress.checked).toEqual(['2/1'])
    expect(stored.progress.notes).toBe('メモ')
  })

  it('an over-long value from an older file or an import loads, shown, not set aside', async () => {
    const app = await createUnitApp()
    const old = emptyProfile()
    old.company.name = '古'.repeat(SHORT_TEXT_MAX + 20)
    old.establishment.name = 'ほかの値'
    await app.vault.write('default_profile', old)
    const view = await value<ProfileView>(app, 'profile:get', 'default')
    expect(view.notice).toBeNull()
    expect(view.profile.company.name).toHaveLength(SHORT_TEXT_MAX + 20)
    expect(view.profile.establishment.name).toBe('ほかの値')
    // Saving other edits keeps it as it was.
    const edited = structuredClone(view.profile)
    edited.establishment.name = '新しい値'
    await value(app, 'profile:save', 'default', edited)
    const stored = (await app.vault.read('default_profile')).doc as typeof old
    expect(stored.company.name).toBe(old.company.name)
    expect(stored.establishment.name).toBe('新しい値')
  })
})
