import { describe, it, expect } from 'vitest'
import { emptyProfile, type Profile } from '../profile/model'
import { keystrokeReport, sampleDraft, sampleProfile } from './testing/fixtures'
import { emptyDraft } from './model'
import { readiness } from './readiness'
import { hurriedOffer } from './testing/offers'
import { parsePlainDate } from '../dates'
import { draftCompleteness } from './field-checks'

/** Hand-made: some of every screen filled, some not; one 法人番号 with a wrong check digit. */
function incompleteProfile(): Profile {
  const p = emptyProfile()
  p.company.corporateNumber = '1110001023456' // check digit should be 4
  p.company.name = '株式会社さくら工務店'
  Object.assign(p.establishment, {
    name: '株式会社さくら工務店',
    representativeTitle: '代表取締役',
    business: '木造住宅の新築・リフォーム',
  })
  Object.assign(p.establishment.address, {
    postalCode: '950-0911',
    prefecture: '新潟県',
    city: '新潟市中央区',
    street: '２－１２－３',
  })
  Object.assign(p.contact, { name: '佐藤　美咲', phone: '025-123-4567' })
  p.workplaces[0]!.sameAsEstablishment = true
  return p
}

describe('readiness', () => {
  it('lists exactly the missing fields of an incomplete profile, per portal screen', () => {
    const r = readiness(incompleteProfile(), [sampleDraft()])
    expect(r.ready).toBe(false)
    expect(r.establishment).toEqual([
      { screen: 'account', missing: ['account.loginEmail'] },
      { screen: 'record', missing: [] },
      { screen: 'est-1', missing: ['company.employeesTotal'] },
      {
        screen: 'est-2',
        missing: [
          'establishment.nameKana',
          'establishment.phone',
          'establishment.representativeName',
          'contact.nameKana',
        ],
      },
      {
        screen: 'est-3',
        missing: [
          'establishment.employeesHere',
          'establishment.employeesWomen',
          'establishment.employeesPartTime',
        ],
      },
      { screen: 'est-4', missing: [] },
      { screen: 'est-5', missing: [] },
      { screen: 'est-6', missing: [] },
    ])
    expect(r.invalid).toEqual([
      {
        field: 'company.corporateNumber',
        code: 'check-digit',
        severity: 'error',
        params: { format: 'corporate-number' },
      },
    ])
  })

  it('picks the most complete draft and lists what it lacks', () => {
    const d = sampleDraft()
    d.job.description = ''
    d.job.ageLimit = 'limited'
    d.job.ageMax = '35'
    d.wage.baseMax = ''
    d.selection.hires = ''
    const r = readiness(sampleProfile(), [emptyDraft('blank'), d])
    expect(r.ready).toBe(false)
    expect(r.establishment.every((s) => s.missing.length === 0)).toBe(true)
    expect(r.jobOffer).toEqual({
      draftId: 'sample-carpenter',
      screens: [
        { screen: 'job-1', missing: [] },
        { screen: 'job-2', missing: [] },
        { screen: 'job-3', missing: ['job.description'] },
        { screen: 'job-4', missing: ['wage.baseMax'] },
        { screen: 'job-5', missing: [] },
        { screen: 'job-6', missing: [] },
        { screen: 'job-7', missing: [] },
        { screen: 'job-8', missing: ['selection.hires'] },
      ],
    })
    expect(r.invalid).toEqual([])
  })

  it('is not ready without any draft, and shows what a new one needs', () => {
    const r = readiness(sampleProfile(), [])
    expect(r.ready).toBe(false)
    expect(r.jobOffer.draftId).toBeNull()
    expect(r.jobOffer.screens.find((s) => s.screen === 'job-3')?.missing).toEqual([
      'job.title',
      'job.description',
      'job.ageLimit',
      'job.education',
      'job.experience',
      'job.license',
      'job.trialPeriod',
    ])
  })

  it('is not ready while the offer check finds a refusal, like a field error', () => {
    const { draft, profile } = hurriedOffer()
    const inputs = { on: parsePlainDate('2026-06-01'), rates: [] }
    // Every required field filled, but the offer breaks the law: blocked.
    const complete = {
      ...sampleDraft(),
      id: 'x',
      wage: { ...sampleDraft().wage, baseMin: '100,000' },
    }
    const r = readiness(sampleProfile(), [complete], inputs)
    expect(r.jobOffer.screens.every((s) => s.missing.length === 0)).toBe(true)
    expect(r.invalid).toEqual([])
    expect(r.offer.find((f) => f.severity === 'refused')?.rule).toBe('min-wage-below')
    expect(r.ready).toBe(false)
    // A correction or advice alone never blocks.
    expect(readiness(sampleProfile(), [sampleDraft()], inputs)).toMatchObject({ ready: true })
    expect(readiness(profile, [draft], inputs).offer.map((f) => f.rule)).toContain('break-short')
  })

  it('prefers, among complete drafts, one that would not be refused', () => {
    const inputs = { on: parsePlainDate('2026-06-01'), rates: [] }
    const refused = {
      ...sampleDraft(),
      id: 'low',
      wage: { ...sampleDraft().wage, baseMin: '100,000' },
    }
    const r = readiness(sampleProfile(), [refused, sampleDraft()], inputs)
    expect(r.jobOffer.draftId).toBe('sample-carpenter')
    expect(r.ready).toBe(true)
  })

  it('is ready with the complete samples', () => {
    expect(readiness(sampleProfile(), [sampleDraft()])).toMatchObject({
      ready: true,
      invalid: [],
    })
  })

  it('counts an invalid value in the draft as blocking', () => {
    const d = sampleDraft()
    d.workplace.choice = '5'
    const r = readiness(sampleProfile(), [d])
    expect(r.ready).toBe(false)
    expect(r.invalid.map((f) => [f.draftId, f.field, f.code])).toEqual([
      ['sample-carpenter', 'workplace.choice', 'workplace-not-found'],
    ])
  })
})

