import { describe, expect, it } from 'vitest'
import { emptyDraft } from '@shared/job-offer/model'
import { emptyProgress } from '@shared/guide/progress'
import { emptyProfile } from '@shared/profile/model'
import { FakeTime } from '../timer/testing/fakes'
import { FlushCoordinator } from './flush-coordinator'
import { PENDING_EDITS_MAX, PendingEdits } from './pending-edits'

const profileEdit = (revision: number, name: string) => {
  const doc = emptyProfile()
  doc.establishment.name = name
  return { kind: 'profile' as const, profileId: 'default', revision, doc }
}

describe('PendingEdits', () => {
  it('keeps the newest revision per document, drops it once that exact state is saved', () => {
    const edits = new PendingEdits()
    edits.hold(profileEdit(2, 'B'))
    edits.hold(profileEdit(1, 'A (late)'))
    const draft = emptyDraft('draft-1')
    draft.job.title = '調理補助'
    edits.hold({ kind: 'draft', profileId: 'default', revision: 5, doc: draft })
    edits.hold({ kind: 'guide', profileId: 'default', revision: 1, doc: emptyProgress() })
    expect(edits.pending().map((e) => e.kind)).toEqual(['profile', 'draft', 'guide'])
    expect(edits.pending()[0]?.doc).toMatchObject({ establishment: { name: 'B' } })

    // An older state was saved: still held. The held state was saved: gone.
    edits.settled({ kind: 'profile', profileId: 'default' }, profileEdit(1, 'A').doc)
    expect(edits.pending()).toHaveLength(3)
    edits.settled({ kind: 'profile', profileId: 'default' }, profileEdit(2, 'B').doc)
    edits.drop({ kind: 'draft', profileId: 'default', draftId: 'draft-1' })
    expect(edits.pending().map((e) => e.kind)).toEqual(['guide'])
  })

  it('is bounded: a runaway window cannot fill main’s memory', () => {
    const edits = new PendingEdits()
    for (let i = 0; i < PENDING_EDITS_MAX; i++) {
      edits.hold({ kind: 'draft', profileId: 'default', revision: 1, doc: emptyDraft(`d-${i}`) })
    }
    expect(() =>
      edits.hold({ kind: 'draft', profileId: 'default', revision: 1, doc: emptyDraft('one-more') }),
    ).toThrow(/too many/)
    // Replacing one already held is fine.
    edits.hold({ kind: 'draft', profileId: 'default', revision: 2, doc: emptyDraft('d-0') })
  })
})

describe('FlushCoordinator', () => {
  it('resolves on the window’s answer, or after the timeout, or at once for a gone window', async () => {
    const time = new FakeTime(0)
    const flush = new FlushCoordinator(time, 2000)
    let asked = 0
    const answered = flush.request((id) => {
      asked = id
      return true
    })
    flush.answered(asked)
    expect(await answered).toBe('flushed')
    expect(time.pendingCount).toBe(0)

    const silent = flush.request(() => true)
    time.advance(1999)
    let settled = false
    void silent.then(() => (settled = true))
    await Promise.resolve()
    expect(settled).toBe(false)
    time.advance(1)
    expect(await silent).toBe('timeout')
    flush.answered(asked + 1)

    expect(await flush.request(() => false)).toBe('gone')
    expect(
      await flush.request(() => {
        throw new Error('destroyed')
      }),
    ).toBe('gone')
  })
})
