import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FIELD_RULES, checkField, type FieldRule } from '../profile/field-rules'
import { type Finding } from '../field-rules/core'
import { normalize } from '../profile/normalize'
import { copyPreview, settleText } from '../profile/settle'
import { sampleDraft, sampleProfile } from './testing/fixtures'
import { JOB_FIELD_RULES, applies, type JobFieldRule } from './field-table'
import { checkJobField } from './field-checks'
import { type JobFinding } from './guidance'
import type { JobOfferDraft } from './model'
import { composedValue } from './compose'
import { copyItemsForScreen, type PortalScreenId } from './portal-text'

/**
 * The editors and the copy panel agree, for every typed field of the profile and the job offer:
 * - what an editor shows once the user leaves the field (the settled value), and its "converted
 *   when copied" text, is exactly what the copy panel pastes for that field;
 * - the editors warn about characters only as the panel pastes them: nothing the panel converts
 *   or removes (全角 letters, ㈱, ｶﾅ, a tab, a control character) is warned about;
 * - an invisible character is named under the field and never pasted.
 * The panel's side runs through `copyItemsForScreen` (its own path from profile and draft to the
 * pasted text), the editors' side through the functions the field components call.
 */

const TRICKY = [
  ...'ｶﾞﾊﾟｰかがアー－‐―−０１９ＡＺａｚ＠．（）　 -,.()0123456789abcXYZ@/:',
  ...'人分円年万億平成昭和令和元〒派㈱①Ⅲ髙﨑😀𩸽é™\u200b\ufe0f\ue000',
  ...'\t\n\r\u0000\u0007\u001b\u007f',
]
const typed = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 24 }),
  fc.string({ maxLength: 16 }),
)

const CHAR_CODES: ReadonlySet<string> = new Set(['chars', 'risky-chars'])
const charFindings = (findings: readonly (Finding | JobFinding)[]) =>
  findings.filter((f) => CHAR_CODES.has(f.code)).map((f) => `${f.code} ${f.severity}`)

/** A control character other than the line break (which multi-line fields keep). */
const hasControl = (s: string): boolean =>
  [...s].some((c) => {
    const cp = c.codePointAt(0) ?? 0
    return (cp < 0x20 && cp !== 0x0a) || cp === 0x7f
  })

// -------------------------------------------------------------------------------------------
// Profile fields

/** A profile where every rule's path is its own (head office and workplace address typed). */
function profileWith(path: string, value: string) {
  const profile = sampleProfile()
  profile.company.headOfficeDiffers = true
  profile.company.soleProprietor = false
  const wp = profile.workplaces[0]
  if (wp) wp.sameAsEstablishment = false
  let node: Record<string, unknown> = profile as unknown as Record<string, unknown>
  const keys = path.split('.')
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>
  node[keys[keys.length - 1] ?? ''] = value
  return profile
}

const PROFILE_SCREEN: Partial<Record<FieldRule['screen'], PortalScreenId>> = {
  1: 'est-1',
  2: 'est-2',
  3: 'est-3',
  4: 'est-4',
  5: 'est-5',
  account: 'account',
  record: 'record',
}

const profilePaths = FIELD_RULES.flatMap((rule) => {
  const screen = PROFILE_SCREEN[rule.screen]
  return screen ? [{ path: rule.id.replace('*', '0'), rule, screen }] : []
})

describe('profile editor and copy panel', () => {
  it('covers every typed field the panel lists', () => {
    const app = FIELD_RULES.filter((r) => r.screen === 'app').map((r) => r.id)
    expect(profilePaths.length + app.length).toBe(FIELD_RULES.length)
  })

  it('paste what the editor shows as settled and converted, and warn only about what is pasted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...profilePaths), typed, ({ path, rule, screen }, value) => {
        const settled = normalize(path, value)
        expect(normalize(path, settled), 'settling is idempotent').toBe(settled)
        const preview = copyPreview(settled, rule)
        expect(copyPreview(preview.pasted, rule).pasted, 'pasting is idempotent').toBe(
          preview.pasted,
        )
        const item = copyItemsForScreen(screen, profileWith(path, settled)).find(
          (i) => i.field === path,
        )
        expect(item, path).toBeDefined()
        expect(item?.value, path).toBe(preview.pasted)
        if (!preview.converted) expect(item?.value, path).toBe(settled.trim())
        // Typed before leaving the field pastes the same as settled.
        expect(copyPreview(value, rule).pasted, path).toBe(preview.pasted)
        // No warning about a character the panel converts or removes.
        expect(charFindings(checkField(path, settled)), path).toEqual(
          charFindings(checkField(path, preview.pasted)),
        )
        // An invisible character is never pasted, and is named under the field.
        expect(hasControl(preview.pasted), path).toBe(false)
        if (rule.multiline !== true) expect(preview.pasted, path).not.toContain('\n')
        if (settled.includes('\t')) {
          expect(
            preview.removed.map((r) => r.kind),
            path,
          ).toContain('tab')
        }
      }),
      { numRuns: 800 },
    )
  })
})

