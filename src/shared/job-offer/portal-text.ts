import { findRiskyChars, type CharClass } from '../profile/chars'
import { FIELD_RULES, valueAt, type FieldRule, type Screen } from '../profile/field-rules'
import { type Certainty } from '../field-rules/core'
import type { Profile } from '../profile/model'
import { portalText } from '../profile/settle'
import { applies, jobRulesOf, type JobFieldRule, type JobFormat } from './field-table'
import { draftValue } from './field-checks'
import { composedValue } from './compose'
import type { JobOfferDraft } from './model'
import { optionLabel } from './options'

/**
 * The copy panel's data: for the portal screen the user is on, every field in the order of the
 * field-rule table, with the value exactly as it should be pasted.
 *
 * Conversion to portal-ready text, by the field's expected characters:
 * - 全角 fields: dash look-alikes between digits → '－'; half-width kana → full-width (ｶﾞ → ガ);
 *   half-width ASCII → full-width. Space rule: each inner space (half- or full-width) becomes
 *   one 全角 space U+3000 (runs are kept: the user may align text on purpose); leading and
 *   trailing spaces and blank lines at the ends are dropped.
 * - 全角カナ fields: hiragana and half-width kana → full-width katakana; spaces → U+3000.
 * - 半角 fields (digits, alphanumerics, e-mail): full-width → half-width, dash look-alikes → '-';
 *   in digit and e-mail fields every space goes (and a leading 〒); amounts lose ',' and '円';
 *   郵便番号 / 事業所番号 get their hyphens; a phone number's brackets become hyphens.
 * - Then, in every field, risky characters are replaced as `findRiskyChars` suggests (㈱ →
 *   （株）, 髙 → 高, emoji, tabs and other control characters removed; line breaks too, outside
 *   multi-line fields); one without a known replacement is kept and noted.
 * Line breaks are normalised to '\n'. The editors apply the certain part of this when the user
 * leaves a field and show the rest as "converted when copied" (`../profile/settle.ts`).
 */

export type PortalScreenId =
  | 'account'
  | 'record'
  | 'est-1'
  | 'est-2'
  | 'est-3'
  | 'est-4'
  | 'est-5'
  | 'est-6'
  | 'job-1'
  | 'job-2'
  | 'job-3'
  | 'job-4'
  | 'job-5'
  | 'job-6'
  | 'job-7'
  | 'job-8'

/** In the order the user meets them: login e-mail, 求人申し込み実績, establishment, job offer. */
export const PORTAL_SCREENS: readonly PortalScreenId[] = [
  'account',
  'record',
  'est-1',
  'est-2',
  'est-3',
  'est-4',
  'est-5',
  'est-6',
  'job-1',
  'job-2',
  'job-3',
  'job-4',
  'job-5',
  'job-6',
  'job-7',
  'job-8',
]

export type CopyKind = 'copy' | 'portal-fills' | 'choose-on-screen'

export const COPY_NOTES = [
  'addressSearch',
  'chooseOnScreen',
  'sameAsEstablishment',
  'soleProprietor',
  'riskyKept',
  'profileWorkplace',
  'fromProfileContact',
  'soleProprietorUnverified',
] as const
export type CopyNote = (typeof COPY_NOTES)[number]

export interface CopyItem {
  /** Concrete path in the profile ('workplaces.0.station') or the draft ('job.title'). */
  field: string
  labelKey: string
  portalLabel: string
  /** What to paste (or choose). */
  value: string
  /** The value as stored. */
  original: string
  changed: boolean
  kind: CopyKind
  /** Key under `jobOffer.copyNote`. */
  noteKey?: `jobOffer.copyNote.${CopyNote}`
}

/** Risky characters left after conversion are those with no known replacement. */
const hasRisky = (value: string, rule: { chars: CharClass; multiline?: boolean }): boolean =>
  findRiskyChars(value, rule.chars, { multiline: rule.multiline === true }).length > 0

