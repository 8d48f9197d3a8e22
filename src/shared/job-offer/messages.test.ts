import { describe, it, expect } from 'vitest'
import { JOB_FIELD_RULES, jobRuleFor } from './field-table'
import { JOB_GUIDANCE_CODES, type JobFindingCode } from './guidance'
import { IMAGE_FINDING_CODES } from './images'
import {
  findingMessageKey,
  imageFindingMessageKey,
  optionMessageKey,
  screenMessageKey,
} from './messages'
import { jobOfferEn } from './messages.en'
import { jobOfferJa } from './messages.ja'
import { OPTION_LISTS, type OptionListId } from './options'
import { COPY_NOTES, PORTAL_SCREENS } from './portal-text'

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]]
  return Object.entries(node as Record<string, unknown>).flatMap(([k, x]) =>
    leaves(x, prefix ? `${prefix}.${k}` : k),
  )
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

/** The message at a full key ('jobOffer.x.y'), or undefined. */
function at(messages: unknown, key: string): string | undefined {
  let node: unknown = { jobOffer: messages }
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

const PROFILE_CODES: JobFindingCode[] = [
  'required',
  'too-long',
  'chars',
  'risky-chars',
  'format',
  'check-digit',
  'exceeds',
  'unknown-field',
]

describe('job-offer messages', () => {
  it('has the same keys and placeholders in ja and en, none empty', () => {
    const ja = leaves(jobOfferJa)
    const en = new Map(leaves(jobOfferEn))
    expect([...en.keys()]).toEqual(ja.map(([k]) => k))
    for (const [key, text] of ja) {
      expect(text.trim(), key).not.toBe('')
      expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text))
    }
  })

  it('has a text for every label key, option, finding code, screen and note', () => {
    const keys = [
      ...JOB_FIELD_RULES.map((r) => r.labelKey).filter((k) => k.startsWith('jobOffer.')),
      ...(Object.keys(OPTION_LISTS) as OptionListId[]).flatMap((list) =>
        OPTION_LISTS[list].options.map((o) => optionMessageKey(list, o.id)),
      ),
      ...[...PROFILE_CODES, ...JOB_GUIDANCE_CODES].map(findingMessageKey),
      ...IMAGE_FINDING_CODES.map(imageFindingMessageKey),
      ...PORTAL_SCREENS.map(screenMessageKey),
      ...COPY_NOTES.map((n) => `jobOffer.copyNote.${n}`),
    ]
    for (const key of keys) {
      expect(at(jobOfferJa, key), key).toBeTypeOf('string')
      expect(at(jobOfferEn, key), key).toBeTypeOf('string')
    }
  })

  it('shows the portal labels of the options in Japanese', () => {
    for (const list of Object.keys(OPTION_LISTS) as OptionListId[]) {
      for (const o of OPTION_LISTS[list].options) {
        expect(at(jobOfferJa, optionMessageKey(list, o.id))).toBe(o.label)
        expect(at(jobOfferEn, optionMessageKey(list, o.id))?.startsWith(o.label.slice(0, 5))).toBe(
          true,
        )
      }
    }
  })

  it('spells each label as the portal does, adding only qualifiers (時間外労働時間, not 時間外労働)', () => {
    expect(at(jobOfferJa, 'jobOffer.field.hours.overtime')).toBe(
      jobRuleFor('hours.overtime')?.portalLabel,
    )
    for (const rule of JOB_FIELD_RULES) {
      if (!rule.labelKey.startsWith('jobOffer.') || rule.screen === 'app') continue
      const base = rule.portalLabel.replace(/（.*$/, '')
      expect(at(jobOfferJa, rule.labelKey), rule.id).toContain(base)
    }
  })

  it('uses no vue-i18n special syntax beyond named placeholders', () => {
    for (const [key, text] of [...leaves(jobOfferJa), ...leaves(jobOfferEn)]) {
      expect(/\{(?!\w+\})/.test(text), key).toBe(false)
    }
  })
})
