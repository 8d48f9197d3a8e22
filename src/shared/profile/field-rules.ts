import type { CharClass } from './chars'
import { storageLimitsOf } from '../storage-limits'
import { emptyProfile, ProfileSchema, SHORT_TEXT_MAX, type Profile } from './model'
import {
  checkRule,
  countField,
  emptyCompleteness,
  screenRuleBases,
  T,
  U,
  V,
  type Certainty,
  type Finding,
  type RuleBase,
  type ScreenCompleteness,
  type SpecBase,
} from '../field-rules/core'

/**
 * The profile's table of field rules, shared by the editor (labels, counters, char hints), main's
 * validation and the copy panel, on the field-rule core (`../field-rules/core.ts`).
 */

/** Portal establishment screen 1–6; `account` = the login e-mail; `record` = 「求人申し込み実績」;
 * `app` = kept only in this app, never typed into the portal. */
export type Screen = 1 | 2 | 3 | 4 | 5 | 6 | 'account' | 'record' | 'app'

export interface FieldRule extends RuleBase<Screen> {
  /** When present, the field is required only if this holds (e.g. not a 個人事業主). */
  requiredWhen?: (profile: Profile, index: number | undefined) => boolean
}

/** The portal's login e-mail limit (verified). */
export const LOGIN_EMAIL_MAX_LENGTH = 100
/** 職種名 limit of the job-offer form (third-party source only: warn, never block). */
export const JOB_TITLE_MAX_LENGTH = 28
export const JOB_TITLE_MAX_LENGTH_CERTAINTY: Certainty = 'third-party'

interface Spec extends SpecBase {
  chars: CharClass
  requiredWhen?: FieldRule['requiredWhen']
}

/** Each text field's storage limit, read once from the profile's schema. */
const STORAGE_LIMITS = storageLimitsOf(ProfileSchema, emptyProfile())

function screenRules(screen: Screen, specs: ReadonlyArray<readonly [string, Spec]>): FieldRule[] {
  return screenRuleBases(screen, specs, {
    labelKey: (id) => `profile.field.${id.replaceAll('.*', '')}`,
    storageMax: (id) => STORAGE_LIMITS.get(id) ?? SHORT_TEXT_MAX,
    defaultChars: (spec) => spec.chars,
  }).map(([rule, s]) => ({ ...rule, ...(s.requiredWhen ? { requiredWhen: s.requiredWhen } : {}) }))
}

/** 郵便番号 + the address parts 住所検索 fills in; 町域 and 建物 may legitimately be empty. */
function address(
  prefix: string,
  when: FieldRule['requiredWhen'],
  certainty: Partial<FieldRule['certainty']> = {},
): Array<[string, Spec]> {
  const part = (key: string, label: string, spec: Partial<Spec>): [string, Spec] => [
    `${prefix}.${key}`,
    { label, chars: 'zenkaku', required: true, requiredWhen: when, certainty, ...spec },
  ]
  return [
    part('postalCode', '郵便番号', {
      chars: 'hankaku-digits',
      format: 'postal-code',
      maxLength: 8,
      // Japan Post's 7-digit code (NNN-NNNN) is a fact whatever the portal's form looks like.
      certainty: { ...certainty, format: V, maxLength: V },
    }),
    part('prefecture', '都道府県', {}),
    part('city', '市区町村', {}),
    part('town', '町域', { required: false }),
    part('street', '番地', {}),
    part('building', '建物名', { required: false }),
  ]
}

const notSole = (p: Profile): boolean => !p.company.soleProprietor
const headOfficeDiffers = (p: Profile): boolean => p.company.headOfficeDiffers
const ownWorkplaceAddress = (p: Profile, i: number | undefined): boolean =>
  i === undefined || p.workplaces[i]?.sameAsEstablishment !== true

// A phone number is at most 11 digits + 2 hyphens: a shape, not a known portal limit.
const phone = (label: string, required: boolean): Spec => ({
  label,
  chars: 'hankaku-digits',
  format: 'phone',
  maxLength: 13,
  required,
})
const count = (label: string): Spec => ({
  label,
  chars: 'hankaku-digits',
  format: 'count',
  required: true,
})
// Screen 1's contents are named on the portal's own help page (ent_inputmethod03).
const onScreen1: Partial<FieldRule['certainty']> = { screen: V, label: V }

