import { findRiskyChars, type CharClass } from '../profile/chars'
import {
  isPhoneNumber,
  isValidCorporateNumber,
  parseOfficeNumber,
  parsePostalCode,
} from '../profile/identifiers'
import { portalText, proposeText } from '../profile/settle'

/**
 * The one field-rule core, used by the profile's table (`profile/field-rules.ts`) and the job
 * offer's (`job-offer/field-table.ts`): what a rule says about its field, how sure each fact is,
 * how sure turns into how severe, and the checks every typed value goes through. Each table adds
 * its own screens, conditions and formats. Every fact carries its certainty (see domain-notes):
 * only verified facts may produce errors; everything else warns and never blocks the user.
 */

export type Certainty = 'verified' | 'third-party' | 'unverified'

/** Short names for writing tables. */
export const V: Certainty = 'verified'
export const T: Certainty = 'third-party'
export const U: Certainty = 'unverified'

/** How sure each fact of a rule is. */
export type RuleCertainty = Record<
  'label' | 'screen' | 'required' | 'maxLength' | 'chars' | 'format',
  Certainty
>

/** Most facts are unverified; the label usually comes from the public job sheet (third-party). */
export const DEFAULT_CERTAINTY: RuleCertainty = {
  label: T,
  screen: U,
  required: U,
  maxLength: U,
  chars: U,
  format: U,
}

/** A fact we are sure of can block; anything less only warns. */
export const severity = (c: Certainty): 'error' | 'warning' => (c === V ? 'error' : 'warning')

/** The formats `checkRule` knows; a table may add its own and check them itself. */
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

/** What every table says of each of its fields. */
export interface RuleBase<S, F extends string = Format> {
  /** Stable id: the value's path (a table may use `*` for an index). */
  id: string
  /** vue-i18n key of the app's own label. */
  labelKey: string
  /** The label as the portal (or, failing that, the public job sheet) shows it. */
  portalLabel: string
  screen: S
  /** Order on the screen, 1-based. */
  position: number
  required: boolean
  /** In characters (code points), where a limit is known. */
  maxLength?: number
  /**
   * What the app can store (UTF-16 units, as an input's `maxlength` counts): the model's own limit.
   * The input stops there; a longer value that arrives anyway is an error and is not saved.
   */
  storageMax: number
  chars: CharClass
  format?: F
  /** A multi-line text (事業内容, 会社の特長): line breaks belong to it. */
  multiline?: boolean
  certainty: RuleCertainty
}

/** A table row as written: the portal's label and what differs from the defaults. */
export interface SpecBase<F extends string = Format> {
  label: string
  chars?: CharClass
  required?: boolean
  maxLength?: number
  format?: F
  multiline?: boolean
  certainty?: Partial<RuleCertainty>
}

export interface RuleTable<P> {
  labelKey(id: string, spec: P): string
  /** The model's storage limit of a field (see `storage-limits.ts`). */
  storageMax(id: string): number
  /** Characters of a row that names none. */
  defaultChars(spec: P): CharClass
}

/**
 * The rules of one screen, in the order written: the part every table shares. Each table spreads
 * its own fields (conditions, option lists) over the result.
 */
export function screenRuleBases<S, P extends SpecBase<string>>(
  screen: S,
  specs: ReadonlyArray<readonly [string, P]>,
  table: RuleTable<P>,
): Array<[RuleBase<S, NonNullable<P['format']>>, P]> {
  return specs.map(([id, s], i) => [
    {
      id,
      labelKey: table.labelKey(id, s),
      portalLabel: s.label,
      screen,
      position: i + 1,
      required: s.required ?? false,
      ...(s.maxLength === undefined ? {} : { maxLength: s.maxLength }),
      storageMax: table.storageMax(id),
      chars: s.chars ?? table.defaultChars(s),
      ...(s.format ? { format: s.format } : {}),
      ...(s.multiline ? { multiline: true } : {}),
      certainty: { ...DEFAULT_CERTAINTY, ...s.certainty },
    },
    s,
  ])
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

export interface Finding<C extends string = FindingCode> {
  /** Concrete path: 'establishment.nameKana', 'workplaces.0.station', 'wage.baseMin'. */
  field: string
  code: C
  severity: 'error' | 'warning'
  params?: Record<string, string | number>
}

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

function formatFinding(format: string | undefined, value: string): FindingCode | null {
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

/**
 * What `checkRule` needs of a rule. `format` may be one a table checks itself (the job offer's
 * 'amount' shapes the pasted text); only the formats above are checked here.
 */
export type RuleChecks = Pick<
  RuleBase<unknown, string>,
  'maxLength' | 'chars' | 'multiline' | 'certainty'
> & {
  format?: string
} & Partial<Pick<RuleBase<unknown, string>, 'storageMax'>>

/**
 * Checks one value against a rule of any table: the text as the copy panel pastes it, its length,
 * characters and format. `required` is decided by the caller (each table has its own conditions).
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

/** Required fields filled per screen, and the fields with an error. */
export interface ScreenCompleteness<S> {
  screen: S
  /** Required fields (that apply) which are filled and have no error. */
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

export const emptyCompleteness = <S>(screen: S): ScreenCompleteness<S> => ({
  screen,
  filled: 0,
  total: 0,
  missing: [],
  invalid: [],
})

/** Counts one field into its screen's completeness; its findings are asked only when it is filled. */
export function countField(
  entry: ScreenCompleteness<unknown>,
  path: string,
  field: { empty: boolean; required: boolean; findings: () => readonly Finding<string>[] },
): void {
  const wrong =
    !field.empty && field.findings().some((f) => f.severity === 'error' && f.code !== 'required')
  if (wrong) entry.invalid.push(path)
  if (!field.required) return
  entry.total++
  if (field.empty) entry.missing.push(path)
  else if (!wrong) entry.filled++
}
