import { jstDateOf, type PlainDate } from '../dates'
import { checkProfile, completeness } from '../profile/field-rules'
import { type Finding } from '../field-rules/core'
import type { Profile } from '../profile/model'
import { checkDraft, draftCompleteness } from './field-checks'
import { type JobFinding } from './guidance'
import type { EnteredRate } from './minimum-wage-lookup'
import { emptyDraft, type JobOfferDraft } from './model'
import { checkOffer, type OfferFinding } from './offer-check'
import type { PortalScreenId } from './portal-text'

/**
 * Readiness before the one-sitting entry (case 2; case 1-② for the job offer): every required
 * field of the establishment and of at least one job offer is filled, and nothing is invalid
 * (findings of severity 'error', i.e. against verified rules), and the offer check finds nothing
 * Hello Work would refuse or hold (`refused`). Warnings, corrections and advice never block. The
 * guide shows this before telling the user to start.
 */

export interface ScreenMissing {
  screen: PortalScreenId
  /** Concrete paths of the required fields still empty, in table order. */
  missing: string[]
}

export interface InvalidFinding extends Omit<JobFinding, 'code'> {
  code: JobFinding['code'] | Finding['code']
  /** The draft the finding is about; absent for the profile. */
  draftId?: string
}

export interface Readiness {
  ready: boolean
  /** account, record, est-1 … est-6, in portal order. */
  establishment: ScreenMissing[]
  /**
   * The most complete draft (fewest missing fields, then fewest errors; the first on a tie), or,
   * with no draft at all, what a new one would need (`draftId` null).
   */
  jobOffer: { draftId: string | null; screens: ScreenMissing[] }
  invalid: InvalidFinding[]
  /** The offer check of that draft (empty with no draft), the most serious first. */
  offer: OfferFinding[]
}

/** The offer check's inputs: the planned filing date and the minimum wages the user entered. */
export interface OfferCheckInputs {
  on: PlainDate
  rates: readonly EnteredRate[]
}

/** Profile screens (`completeness`) in portal order: the e-mail, 求人申し込み実績, then 1–6. */
const ESTABLISHMENT_SCREENS: ReadonlyArray<readonly [string, PortalScreenId]> = [
  ['account', 'account'],
  ['record', 'record'],
  ['1', 'est-1'],
  ['2', 'est-2'],
  ['3', 'est-3'],
  ['4', 'est-4'],
  ['5', 'est-5'],
  ['6', 'est-6'],
]

// 'required' is already listed as missing: the invalid list holds what is filled but wrong.
const isError = (f: { severity: string; code: string }): boolean =>
  f.severity === 'error' && f.code !== 'required'

function draftState(draft: JobOfferDraft, profile: Profile, inputs: OfferCheckInputs) {
  const screens: ScreenMissing[] = draftCompleteness(draft, profile).map((c) => ({
    screen: `job-${c.screen}` as PortalScreenId,
    missing: c.missing,
  }))
  const missing = screens.reduce((n, s) => n + s.missing.length, 0)
  const errors = checkDraft(draft, profile).filter(isError)
  const offer = checkOffer(draft, profile, inputs.on, inputs.rates)
  const refused = offer.filter((f) => f.severity === 'refused').length
  return { draft, screens, missing, errors, offer, blocking: errors.length + refused }
}

/** `inputs` default to today in Japan and no entered rates. */
export function readiness(
  profile: Profile,
  drafts: readonly JobOfferDraft[],
  inputs: OfferCheckInputs = { on: jstDateOf(Date.now()), rates: [] },
): Readiness {
  const byScreen = new Map(completeness(profile).map((c) => [String(c.screen), c.missing]))
  const establishment: ScreenMissing[] = ESTABLISHMENT_SCREENS.map(([key, screen]) => ({
    screen,
    missing: byScreen.get(key) ?? [],
  }))
  const invalid: InvalidFinding[] = checkProfile(profile).filter(isError)

  let best: ReturnType<typeof draftState> | undefined
  for (const draft of drafts) {
    const state = draftState(draft, profile, inputs)
    if (
      best === undefined ||
      state.missing < best.missing ||
      (state.missing === best.missing && state.blocking < best.blocking)
    ) {
      best = state
    }
  }
  const jobOffer =
    best === undefined
      ? {
          draftId: null,
          screens: draftState(emptyDraft('new', profile), profile, inputs).screens,
        }
      : { draftId: best.draft.id, screens: best.screens }
  if (best !== undefined) {
    const draftId = best.draft.id
    invalid.push(...best.errors.map((f) => ({ ...f, draftId })))
  }
  const missing = [...establishment, ...jobOffer.screens].some((s) => s.missing.length > 0)
  const offer = best?.offer ?? []
  return {
    ready:
      best !== undefined &&
      !missing &&
      invalid.length === 0 &&
      !offer.some((f) => f.severity === 'refused'),
    establishment,
    jobOffer,
    invalid,
    offer,
  }
}
