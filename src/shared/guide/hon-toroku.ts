// The 14-day 本登録 rule as data: which offers need a visit to Hello Work after an online 仮登録.
// Its deadline, which needs the holiday calendar, is `registrationDeadline` in ./calendar.

export type HonTorokuQuestionId =
  | 'firstOfferViaMyPage'
  | 'myPageOpenedAtCounter'
  | 'firstOfferForDisabilitiesOrTrial'
  | 'noOfferInPastYear'
  | 'dispatchOrContracting'
  | 'helloWorkAsked'

export interface HonTorokuQuestion {
  id: HonTorokuQuestionId
  /** Key in GuideMessages. */
  questionKey: `calendar.honToroku.questions.${HonTorokuQuestionId}`
  /** Ask only when this other answer is yes. */
  askIf?: HonTorokuQuestionId
}

/**
 * After an online 仮登録, 本登録 at Hello Work is required within 14 days in these cases. Verified,
 * but from a 2020 leaflet: kept as data with its date so the UI can show its age.
 */
export const HON_TOROKU_RULE = {
  days: 14,
  sourceDate: '2020-05-22',
  source: '「求人者マイページ」のご案内 (labour-bureau leaflet)',
  sourceKey: 'calendar.honToroku.source',
  /** The 仮登録 day itself is not counted: day 1 is the day after. */
  countsRegistrationDay: false,
  /** A last day on a closed day moves to the previous open day. */
  closedDayMovesTo: 'previous',
  questions: [
    { id: 'firstOfferViaMyPage', questionKey: 'calendar.honToroku.questions.firstOfferViaMyPage' },
    {
      id: 'myPageOpenedAtCounter',
      questionKey: 'calendar.honToroku.questions.myPageOpenedAtCounter',
      askIf: 'firstOfferViaMyPage',
    },
    {
      id: 'firstOfferForDisabilitiesOrTrial',
      questionKey: 'calendar.honToroku.questions.firstOfferForDisabilitiesOrTrial',
    },
    { id: 'noOfferInPastYear', questionKey: 'calendar.honToroku.questions.noOfferInPastYear' },
    {
      id: 'dispatchOrContracting',
      questionKey: 'calendar.honToroku.questions.dispatchOrContracting',
    },
    { id: 'helloWorkAsked', questionKey: 'calendar.honToroku.questions.helloWorkAsked' },
  ],
} as const satisfies {
  days: number
  sourceDate: string
  source: string
  sourceKey: string
  countsRegistrationDay: boolean
  closedDayMovesTo: 'previous'
  questions: readonly HonTorokuQuestion[]
}

export type HonTorokuAnswers = Partial<Record<HonTorokuQuestionId, boolean>>

/**
 * Whether the 14-day rule applies: true as soon as one case is met, false when every question that
 * matters is answered no, 'unknown' otherwise.
 */
export function honTorokuRuleApplies(answers: HonTorokuAnswers): boolean | 'unknown' {
  const viaMyPage =
    answers.firstOfferViaMyPage === false
      ? false
      : answers.firstOfferViaMyPage === true && answers.myPageOpenedAtCounter !== undefined
        ? !answers.myPageOpenedAtCounter
        : undefined
  const cases = [
    viaMyPage,
    answers.firstOfferForDisabilitiesOrTrial,
    answers.noOfferInPastYear,
    answers.dispatchOrContracting,
    answers.helloWorkAsked,
  ]
  if (cases.includes(true)) return true
  return cases.every((answer) => answer === false) ? false : 'unknown'
}
