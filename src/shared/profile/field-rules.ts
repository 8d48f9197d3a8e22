import { findRiskyChars, type CharClass } from './chars'
import {
  isPhoneNumber,
  isValidCorporateNumber,
  parseOfficeNumber,
  parsePostalCode,
} from './identifiers'
import { storageLimitsOf } from '../storage-limits'
import { emptyProfile, ProfileSchema, SHORT_TEXT_MAX, type Profile } from './model'
import { portalText, proposeText } from './settle'

/**
 * The one table of field rules, shared by the editor (labels, counters, char hints), main's
 * validation and the copy panel. Every fact carries its certainty (see domain-notes.md): only
 * verified facts may produce errors; everything else warns and never blocks the user.
 */

/** Portal establishment screen 1–6; `account` = the login e-mail; `record` = 「求人申し込み実績」;
 * `app` = kept only in this app, never typed into the portal. */
export type Screen = 1 | 2 | 3 | 4 | 5 | 6 | 'account' | 'record' | 'app'
export type Certainty = 'verified' | 'third-party' | 'unverified'
export type Format =
  | 'corporate-number'
  | 'office-number'
  | 'postal-code'
  | 'phone'
  | 'email'
  | 'year'
  | 'count'
  | 'url'
  /** Yen as digits (資本金); 万 and 億 are offered as a conversion, the portal's unit unverified. */
  | 'yen'

export interface FieldRule {
  /** Stable id: a profile path, with `*` for the 就業場所 index (`workplaces.*.station`). */
  id: string
  /** vue-i18n key of the app's own label. */
  labelKey: string
  /** The label as the portal (or, failing that, the public job sheet) shows it. */
  portalLabel: string
  screen: Screen
  /** Order on the screen, 1-based. */
  position: number
  required: boolean
  /** When present, the field is required only if this holds (e.g. not a 個人事業主). */
  requiredWhen?: (profile: Profile, index: number | undefined) => boolean
  /** In characters (code points), where a limit is known. */
  maxLength?: number
  /**
   * What the app can store (UTF-16 units, as an input's `maxlength` counts): the model's own limit.
   * The input stops there; a longer value that arrives anyway is an error and is not saved.
   */
  storageMax: number
  chars: CharClass
  format?: Format
  /** A multi-line text (事業内容, 会社の特長): line breaks belong to it. */
  multiline?: boolean
  certainty: Record<'label' | 'screen' | 'required' | 'maxLength' | 'chars' | 'format', Certainty>
}

export interface Finding {
  /** Concrete path: 'establishment.nameKana', 'workplaces.0.station'. */
  field: string
  code: FindingCode
  severity: 'error' | 'warning'
  params?: Record<string, string | number>
}

export type FindingCode =
  | 'required'
  | 'too-long'
  | 'chars'
  | 'risky-chars'
  | 'format'
  | 'check-digit'
  | 'exceeds'
  | 'unknown-field'
  | 'over-storage-limit'

/** The portal's login e-mail limit (verified). */
export const LOGIN_EMAIL_MAX_LENGTH = 100
/** 職種名 limit of the job-offer form (third-party source only: warn, never block). */
export const JOB_TITLE_MAX_LENGTH = 28
export const JOB_TITLE_MAX_LENGTH_CERTAINTY: Certainty = 'third-party'

const V: Certainty = 'verified'
const T: Certainty = 'third-party'
const U: Certainty = 'unverified'

interface Spec {
  label: string
  chars: CharClass
  required?: boolean
  requiredWhen?: FieldRule['requiredWhen']
  maxLength?: number
  format?: Format
  multiline?: boolean
  certainty?: Partial<FieldRule['certainty']>
}

/** Most facts are unverified; the label usually comes from the public job sheet (third-party). */
const DEFAULT_CERTAINTY: FieldRule['certainty'] = {
  label: T,
  screen: U,
  required: U,
  maxLength: U,
  chars: U,
  format: U,
}

