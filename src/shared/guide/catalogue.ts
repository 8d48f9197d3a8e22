import { HON_TOROKU_RULE } from './hon-toroku'
import type { GuideMessageKey, MessageParams } from './i18n'

/**
 * The guide (マイページ作成手順) as data: each case's steps in the guide's order and numbering, the
 * portal labels to look for, what to have ready, and the guide's notes at the step where they matter.
 * Texts live in messages.ja.ts / messages.en.ts; this file holds only keys and facts.
 */

export const CASE_IDS = ['1-1', '1-2', '2'] as const
/** '1-1' = ケース1-① (counter/phone registers the e-mail), '1-2' = ケース1-② (all on the PC), '2' = first job offer. */
export type CaseId = (typeof CASE_IDS)[number]

/** The message-file segment of each case (vue-i18n paths are safest without '-'). */
export const CASE_SEGMENT = {
  '1-1': 'case1_1',
  '1-2': 'case1_2',
  '2': 'case2',
} as const satisfies Record<CaseId, string>

export type Where = 'phone-or-counter' | 'portal' | 'mail' | 'hello-work'

export const WHERE_KEY = {
  'phone-or-counter': 'where.phoneOrCounter',
  portal: 'where.portal',
  mail: 'where.mail',
  'hello-work': 'where.helloWork',
} as const satisfies Record<Where, GuideMessageKey>

/** Profile fields a step needs at hand. */
export type ProfileFieldId = 'loginEmail' | 'officeNumber' | 'establishment' | 'jobOffer'

export const PROFILE_FIELD_KEY = {
  loginEmail: 'profileFields.loginEmail',
  officeNumber: 'profileFields.officeNumber',
  establishment: 'profileFields.establishment',
  jobOffer: 'profileFields.jobOffer',
} as const satisfies Record<ProfileFieldId, GuideMessageKey>

// ---------------------------------------------------------------------------------------------
// Portal labels

export type PortalLabelId =
  | 'openMyPage'
  | 'kariToroku'
  | 'registerEstablishmentAndJobOffer'
  | 'jobOfferHistory'
  | 'filedBeforeOption'
  | 'enterJobOffer'

export interface PortalLabel {
  /** Exactly as the portal shows it. */
  text: string
  /** Other spellings in circulation (the guide's own), accepted when matching. */
  aliases: readonly string[]
  glossKey: GuideMessageKey
}

export const PORTAL_LABELS = {
  openMyPage: {
    text: '求人者マイページ開設（パスワード登録）',
    aliases: [],
    glossKey: 'labelGloss.openMyPage',
  },
  // The portal's help page (ent_establish) spells the button 申込み; the guide writes 申し込み.
  kariToroku: {
    text: '事業所登録・求人申込み（仮登録）',
    aliases: ['事業所登録・求人申し込み（仮登録）'],
    glossKey: 'labelGloss.kariToroku',
  },
  registerEstablishmentAndJobOffer: {
    text: '事業所・求人情報を登録',
    aliases: [],
    glossKey: 'labelGloss.registerEstablishmentAndJobOffer',
  },
  jobOfferHistory: {
    text: '求人申し込み実績',
    aliases: [],
    glossKey: 'labelGloss.jobOfferHistory',
  },
  filedBeforeOption: {
    text: '過去にハローワークに求人を申し込んだことがある',
    aliases: [],
    glossKey: 'labelGloss.filedBeforeOption',
  },
  enterJobOffer: {
    text: '求人情報を入力',
    aliases: [],
    glossKey: 'labelGloss.enterJobOffer',
  },
} as const satisfies Record<PortalLabelId, PortalLabel>

// NFKC folds full/half-width forms (（ vs (); whitespace is dropped because copied labels often carry it.
function normaliseLabel(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '')
}

/** Whether text seen on the portal (or typed by the user) is this label, in any known spelling. */
export function matchesPortalLabel(id: PortalLabelId, text: string): boolean {
  const label: PortalLabel = PORTAL_LABELS[id]
  const seen = normaliseLabel(text)
  return [label.text, ...label.aliases].some((spelling) => normaliseLabel(spelling) === seen)
}

export function findPortalLabel(text: string): PortalLabelId | undefined {
  return (Object.keys(PORTAL_LABELS) as PortalLabelId[]).find((id) => matchesPortalLabel(id, text))
}

// ---------------------------------------------------------------------------------------------
// Facts the notes carry

/** Only in the guide (not verified elsewhere): warn, never block. */
export const AUTH_KEY = { validMinutes: 50, verified: false, source: 'guide' } as const

