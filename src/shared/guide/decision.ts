import type { CaseAnswers } from './answers'
import { CASE_SEGMENT, STEPS, type CaseId } from './catalogue'
import type { GuideMessageKey } from './i18n'

export type { CaseId }

/**
 * Which of the guide's paths fits: filed a job offer before? (no → case 2); if yes, which method
 * (① counter/phone registers the e-mail → '1-1', ② everything on the PC → '1-2'). Not knowing is
 * an outcome of its own: ask the Hello Work with jurisdiction, as the guide says.
 */
export { CaseAnswersSchema, type CaseAnswers, type FiledBefore, type Method } from './answers'

export type Decision = CaseId | 'unsure'

export type Outcome =
  { status: 'decided'; decision: Decision } | { status: 'pending'; next: 'filedBefore' | 'method' }

export function decide(answers: CaseAnswers): Outcome {
  switch (answers.filedBefore) {
    case undefined:
      return { status: 'pending', next: 'filedBefore' }
    case 'no':
      return { status: 'decided', decision: '2' }
    case 'unsure':
      return { status: 'decided', decision: 'unsure' }
    case 'yes':
      if (answers.method === undefined) return { status: 'pending', next: 'method' }
      return { status: 'decided', decision: answers.method === '1' ? '1-1' : '1-2' }
  }
}

/** The questions as data, in order; `method` is asked only after filedBefore = 'yes'. */
export const QUESTIONS = [
  {
    id: 'filedBefore',
    promptKey: 'decision.questions.filedBefore.prompt',
    headingKey: 'cases.case1.heading',
    options: [
      { value: 'yes', labelKey: 'decision.questions.filedBefore.yes' },
      { value: 'no', labelKey: 'decision.questions.filedBefore.no' },
      { value: 'unsure', labelKey: 'decision.questions.filedBefore.unsure' },
    ],
  },
  {
    id: 'method',
    promptKey: 'decision.questions.method.prompt',
    askIf: { filedBefore: 'yes' },
    options: [
      { value: '1', labelKey: 'cases.case1_1.option' },
      { value: '2', labelKey: 'cases.case1_2.option' },
    ],
  },
] as const satisfies readonly {
  id: keyof CaseAnswers
  promptKey: GuideMessageKey
  headingKey?: GuideMessageKey
  askIf?: Partial<CaseAnswers>
  options: readonly { value: string; labelKey: GuideMessageKey }[]
}[]

export interface CaseCost {
  summaryKey: GuideMessageKey
  firstKey: GuideMessageKey
  thenKey: GuideMessageKey
  /** Something must happen at the counter or by phone before anything online. */
  contactFirst: boolean
  /** Steps done on the portal, from the catalogue. */
  portalSteps: number
  /** Step numbers of the online part (for 「手順{from}～{to}」). */
  onlineFrom: number
  onlineTo: number
  /** A job offer must be entered from scratch. */
  entersJobOffer: boolean
  /** Hello Work still has to accept the registration (本登録) at the end. */
  endsWithHonToroku: boolean
}

function cost(caseId: CaseId, contactFirst: boolean, entersJobOffer: boolean): CaseCost {
  const steps = STEPS[caseId]
  const online = steps.filter((step) => step.where === 'portal' || step.where === 'mail')
  const segment = CASE_SEGMENT[caseId]
  return {
    summaryKey: `decision.costs.${segment}.summary`,
    firstKey: `decision.costs.${segment}.first`,
    thenKey: `decision.costs.${segment}.then`,
    contactFirst,
    portalSteps: steps.filter((step) => step.where === 'portal').length,
    onlineFrom: online[0]?.number ?? 0,
    onlineTo: online[online.length - 1]?.number ?? 0,
    entersJobOffer,
    endsWithHonToroku: steps.some((step) => step.flags.includes('honToroku')),
  }
}

/** What each path costs the user. */
export const CASE_COSTS: Readonly<Record<CaseId, CaseCost>> = {
  '1-1': cost('1-1', true, false),
  '1-2': cost('1-2', false, true),
  '2': cost('2', false, true),
}

/** Parameters for a cost's `then` text (「オンラインで{count}つの短い手順（手順{from}～{to}）」). */
export function costParams(caseId: CaseId): { count: number; from: number; to: number } {
  const { onlineFrom, onlineTo } = CASE_COSTS[caseId]
  return { count: onlineTo - onlineFrom + 1, from: onlineFrom, to: onlineTo }
}

/**
 * When the user does not know whether they filed before: whom to ask, what to have at hand and
 * what to ask, as message keys in order. The guide names the Hello Work with jurisdiction; the
 * helpdesk only answers how to operate the portal, so it comes second.
 */
export const UNSURE_SCRIPT = {
  noteKey: 'decision.unsure.note',
  contacts: [
    { id: 'helloWorkWithJurisdiction', key: 'decision.unsure.whoPrimary' },
    { id: 'helpdesk', key: 'decision.unsure.whoSecondary' },
  ],
  haveReadyTitleKey: 'decision.unsure.haveReady.title',
  haveReady: [
    'decision.unsure.haveReady.establishmentName',
    'decision.unsure.haveReady.address',
    'decision.unsure.haveReady.phone',
    'decision.unsure.haveReady.officeNumber',
  ],
  askTitleKey: 'decision.unsure.ask.title',
  ask: [
    'decision.unsure.ask.filedBefore',
    'decision.unsure.ask.officeNumber',
    'decision.unsure.ask.registerMail',
  ],
} as const satisfies {
  noteKey: GuideMessageKey
  contacts: readonly { id: string; key: GuideMessageKey }[]
  haveReadyTitleKey: GuideMessageKey
  haveReady: readonly GuideMessageKey[]
  askTitleKey: GuideMessageKey
  ask: readonly GuideMessageKey[]
}
