import {
  checkRule,
  countField,
  emptyCompleteness,
  severity,
  type ScreenCompleteness,
} from '../field-rules/core'
import type { Profile } from '../profile/model'
import { portalText } from '../profile/settle'
import {
  applies,
  isJobFieldRequired,
  jobRuleFor,
  jobRulesOf,
  JOB_FIELD_RULES,
  JOB_SCREENS,
  type JobFieldRule,
  type JobFormat,
} from './field-table'
import { guidance, type JobFinding } from './guidance'
import { effectiveContact, type JobOfferDraft } from './model'
import { isOption } from './options'
import { parseNumber, parseTime } from './work-category'

/** The checks of the job-offer table: each field through the core's checks plus this table's formats. */

/**
 * The value at a rule's path: a string, or the ids of a several-choice field. With a profile,
 * the 担当者 falls back to the profile's contact.
 */
export function draftValue(
  draft: JobOfferDraft,
  id: string,
  profile?: Profile,
): string | readonly string[] {
  if (profile !== undefined && id.startsWith('selection.contact.')) {
    const contact = effectiveContact(draft, profile)
    const key = id.slice('selection.contact.'.length)
    return Object.hasOwn(contact, key) ? (contact[key as keyof typeof contact] ?? '') : ''
  }
  let node: unknown = draft
  for (const key of id.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return ''
    node = (node as Record<string, unknown>)[key]
  }
  if (typeof node === 'string') return node
  return Array.isArray(node) ? node.filter((x): x is string => typeof x === 'string') : ''
}

const isEmpty = (value: string | readonly string[]): boolean =>
  typeof value === 'string' ? value.trim() === '' : value.length === 0

function formatOk(format: JobFormat, value: string): boolean {
  switch (format) {
    case 'time':
      return parseTime(value) !== null
    case 'amount':
      return /^\d+$/.test(value)
    case 'number':
      return parseNumber(value) !== null && /^[\d.]+$/.test(value)
    case 'day':
      return /^(?:[1-9]|[12]\d|3[01])日?$|^末日?$/.test(value)
    case 'dispatch-permit':
      return /^派\d{2}-\d{6}$/.test(value)
    default:
      return true
  }
}

/** Checks one field of a draft (rule id). Fields that do not apply give nothing. */
export function checkJobField(id: string, draft: JobOfferDraft, profile?: Profile): JobFinding[] {
  const rule = jobRuleFor(id)
  if (rule === undefined) return [{ field: id, code: 'unknown-field', severity: 'error' }]
  if (!applies(rule, draft)) return []
  const value = draftValue(draft, id, profile)
  const required = isJobFieldRequired(rule, draft)
  if (isEmpty(value)) {
    return required
      ? [{ field: id, code: 'required', severity: severity(rule.certainty.required) }]
      : []
  }
  if (typeof value !== 'string' || rule.kind !== 'text') return checkChoice(rule, value, profile)
  // The profile's checks judge the text as the copy panel pastes it (amounts without ',' and 円).
  const findings: JobFinding[] = checkRule(rule, id, value, required)
  const charsOk = !findings.some((f) => f.code === 'chars' || f.code === 'format')
  const pasted = portalText(value, rule)
  if (rule.format !== undefined && charsOk && !formatOk(rule.format, pasted)) {
    findings.push({
      field: id,
      code: 'format',
      severity: severity(rule.certainty.format),
      params: { format: rule.format },
    })
  }
  return findings
}

function checkChoice(
  rule: JobFieldRule,
  value: string | readonly string[],
  profile: Profile | undefined,
): JobFinding[] {
  const ids = typeof value === 'string' ? [value] : value
  if (rule.kind === 'workplace') {
    const v = ids[0] ?? ''
    if (v === 'own') return []
    const i = /^\d+$/.test(v) ? Number(v) : -1
    const known = profile === undefined ? i >= 0 : profile.workplaces[i] !== undefined
    return known
      ? []
      : [{ field: rule.id, code: 'workplace-not-found', severity: 'error', params: { value: v } }]
  }
  if (rule.options === undefined) return []
  const listId = rule.options
  const unknown = ids.filter((x) => !isOption(listId, x))
  return unknown.length === 0
    ? []
    : [
        {
          field: rule.id,
          code: 'unknown-option',
          severity: 'warning',
          params: { value: unknown.join(' '), list: listId },
        },
      ]
}

/** Every finding for a draft: each applicable field, then the guidance. */
export function checkDraft(draft: JobOfferDraft, profile?: Profile): JobFinding[] {
  return [
    ...JOB_FIELD_RULES.flatMap((r) => checkJobField(r.id, draft, profile)),
    ...guidance(draft),
  ]
}

export type JobScreenCompleteness = ScreenCompleteness<(typeof JOB_SCREENS)[number]>

/** Required fields filled per job-offer screen (with the profile, 担当者 falls back to it). */
export function draftCompleteness(
  draft: JobOfferDraft,
  profile?: Profile,
): JobScreenCompleteness[] {
  return JOB_SCREENS.map((screen) => {
    const entry = emptyCompleteness(screen)
    for (const rule of jobRulesOf(screen)) {
      if (!applies(rule, draft)) continue
      countField(entry, rule.id, {
        empty: isEmpty(draftValue(draft, rule.id, profile)),
        required: isJobFieldRequired(rule, draft),
        findings: () => checkJobField(rule.id, draft, profile),
      })
    }
    return entry
  })
}