/** Mail the portal sends comes from here (only in the guide). */
export const SENDER_ADDRESS = 'system@mail.hellowork.mhlw.go.jp'

// ---------------------------------------------------------------------------------------------
// Notes

export type NoteId =
  | 'sharedAddress'
  | 'allowSender'
  | 'authKeyValidity'
  | 'continueToStep5'
  | 'officeNumberUnknown'
  | 'officeNumberWhereToFind'
  | 'oneSitting'
  | 'honTorokuContact'
  | 'honTorokuDeadline'
  | 'loginMailboxOtp'
  | 'honTorokuInPerson'

export type NoteKind = 'warning' | 'recommendation' | 'next' | 'help' | 'info'

export interface GuideNote {
  key: GuideMessageKey
  kind: NoteKind
  /** 'guide': the guide's words; 'app': added from domain-notes.md; 'leaflet-2020': the 14-day rule. */
  source: 'guide' | 'app' | 'leaflet-2020'
  params?: MessageParams
}

export const NOTES = {
  sharedAddress: { key: 'notes.sharedAddress', kind: 'recommendation', source: 'guide' },
  allowSender: {
    key: 'notes.allowSender',
    kind: 'warning',
    source: 'guide',
    params: { sender: SENDER_ADDRESS },
  },
  authKeyValidity: {
    key: 'notes.authKeyValidity',
    kind: 'warning',
    source: 'guide',
    params: { minutes: AUTH_KEY.validMinutes },
  },
  continueToStep5: { key: 'notes.continueToStep5', kind: 'next', source: 'guide' },
  officeNumberUnknown: { key: 'notes.officeNumberUnknown', kind: 'help', source: 'guide' },
  officeNumberWhereToFind: { key: 'notes.officeNumberWhereToFind', kind: 'help', source: 'app' },
  oneSitting: { key: 'notes.oneSitting', kind: 'warning', source: 'guide' },
  honTorokuContact: { key: 'notes.honTorokuContact', kind: 'info', source: 'guide' },
  honTorokuDeadline: {
    key: 'notes.honTorokuDeadline',
    kind: 'warning',
    source: 'leaflet-2020',
    params: { days: HON_TOROKU_RULE.days },
  },
  // Said where the login address is chosen, not only after the fact (LOGIN_OTP in facts.ts).
  loginMailboxOtp: { key: 'notes.loginMailboxOtp', kind: 'info', source: 'app' },
  // The guide's 窓口または電話 beside the 2020 leaflet's in-person wording (HON_TOROKU_WAYS).
  honTorokuInPerson: { key: 'notes.honTorokuInPerson', kind: 'warning', source: 'leaflet-2020' },
} as const satisfies Record<NoteId, GuideNote>

// ---------------------------------------------------------------------------------------------
// Steps

export type StepFlag =
  /** The auth key is sent/arrives here: start the 50-minute countdown. */
  | 'startsAuthKeyTimer'
  /** The auth key is entered here. */
  | 'authKeyEntry'
  /** The step happens on the portal. */
  | 'opensPortal'
  /** Long entry that must be done in one sitting: check readiness first. */
  | 'needsReadiness'
  /** The online 仮登録 is completed here: the 14-day window may start. */
  | 'kariToroku'
  /** 本登録 with Hello Work happens here. */
  | 'honToroku'

export interface GuideStep {
  /** e.g. '1-2/6'. */
  id: `${CaseId}/${number}`
  caseId: CaseId
  /** As numbered in the guide. */
  number: number
  where: Where
  textKey: GuideMessageKey
  /** Portal labels the text quotes, in order; they are also the text's placeholders. */
  portalLabels: readonly PortalLabelId[]
  needs: readonly ProfileFieldId[]
  flags: readonly StepFlag[]
  notes: readonly NoteId[]
  /** The guide's 「…はここ！」 link to the portal. */
  portalLinkKey?: GuideMessageKey
}

type StepSpec = Omit<GuideStep, 'id' | 'caseId' | 'number' | 'textKey'>

function steps<C extends CaseId>(caseId: C, specs: readonly StepSpec[]): readonly GuideStep[] {
  return specs.map((spec, index) => {
    const number = index + 1
    return {
      id: `${caseId}/${number}`,
      caseId,
      number,
      textKey: `steps.${CASE_SEGMENT[caseId]}.s${number}` as GuideMessageKey,
      ...spec,
    }
  })
}

const none = [] as const