function item(
  field: string,
  rule: Pick<FieldRule, 'labelKey' | 'portalLabel' | 'chars' | 'multiline'> & {
    format?: JobFormat
  },
  original: string,
  kind: CopyKind,
  note?: CopyNote,
): CopyItem {
  const value = portalText(original, rule)
  const kept = value !== '' && hasRisky(value, rule)
  const noteKey = note ?? (kept ? 'riskyKept' : undefined)
  return {
    field,
    labelKey: rule.labelKey,
    portalLabel: rule.portalLabel,
    value,
    original,
    changed: value !== original,
    kind,
    ...(noteKey ? { noteKey: `jobOffer.copyNote.${noteKey}` as const } : {}),
  }
}

/** Address parts the portal's 住所検索 fills from the 郵便番号. */
const FILLED_BY_SEARCH =
  /\.address\.(?:prefecture|city|town)$|\.headOffice\.(?:prefecture|city|town)$/
/**
 * A 個人事業主 has no 法人番号 (official: 「個人事業主等の場合は入力不要」); whether 法人名 and 資本金
 * are entered is not verified, and is said so.
 */
const SOLE_PROPRIETOR_NOTES: Readonly<Record<string, CopyNote>> = {
  'company.corporateNumber': 'soleProprietor',
  'company.name': 'soleProprietorUnverified',
  'company.capital': 'soleProprietorUnverified',
}

function profileItems(profile: Profile, screen: Screen): CopyItem[] {
  const out: CopyItem[] = []
  for (const rule of FIELD_RULES) {
    if (rule.screen !== screen) continue
    const paths = rule.id.startsWith('workplaces.*.')
      ? profile.workplaces.map((_, i) => rule.id.replace('*', String(i)))
      : [rule.id]
    for (const path of paths) {
      let source = path
      let note: CopyNote | undefined
      // The same address need not be typed twice in the app; on the portal it is pasted again.
      const wp = /^workplaces\.(\d+)\.address\.(\w+)$/.exec(path)
      if (wp && profile.workplaces[Number(wp[1])]?.sameAsEstablishment === true) {
        source = `establishment.address.${wp[2] ?? ''}`
        note = 'sameAsEstablishment'
      }
      const ho = /^company\.headOffice\.(\w+)$/.exec(path)
      if (ho && !profile.company.headOfficeDiffers) {
        source = `establishment.address.${ho[1] ?? ''}`
        note = 'sameAsEstablishment'
      }
      const soleNote = SOLE_PROPRIETOR_NOTES[path]
      if (profile.company.soleProprietor && soleNote !== undefined) note = soleNote
      const filled = FILLED_BY_SEARCH.test(path)
      out.push(
        item(
          path,
          rule,
          valueAt(profile, source) ?? '',
          filled ? 'portal-fills' : 'copy',
          filled ? 'addressSearch' : note,
        ),
      )
    }
  }
  return out
}

const LIST_SEPARATOR = '、'

function workplaceSummary(profile: Profile, index: number): string {
  const w = profile.workplaces[index]
  if (w === undefined) return ''
  const a = w.sameAsEstablishment ? profile.establishment.address : w.address
  const address = [a.prefecture, a.city, a.town, a.street, a.building].join('')
  return [w.name, address].filter((s) => s.trim() !== '').join(' ')
}

