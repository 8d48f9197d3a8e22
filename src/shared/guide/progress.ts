import * as v from 'valibot'
import type { PdfSaveResult } from '../drafts'
import { isPlainObject, section } from '../plain-object'
import { CaseAnswersSchema } from './answers'
import type { HonTorokuQuestionId } from './hon-toroku'
import type { GuideStep } from './catalogue'

/**
 * The user's walk through the guide, one vault document per profile: the case answers, the steps
 * checked off, the 14-day rule answers, the 仮登録 day and free notes for the printed sheet. Never the
 * portal password: the app does not hold it.
 */

/**
 * Every step id of every case, in catalogue order: the only ids `checked` may hold. Written out
 * (a test holds it to STEPS) so the contract needs neither the catalogue nor the holiday data.
 */
export const STEP_IDS = [
  '1-1/1',
  '1-1/2',
  '1-1/3',
  '1-1/4',
  '1-1/5',
  '1-2/1',
  '1-2/2',
  '1-2/3',
  '1-2/4',
  '1-2/5',
  '1-2/6',
  '1-2/7',
  '1-2/8',
  '2/1',
  '2/2',
  '2/3',
  '2/4',
  '2/5',
  '2/6',
] as const satisfies readonly GuideStep['id'][]

export type StepId = (typeof STEP_IDS)[number]

export const isStepId = (id: string): id is StepId => (STEP_IDS as readonly string[]).includes(id)

export const NOTES_MAX = 2000

/** The 仮登録 day as typed in a date field; years kept to the holiday data the calendar knows. */
export const KARI_TOROKU_YEARS = { from: 2020, to: 2050 } as const

const answer = v.optional(v.boolean())

export const HonTorokuAnswersSchema = section({
  firstOfferViaMyPage: answer,
  myPageOpenedAtCounter: answer,
  firstOfferForDisabilitiesOrTrial: answer,
  noOfferInPastYear: answer,
  dispatchOrContracting: answer,
  helloWorkAsked: answer,
} satisfies Record<HonTorokuQuestionId, typeof answer>)

export const PlainDateTextSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected YYYY-MM-DD'),
  v.check((text) => {
    const [y = 0, m = 0, d = 0] = text.split('-').map(Number)
    const inMonth = d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
    return y >= KARI_TOROKU_YEARS.from && y <= KARI_TOROKU_YEARS.to && m >= 1 && m <= 12 && inMonth
  }, 'Not a calendar date the app knows'),
)

/** What the user can confirm that the app cannot see (before you start). */
export const ConfirmationsSchema = section({
  /** The login mailbox opens on this PC, so the auth key can be read within its 50 minutes. */
  mailboxOnThisPc: answer,
  /** Mail from the portal's sender address is allowed through filters. */
  senderAllowed: answer,
  /** The portal's notices show no maintenance outage planned for the one-sitting entry. */
  noOutagePlanned: answer,
})

const StepIdSchema = v.picklist(STEP_IDS)

/** What the renderer sends on `guide:save`. */
export const GuideProgressSchema = section({
  version: v.optional(v.literal(1), 1),
  caseAnswers: v.optional(
    v.pipe(v.custom<v.InferInput<typeof CaseAnswersSchema>>(isPlainObject), CaseAnswersSchema),
    {},
  ),
  checked: v.optional(
    v.pipe(
      v.array(StepIdSchema),
      v.maxLength(STEP_IDS.length),
      v.check((ids) => new Set(ids).size === ids.length, 'Duplicate step id'),
    ),
    [],
  ),
  honToroku: v.optional(HonTorokuAnswersSchema, {}),
  kariTorokuDate: v.optional(v.union([v.literal(''), PlainDateTextSchema]), ''),
  confirmations: v.optional(ConfirmationsSchema, {}),
  notes: v.optional(v.pipe(v.string(), v.maxLength(NOTES_MAX)), ''),
})

export type GuideProgress = v.InferOutput<typeof GuideProgressSchema>

/** What the vault keeps: the progress plus when the user last changed it (main's clock). */
export const StoredGuideSchema = section({
  progress: GuideProgressSchema,
  lastChangedAt: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
})

export type StoredGuide = v.InferOutput<typeof StoredGuideSchema>

/** What `guide:printSheet` answers: the file name only (the user chose the folder). */
/** The sheet is saved as the drafts are: through the one PDF writer in main. */
export type SheetPrintResult = PdfSaveResult

export function emptyProgress(): GuideProgress {
  return v.parse(GuideProgressSchema, {})
}