export const STEPS: Readonly<Record<CaseId, readonly GuideStep[]>> = {
  '1-1': steps('1-1', [
    {
      where: 'phone-or-counter',
      portalLabels: none,
      needs: ['loginEmail', 'officeNumber'],
      flags: none,
      notes: ['sharedAddress', 'loginMailboxOtp'],
    },
    {
      where: 'portal',
      portalLabels: ['openMyPage'],
      needs: none,
      flags: ['opensPortal'],
      notes: ['allowSender'],
      portalLinkKey: 'portalLinks.case1_1',
    },
    {
      where: 'portal',
      portalLabels: none,
      needs: ['loginEmail'],
      flags: ['opensPortal'],
      notes: none,
    },
    {
      where: 'mail',
      portalLabels: none,
      needs: none,
      flags: ['startsAuthKeyTimer'],
      notes: ['authKeyValidity'],
    },
    {
      where: 'portal',
      portalLabels: none,
      needs: none,
      flags: ['opensPortal', 'authKeyEntry'],
      notes: none,
    },
  ]),
  '1-2': steps('1-2', [
    {
      where: 'portal',
      portalLabels: ['kariToroku'],
      needs: none,
      flags: ['opensPortal'],
      notes: ['allowSender'],
      portalLinkKey: 'portalLinks.case1_2',
    },
    {
      where: 'portal',
      portalLabels: none,
      needs: ['loginEmail'],
      flags: ['opensPortal'],
      notes: ['sharedAddress', 'loginMailboxOtp'],
    },
    {
      where: 'mail',
      portalLabels: none,
      needs: none,
      flags: ['startsAuthKeyTimer'],
      notes: ['authKeyValidity'],
    },
    {
      where: 'portal',
      portalLabels: none,
      needs: none,
      flags: ['opensPortal', 'authKeyEntry'],
      notes: ['continueToStep5'],
    },
    {
      where: 'portal',
      portalLabels: ['registerEstablishmentAndJobOffer'],
      needs: none,
      flags: ['opensPortal'],
      notes: none,
    },
    {
      where: 'portal',
      portalLabels: ['jobOfferHistory', 'filedBeforeOption', 'enterJobOffer'],
      needs: ['officeNumber'],
      flags: ['opensPortal'],
      notes: ['officeNumberUnknown', 'officeNumberWhereToFind'],
    },
    {
      where: 'portal',
      portalLabels: none,
      needs: ['jobOffer'],
      flags: ['opensPortal', 'kariToroku'],
      notes: none,
    },
    {
      where: 'hello-work',
      portalLabels: none,
      needs: none,
      flags: ['honToroku'],
      notes: ['honTorokuContact', 'honTorokuDeadline', 'honTorokuInPerson'],
    },
  ]),
  '2': steps('2', [
    {
      where: 'portal',
      portalLabels: ['kariToroku'],
      needs: none,
      flags: ['opensPortal'],
      notes: ['allowSender'],
    },
    {
      where: 'portal',
      portalLabels: none,
      needs: ['loginEmail'],
      flags: ['opensPortal'],
      notes: ['sharedAddress', 'loginMailboxOtp'],
    },
    {
      where: 'mail',
      portalLabels: none,
      needs: none,
      flags: ['startsAuthKeyTimer'],
      notes: ['authKeyValidity'],
    },
    {
      where: 'portal',
      portalLabels: none,
      needs: none,
      flags: ['opensPortal', 'authKeyEntry'],
      notes: none,
    },
    {
      where: 'portal',
      portalLabels: none,
      needs: ['establishment', 'jobOffer'],
      flags: ['opensPortal', 'needsReadiness', 'kariToroku'],
      notes: ['oneSitting'],
    },
    {
      where: 'phone-or-counter',
      portalLabels: none,
      needs: none,
      flags: ['honToroku'],
      notes: ['honTorokuDeadline', 'honTorokuInPerson'],
    },
  ]),
}

export function stepsFor(caseId: CaseId): readonly GuideStep[] {
  return STEPS[caseId]
}

export function hasFlag(step: GuideStep, flag: StepFlag): boolean {
  return step.flags.includes(flag)
}

/** Parameters for a step's text (and its portal link): its portal labels as the portal spells them. */
export function stepParams(step: GuideStep): MessageParams {
  return Object.fromEntries(step.portalLabels.map((id) => [id, PORTAL_LABELS[id].text]))
}

export function noteParams(id: NoteId): MessageParams {
  const note: GuideNote = NOTES[id]
  return note.params ?? {}
}