function draftItems(
  profile: Profile,
  draft: JobOfferDraft,
  screen: JobFieldRule['screen'],
): CopyItem[] {
  const out: CopyItem[] = []
  for (const rule of jobRulesOf(screen)) {
    if (!applies(rule, draft)) continue
    const raw = draftValue(draft, rule.id, profile)
    if (rule.kind === 'option' || rule.kind === 'options') {
      const ids = typeof raw === 'string' ? (raw === '' ? [] : [raw]) : raw
      const list = rule.options
      const label = ids
        .map((id) => (list ? (optionLabel(list, id) ?? id) : id))
        .join(LIST_SEPARATOR)
      out.push({
        field: rule.id,
        labelKey: rule.labelKey,
        portalLabel: rule.portalLabel,
        value: label,
        original: label,
        changed: false,
        kind: 'choose-on-screen',
        noteKey: 'jobOffer.copyNote.chooseOnScreen',
      })
      continue
    }
    const typed = typeof raw === 'string' ? raw : raw.join(LIST_SEPARATOR)
    // 仕事内容, 特記事項 and 契約更新の条件 carry the 2024-04 statements (compose.ts).
    const value = composedValue(draft, rule.id, typed)
    if (rule.kind === 'workplace') {
      const own = value === 'own'
      const shown = own ? draft.workplace.own.name : workplaceSummary(profile, Number(value))
      out.push({
        field: rule.id,
        labelKey: rule.labelKey,
        portalLabel: rule.portalLabel,
        value: shown,
        original: shown,
        changed: false,
        kind: 'choose-on-screen',
        noteKey: own ? 'jobOffer.copyNote.chooseOnScreen' : 'jobOffer.copyNote.profileWorkplace',
      })
      continue
    }
    const filled = FILLED_BY_SEARCH.test(rule.id)
    const kind: CopyKind = filled
      ? 'portal-fills'
      : rule.chosenOnPortal
        ? 'choose-on-screen'
        : 'copy'
    const fromContact =
      rule.id.startsWith('selection.contact.') &&
      (draftValue(draft, rule.id) as string) === '' &&
      value !== ''
    const note: CopyNote | undefined = filled
      ? 'addressSearch'
      : rule.chosenOnPortal
        ? 'chooseOnScreen'
        : fromContact
          ? 'fromProfileContact'
          : undefined
    out.push(item(rule.id, rule, value, kind, note))
  }
  return out
}

/**
 * The copy panel's items for one portal screen, in the order of the field-rule table.
 * Job-offer screens need a draft (none → no items); screen 6 of the establishment is images only.
 * Never throws for a profile and draft that parse with their schemas.
 */
export function copyItemsForScreen(
  screen: PortalScreenId,
  profile: Profile,
  draft?: JobOfferDraft,
): CopyItem[] {
  if (screen === 'account' || screen === 'record') return profileItems(profile, screen)
  const n = Number(screen.slice(4))
  if (screen.startsWith('est-')) return n === 6 ? [] : profileItems(profile, n as Screen)
  if (draft === undefined) return []
  return draftItems(profile, draft, n as JobFieldRule['screen'])
}

export interface ScreenCertainty {
  /** That the screen exists under this name. */
  screen: Certainty
  /** Which fields it holds. */
  fields: Certainty
  /** The order of the fields. */
  order: Certainty
  /** Required marks, limits and character classes. */
  rules: Certainty
}

/**
 * How sure the panel is of a screen (domain-notes.md): the login e-mail screen is verified; the
 * screen names of both forms are verified (ent_inputmethod02/03), 企業基本情報's contents are
 * named on the portal's help page, and the other screens' contents come from the public job sheet
 * mapped onto those names; no field order has been seen. Images (est-6) are verified, from a
 * 2020 leaflet.
 */
export function screenCertainty(screen: PortalScreenId): ScreenCertainty {
  switch (screen) {
    case 'account':
      return { screen: 'verified', fields: 'verified', order: 'verified', rules: 'verified' }
    case 'record':
      return { screen: 'third-party', fields: 'verified', order: 'verified', rules: 'third-party' }
    case 'est-1':
      return { screen: 'verified', fields: 'verified', order: 'unverified', rules: 'unverified' }
    case 'est-6':
      return { screen: 'verified', fields: 'verified', order: 'unverified', rules: 'verified' }
    default:
      return screen.startsWith('est-')
        ? { screen: 'verified', fields: 'unverified', order: 'unverified', rules: 'unverified' }
        : { screen: 'verified', fields: 'third-party', order: 'unverified', rules: 'unverified' }
  }
}