export const FIELD_RULES: readonly FieldRule[] = [
  ...screenRules(1, [
    [
      'company.corporateNumber',
      {
        label: '法人番号',
        chars: 'hankaku-digits',
        format: 'corporate-number',
        maxLength: 13,
        required: true,
        requiredWhen: notSole,
        certainty: { screen: V, label: V, required: V, maxLength: V, chars: V, format: V },
      },
    ],
    [
      'company.name',
      {
        label: '法人名',
        chars: 'zenkaku',
        required: true,
        requiredWhen: notSole,
        certainty: onScreen1,
      },
    ],
    ...address('company.headOffice', headOfficeDiffers, { screen: V }),
    [
      'company.foundedYear',
      { label: '設立年', chars: 'hankaku-digits', format: 'year', certainty: onScreen1 },
    ],
    [
      'company.capital',
      { label: '資本金', chars: 'hankaku-digits', format: 'yen', certainty: onScreen1 },
    ],
    ['company.employeesTotal', count('従業員数（企業全体）')],
  ]),
  ...screenRules(2, [
    [
      'establishment.nameKana',
      { label: '事業所名カナ', chars: 'zenkaku-katakana', required: true },
    ],
    ['establishment.name', { label: '事業所名', chars: 'zenkaku', required: true }],
    ...address('establishment.address', undefined),
    ['establishment.phone', phone('電話番号', true)],
    ['establishment.fax', phone('FAX', false)],
    [
      'establishment.representativeTitle',
      { label: '代表者役職', chars: 'zenkaku', required: true },
    ],
    ['establishment.representativeName', { label: '代表者名', chars: 'zenkaku', required: true }],
    ['contact.department', { label: '課係名・役職', chars: 'zenkaku' }],
    ['contact.name', { label: '担当者氏名', chars: 'zenkaku', required: true }],
    ['contact.nameKana', { label: '担当者氏名カナ', chars: 'zenkaku-katakana', required: true }],
    ['contact.phone', phone('電話番号', true)],
    ['contact.extension', { label: '内線', chars: 'hankaku-digits' }],
    ['contact.email', { label: 'e-mail', chars: 'email', format: 'email' }],
  ]),
  ...screenRules(3, [
    ['establishment.employeesHere', count('従業員数（就業場所）')],
    ['establishment.employeesWomen', count('従業員数（うち女性）')],
    ['establishment.employeesPartTime', count('従業員数（うちパート）')],
    [
      'establishment.business',
      { label: '事業内容', chars: 'zenkaku', required: true, multiline: true },
    ],
  ]),
  ...screenRules(4, [
    ['workplaces.*.name', { label: '就業場所名', chars: 'zenkaku', certainty: { label: U } }],
    ...address('workplaces.*.address', ownWorkplaceAddress),
    ['workplaces.*.station', { label: '最寄り駅', chars: 'zenkaku' }],
    ['workplaces.*.access', { label: '交通手段', chars: 'zenkaku' }],
    ['workplaces.*.travelTime', { label: '所要時間', chars: 'hankaku-digits', format: 'count' }],
  ]),
  ...screenRules(5, [
    ['establishment.features', { label: '会社の特長', chars: 'free', multiline: true }],
    ['establishment.homepage', { label: 'ホームページ', chars: 'hankaku-alnum', format: 'url' }],
  ]),
  ...screenRules('account', [
    [
      'account.loginEmail',
      {
        label: 'メールアドレス',
        chars: 'email',
        format: 'email',
        maxLength: LOGIN_EMAIL_MAX_LENGTH,
        required: true,
        certainty: { label: U, screen: V, required: V, maxLength: V, chars: V, format: V },
      },
    ],
  ]),
  ...screenRules('record', [
    [
      'record.officeNumber',
      {
        label: '事業所番号',
        chars: 'hankaku-digits',
        format: 'office-number',
        maxLength: 13,
        // Only those who filed before have one; first-time filers leave it empty.
        certainty: { label: V, screen: T, maxLength: T, chars: T, format: T },
      },
    ],
  ]),
  ...screenRules('app', [
    ['helloWork.name', { label: '管轄ハローワーク', chars: 'free', certainty: { label: U } }],
    [
      'establishment.industryGroup',
      { label: '業種（週44時間の特例）', chars: 'free', certainty: { label: U } },
    ],
    ['helloWork.phone', { ...phone('電話番号', false), certainty: { label: U } }],
  ]),
]

const RULES_BY_ID = new Map(FIELD_RULES.map((r) => [r.id, r]))

