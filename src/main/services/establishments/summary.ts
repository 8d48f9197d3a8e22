// The establishment list's summary of one establishment. It reads the offer check and the holiday
// calendar, so the list service loads it on the first summary it makes, not at start.
import { formatPlainDate, parsePlainDate, type PlainDate } from '@shared/dates'
import { SUMMARY_TEXT_MAX, type EstablishmentSummary } from '@shared/establishments'
import { registrationDeadline } from '@shared/guide/calendar'
import { honTorokuRuleApplies } from '@shared/guide/hon-toroku'
import { hasFlag, stepsFor } from '@shared/guide/catalogue'
import { decide } from '@shared/guide/decision'
import type { GuideProgress } from '@shared/guide/progress'
import { draftValidity } from '@shared/job-offer/acceptance'
import type { EnteredRate } from '@shared/job-offer/minimum-wage-lookup'
import type { JobOfferDraft } from '@shared/job-offer/model'
import { checkOffer } from '@shared/job-offer/offer-check'
import { completeness } from '@shared/profile/field-rules'
import type { Profile } from '@shared/profile/model'
import type { EstablishmentDocuments } from './parse-documents'

/** A text as the index keeps it (a document read leniently may hold more than a field allows). */
const cut = (text: string): string => text.trim().slice(0, SUMMARY_TEXT_MAX)

type ProfilePart = Pick<
  EstablishmentSummary,
  'profileName' | 'officeNumber' | 'profileDone' | 'profileTotal' | 'profileErrors'
>
type GuidePart = Pick<EstablishmentSummary, 'guideCase' | 'stepsDone' | 'stepsTotal' | 'deadline'>
type DraftsPart = Pick<
  EstablishmentSummary,
  'drafts' | 'draftsWithFindings' | 'draftsRefused' | 'findingsOn' | 'endings'
>

/** Completeness of the profile: a field whose value has an error is not done. */
export function profilePart(profile: Profile): ProfilePart {
  let profileDone = 0
  let profileTotal = 0
  let profileErrors = 0
  for (const screen of completeness(profile)) {
    // `filled` already leaves out a field whose value has an error.
    profileDone += screen.filled
    profileTotal += screen.total
    profileErrors += screen.invalid.length
  }
  return {
    profileName: cut(profile.establishment.name),
    officeNumber: cut(profile.record.officeNumber),
    profileDone,
    profileTotal,
    profileErrors,
  }
}

/** The guide's case and steps, and the 本登録 deadline while one runs. */
export function guidePart(guide: GuideProgress): GuidePart {
  const outcome = decide(guide.caseAnswers)
  const guideCase = outcome.status === 'decided' ? outcome.decision : null
  const steps = guideCase === null || guideCase === 'unsure' ? [] : stepsFor(guideCase)
  const checked = new Set<string>(guide.checked)
  const honTorokuDone = steps.some((s) => hasFlag(s, 'honToroku') && checked.has(s.id))
  const deadline =
    guide.kariTorokuDate !== '' && honTorokuRuleApplies(guide.honToroku) !== false && !honTorokuDone
      ? formatPlainDate(registrationDeadline(parsePlainDate(guide.kariTorokuDate)).deadline)
      : null
  return {
    guideCase,
    stepsDone: steps.filter((s) => checked.has(s.id)).length,
    stepsTotal: steps.length,
    deadline,
  }
}

/**
 * The drafts and the offer check's counts on `today` (a Japan date) with the minimum wages the
 * user entered: the counts depend on both, so they carry the day. The accepted offers' last days.
 */
export function draftsPart(
  drafts: readonly JobOfferDraft[],
  profile: Profile,
  today: PlainDate,
  rates: readonly EnteredRate[],
): DraftsPart {
  let draftsWithFindings = 0
  let draftsRefused = 0
  for (const draft of drafts) {
    const findings = checkOffer(draft, profile, today, rates)
    if (findings.length > 0) draftsWithFindings++
    if (findings.some((f) => f.severity === 'refused')) draftsRefused++
  }
  return {
    drafts: drafts.length,
    draftsWithFindings,
    draftsRefused,
    findingsOn: drafts.length > 0 ? formatPlainDate(today) : null,
    endings: drafts.flatMap((draft) => {
      // Every accepted offer (its last day does not depend on today): the screens judge which end soon.
      const validity = draftValidity(draft, today)
      if (validity === null) return []
      return [
        {
          draftId: draft.id,
          title: cut(draft.job.title),
          validUntil: formatPlainDate(validity.validUntil),
          offerNumber: cut(draft.acceptance.offerNumber),
        },
      ]
    }),
  }
}

/** What the establishment list shows of one establishment. */
export function summarize(
  docs: EstablishmentDocuments,
  today: PlainDate,
  rates: readonly EnteredRate[],
): EstablishmentSummary {
  return {
    ...profilePart(docs.profile),
    ...draftsPart(docs.drafts, docs.profile, today, rates),
    ...guidePart(docs.guide),
  }
}
