import * as v from 'valibot'

/**
 * The decision's answers and their schema, apart from decision.ts so the IPC contract (and with it
 * the preload) can validate them without pulling in the step catalogue and the holiday data.
 */
export const FILED_BEFORE = ['yes', 'no', 'unsure'] as const
export type FiledBefore = (typeof FILED_BEFORE)[number]
export const METHODS = ['1', '2'] as const
export type Method = (typeof METHODS)[number]

/** The stored answers; either may still be missing while the user is deciding. */
export const CaseAnswersSchema = v.strictObject({
  filedBefore: v.optional(v.picklist(FILED_BEFORE)),
  method: v.optional(v.picklist(METHODS)),
})
export type CaseAnswers = v.InferOutput<typeof CaseAnswersSchema>