// -------------------------------------------------------------------------------------------
// Job-offer fields

/** The sample draft with every condition switched on, so every field applies. */
function everythingApplies(): JobOfferDraft {
  const d = sampleDraft()
  Object.assign(d.category, {
    employmentType: 'non-regular',
    dispatch: 'dispatch',
    employmentPeriod: 'fixed-4-months-or-more',
    contractRenewal: 'conditional',
    regularConversion: 'yes',
  })
  Object.assign(d.workplace, {
    choice: 'own',
    smoking: 'other',
    transfer: 'yes',
    carCommute: 'yes',
    parking: 'yes',
  })
  d.workplace.own.sameAsEstablishment = false
  Object.assign(d.job, {
    ageLimit: 'limited',
    experience: 'required',
    license: 'required',
    trialPeriod: 'yes',
    trialConditions: 'different',
  })
  Object.assign(d.wage, { fixedOvertime: 'yes', commuting: 'actual', raise: 'yes', bonus: 'yes' })
  Object.assign(d.hours, { overtime: 'yes' })
  Object.assign(d.insurance, { retirementAge: 'yes', reemployment: 'yes', childcare: 'yes' })
  d.selection.documents = ['referral', 'other']
  return d
}

function draftWith(id: string, value: string): JobOfferDraft {
  const draft = everythingApplies()
  let node: Record<string, unknown> = draft as unknown as Record<string, unknown>
  const keys = id.split('.')
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>
  node[keys[keys.length - 1] ?? ''] = value
  return draft
}

const textRules = JOB_FIELD_RULES.filter(
  (r): r is JobFieldRule & { screen: Exclude<JobFieldRule['screen'], 'app'> } =>
    r.kind === 'text' && r.screen !== 'app',
)

describe('draft editor and copy panel', () => {
  it('every typed field applies in the test draft', () => {
    const draft = everythingApplies()
    expect(textRules.filter((r) => !applies(r, draft)).map((r) => r.id)).toEqual([])
  })

  it('paste what the editor shows as settled and converted, and warn only about what is pasted', () => {
    const profile = sampleProfile()
    fc.assert(
      fc.property(fc.constantFrom(...textRules), typed, (rule, value) => {
        const settled = settleText(value, rule)
        expect(settleText(settled, rule), 'settling is idempotent').toBe(settled)
        const draft = draftWith(rule.id, settled)
        // 仕事内容 and the renewal fields carry the 2024-04 statements composed in; the editor
        // shows that composed text under them, and the panel pastes it.
        const shown = composedValue(draft, rule.id, settled)
        const preview = copyPreview(shown, rule)
        expect(copyPreview(preview.pasted, rule).pasted, 'pasting is idempotent').toBe(
          preview.pasted,
        )
        const item = copyItemsForScreen(`job-${rule.screen}`, profile, draft).find(
          (i) => i.field === rule.id,
        )
        // An empty 担当者 value is the profile's; the property is about typed values.
        if (settled === '' && rule.id.startsWith('selection.contact.')) return
        expect(item, rule.id).toBeDefined()
        expect(item?.value, rule.id).toBe(preview.pasted)
        if (!preview.converted) expect(item?.value, rule.id).toBe(shown.trim())
        const typedShown = composedValue(draftWith(rule.id, value), rule.id, value)
        expect(copyPreview(typedShown, rule).pasted, rule.id).toBe(preview.pasted)
        const pastedDraft = draftWith(rule.id, preview.pasted)
        expect(charFindings(checkJobField(rule.id, draft)), rule.id).toEqual(
          charFindings(checkJobField(rule.id, pastedDraft)),
        )
        expect(hasControl(preview.pasted), rule.id).toBe(false)
        if (rule.multiline !== true) expect(preview.pasted, rule.id).not.toContain('\n')
        if (settled.includes('\t')) {
          expect(
            preview.removed.map((r) => r.kind),
            rule.id,
          ).toContain('tab')
        }
      }),
      { numRuns: 800 },
    )
  })
})