/** Each text field's storage limit, read once from the profile's schema. */
const STORAGE_LIMITS = storageLimitsOf(ProfileSchema, emptyProfile())

function screenRules(screen: Screen, specs: ReadonlyArray<readonly [string, Spec]>): FieldRule[] {
  return specs.map(([id, s], i) => ({
    id,
    labelKey: `profile.field.${id.replaceAll('.*', '')}`,
    portalLabel: s.label,
    screen,
    position: i + 1,
    required: s.required ?? false,
    ...(s.requiredWhen ? { requiredWhen: s.requiredWhen } : {}),
    ...(s.maxLength === undefined ? {} : { maxLength: s.maxLength }),
    storageMax: STORAGE_LIMITS.get(id) ?? SHORT_TEXT_MAX,
    chars: s.chars,
    ...(s.format ? { format: s.format } : {}),
    ...(s.multiline ? { multiline: true } : {}),
    certainty: { ...DEFAULT_CERTAINTY, ...s.certainty },
  }))
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

const severity = (c: Certainty): Finding['severity'] => (c === 'verified' ? 'error' : 'warning')

const CHAR_TESTS: Record<CharClass, RegExp | null> = {
  // No half-width ASCII or half-width kana; line breaks are fine in long texts.
  zenkaku: /^[^\x20-\x7e\uff61-\uff9f]*$/u,
  'hankaku-alnum': /^[\x20-\x7e]*$/,
  'hankaku-digits': /^[0-9-]*$/,
  'zenkaku-katakana': /^[\u30a1-\u30f6\u30fc\u30fd\u30fe\u30fb\u3000]*$/,
  email: /^[\x21-\x7e]*$/,
  free: null,
}

// Pragmatic: one @, a dot in the domain, no spaces; the portal's exact rule is not public.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function formatFinding(format: string | undefined, value: string): Finding['code'] | null {
  switch (format) {
    case 'corporate-number':
      if (!/^\d{13}$/.test(value)) return 'format'
      return isValidCorporateNumber(value) ? null : 'check-digit'
    case 'office-number':
      return parseOfficeNumber(value) === null ? 'format' : null
    case 'postal-code':
      return parsePostalCode(value) === null ? 'format' : null
    case 'phone':
      return isPhoneNumber(value) ? null : 'format'
    case 'email':
      return EMAIL.test(value) ? null : 'format'
    case 'year':
      return /^\d{4}$/.test(value) ? null : 'format'
    case 'count':
    case 'yen':
      return /^\d+$/.test(value) ? null : 'format'
    case 'url':
      return /^https?:\/\/[^\s]+$/.test(value) ? null : 'format'
    default:
      // No format, or one of another table (the job offer's time, amount, …): checked there.
      return null
  }
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

/**
 * What `checkRule` needs of a rule, so other tables (job offers) can reuse the checks. `format`
 * may be another table's (the job offer's 'amount' shapes the pasted text); only this table's
 * formats are checked here.
 */
export type RuleChecks = Pick<FieldRule, 'maxLength' | 'chars' | 'multiline' | 'certainty'> & {
  format?: string
} & Partial<Pick<FieldRule, 'storageMax'>>

/**
 * Checks one value against a rule of any table; `required` is already decided by the caller.
 * Exported for `shared/job-offer`, whose rules have other screens and conditions.
 */
export function checkRule(
  rule: RuleChecks,
  field: string,
  value: string,
  required: boolean,
): Finding[] {
  const c = rule.certainty
  // Characters are judged as the copy panel pastes them: what it converts (全角 letters in a
  // 全角 field, ㈱, a tab) is said under the field as "converted when copied", not warned about.
  const pasted = portalText(value, rule)
  if (pasted === '') {
    return required ? [{ field, code: 'required', severity: severity(c.required) }] : []
  }
  const findings: Finding[] = []
  // Over what the app can store: an error whatever the portal accepts, and the field is not saved.
  const overStorage = rule.storageMax !== undefined && value.length > rule.storageMax
  if (overStorage) {
    findings.push({
      field,
      code: 'over-storage-limit',
      severity: 'error',
      params: { max: rule.storageMax ?? 0, length: value.length },
    })
  }
  const length = [...value].length
  if (!overStorage && rule.maxLength !== undefined && length > rule.maxLength) {
    findings.push({
      field,
      code: 'too-long',
      severity: severity(c.maxLength),
      params: { max: rule.maxLength, length },
    })
  }
  // A number typed with commas, a unit or an era name: name that problem and offer the value
  // (`proposeText`), rather than a general "digits only".
  const proposal = proposeText(value, rule)
  if (proposal !== null) {
    findings.push({
      field,
      code: 'format',
      severity: severity(c.format),
      params: {
        format: rule.format ?? '',
        problem: proposal.problem,
        proposal: proposal.value,
        ...proposal.params,
      },
    })
    return findings
  }
  const charTest = CHAR_TESTS[rule.chars]
  const charsOk = charTest === null || charTest.test(pasted)
  if (!charsOk) {
    findings.push({
      field,
      code: 'chars',
      severity: severity(c.chars),
      params: { expected: rule.chars },
    })
  }
  const risky = findRiskyChars(pasted, rule.chars, { multiline: rule.multiline === true })
  if (risky.length > 0) {
    // Unverified which characters the portal refuses: a warning, one per field.
    const unique = [...new Set(risky.map((r) => r.char))]
    findings.push({
      field,
      code: 'risky-chars',
      severity: 'warning',
      params: { chars: unique.join(' '), count: risky.length },
    })
  }
  // A format check on text of the wrong class would only repeat the 'chars' finding.
  const code = charsOk ? formatFinding(rule.format, pasted) : null
  if (code !== null) {
    findings.push({
      field,
      code,
      severity: severity(c.format),
      params: { format: rule.format ?? '' },
    })
  }
  return findings
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

export interface ScreenCompleteness {
  screen: Screen
  /** Required fields (that apply to this profile) which are filled and have no error. */
  filled: number
  total: number
  /** Concrete paths of the required fields still empty. */
  missing: string[]
  /**
   * Concrete paths of the fields filled with an error (required or not): such a field is not
   * done, and neither is its screen, until it is fixed.
   */
  invalid: string[]
}

/** The portal's order: establishment screens 1–6, then the login e-mail and 事業所番号. */
const PORTAL_SCREENS: readonly Screen[] = [1, 2, 3, 4, 5, 6, 'account', 'record']

/**
 * Required fields filled per portal screen, and the fields with an error. Screen 6 (images) is
 * counted with the job offers, so it reports 0 of 0 here.
 */
export function completeness(profile: Profile): ScreenCompleteness[] {
  const result = PORTAL_SCREENS.map((screen) => ({
    screen,
    filled: 0,
    total: 0,
    missing: [] as string[],
    invalid: [] as string[],
  }))
  for (const [path, rule] of pathsOf(profile)) {
    const entry = result.find((r) => r.screen === rule.screen)
    if (entry === undefined) continue
    const value = valueAt(profile, path) ?? ''
    const required = isRequired(rule, path, profile)
    const empty = value.trim() === ''
    const wrong =
      !empty &&
      checkRule(rule, path, value, required).some(
        (f) => f.severity === 'error' && f.code !== 'required',
      )
    if (wrong) entry.invalid.push(path)
    if (!required) continue
    entry.total++
    if (empty) entry.missing.push(path)
    else if (!wrong) entry.filled++
  }
  const screen4 = result.find((r) => r.screen === 4)
  if (screen4 && profile.workplaces.length === 0) {
    screen4.total++
    screen4.missing.push('workplaces')
  }
  return result
}