/** 'workplaces.0.station' → 'workplaces.*.station'. */
const ruleIdOf = (path: string): string => path.replace(/\.\d+(?=\.|$)/g, '.*')
const indexOf = (path: string): number | undefined => {
  const m = /^workplaces\.(\d+)\./.exec(path)
  return m ? Number(m[1]) : undefined
}

/** The rule for a rule id or a concrete path. */
export function ruleFor(pathOrId: string): FieldRule | undefined {
  return RULES_BY_ID.get(ruleIdOf(pathOrId))
}

/** The string at a concrete path ('workplaces.0.station'), or undefined. */
export function valueAt(profile: Profile, path: string): string | undefined {
  let node: unknown = profile
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return typeof node === 'string' ? node : undefined
}

function isRequired(rule: FieldRule, path: string, profile: Profile | undefined): boolean {
  if (!rule.required) return false
  // Without the profile the condition cannot be judged: assume the field is needed.
  return (
    profile === undefined ||
    rule.requiredWhen === undefined ||
    rule.requiredWhen(profile, indexOf(path))
  )
}

/**
 * Checks one value. `field` is a rule id or a concrete path; pass the profile so conditional
 * requirements (法人番号 unless 個人事業主, …) can be judged.
 */
export function checkField(field: string, value: string, profile?: Profile): Finding[] {
  const rule = ruleFor(field)
  if (rule === undefined) return [{ field, code: 'unknown-field', severity: 'error' }]
  return checkRule(rule, field, value, isRequired(rule, field, profile))
}

/** Concrete paths of every rule, 就業場所 rules once per workplace, in table order. */
function pathsOf(profile: Profile): Array<[string, FieldRule]> {
  const out: Array<[string, FieldRule]> = []
  for (const rule of FIELD_RULES) {
    if (rule.id.startsWith('workplaces.*.')) {
      profile.workplaces.forEach((_, i) => out.push([rule.id.replace('*', String(i)), rule]))
    } else out.push([rule.id, rule])
  }
  return out
}

/** 従業員数: a part cannot exceed the whole (only checked when both are plain numbers). */
const NOT_MORE_THAN: ReadonlyArray<readonly [string, string]> = [
  ['establishment.employeesHere', 'company.employeesTotal'],
  ['establishment.employeesWomen', 'company.employeesTotal'],
  ['establishment.employeesPartTime', 'company.employeesTotal'],
]

/** Every finding for a whole (possibly half-filled) profile. */
export function checkProfile(profile: Profile): Finding[] {
  const findings: Finding[] = []
  if (profile.workplaces.length === 0) {
    findings.push({ field: 'workplaces', code: 'required', severity: 'warning' })
  }
  for (const [path, _rule] of pathsOf(profile)) {
    findings.push(...checkField(path, valueAt(profile, path) ?? '', profile))
  }
  for (const [part, whole] of NOT_MORE_THAN) {
    const a = valueAt(profile, part) ?? ''
    const b = valueAt(profile, whole) ?? ''
    if (/^\d+$/.test(a) && /^\d+$/.test(b) && Number(a) > Number(b)) {
      findings.push({
        field: part,
        code: 'exceeds',
        severity: 'warning',
        params: { other: whole, max: Number(b) },
      })
    }
  }
  return findings
}

/** The portal's order: establishment screens 1–6, then the login e-mail and 事業所番号. */
const PORTAL_SCREENS: readonly Screen[] = [1, 2, 3, 4, 5, 6, 'account', 'record']

/**
 * Required fields filled per portal screen, and the fields with an error. Screen 6 (images) is
 * counted with the job offers, so it reports 0 of 0 here.
 */
export function completeness(profile: Profile): ScreenCompleteness<Screen>[] {
  const result = PORTAL_SCREENS.map((screen) => emptyCompleteness(screen))
  for (const [path, rule] of pathsOf(profile)) {
    const entry = result.find((r) => r.screen === rule.screen)
    if (entry === undefined) continue
    const value = valueAt(profile, path) ?? ''
    const required = isRequired(rule, path, profile)
    countField(entry, path, {
      empty: value.trim() === '',
      required,
      findings: () => checkRule(rule, path, value, required),
    })
  }
  const screen4 = result.find((r) => r.screen === 4)
  if (screen4 && profile.workplaces.length === 0) {
    screen4.total++
    screen4.missing.push('workplaces')
  }
  return result
}