describe('keystrokeReport (the samples)', () => {
  const report = keystrokeReport(sampleProfile(), sampleDraft())
  const screen = (id: string) => report.screens.find((s) => s.screen === id)

  it('counts typed characters against one copy and one paste per field', () => {
    // 'saiyo@sakura-koumuten.example.jp' is 32 characters.
    expect(screen('account')).toEqual({
      screen: 'account',
      copyFields: 1,
      typedChars: 32,
      panelActions: 2,
      windowSwitchesClicking: 2,
      windowSwitchesShortcut: 0,
      chosenOnScreen: 0,
      filledByPortal: 0,
    })
    // '1501-123456-7' is 13.
    expect(screen('record')?.typedChars).toBe(13)
    // 18, 4, 2 and a 38-character 事業内容.
    expect(screen('est-3')).toMatchObject({ copyFields: 4, typedChars: 42, panelActions: 8 })
    // Images only.
    expect(screen('est-6')).toMatchObject({ copyFields: 0, typedChars: 0 })
    // All options: nothing to paste.
    expect(screen('job-1')).toMatchObject({ copyFields: 0, chosenOnScreen: 6 })
    expect(report.total.panelActions).toBe(report.total.copyFields * 2)
    // Per field: two window switches clicking the panel, none with the global shortcut.
    expect(report.total.windowSwitchesClicking).toBe(report.total.copyFields * 2)
    expect(report.total.windowSwitchesShortcut).toBe(0)
    expect(report.total.typedChars).toBe(report.screens.reduce((n, s) => n + s.typedChars, 0))
  })
})

describe('a field with an error is never done', () => {
  it('a draft field with an error is not counted as filled, and is listed per screen', () => {
    const profile = sampleProfile()
    const draft = sampleDraft()
    const before = draftCompleteness(draft, profile).find((s) => s.screen === 3)
    draft.job.title = '調'.repeat(501)
    const screen3 = draftCompleteness(draft, profile).find((s) => s.screen === 3)
    expect(screen3?.invalid).toEqual(['job.title'])
    expect(screen3?.filled).toBe((before?.filled ?? 0) - 1)
    expect(screen3?.missing).toEqual([])
  })

  it('readiness is not ready with an invalid 法人番号 or login e-mail, and lists both', () => {
    const profile = sampleProfile()
    profile.company.corporateNumber = '7-1234-5678-9012'
    profile.account.loginEmail = 'a@b@c.example'
    const r = readiness(profile, [sampleDraft()])
    expect(r.ready).toBe(false)
    expect(r.invalid.map((f) => f.field)).toEqual(
      expect.arrayContaining(['company.corporateNumber', 'account.loginEmail']),
    )
  })
})
