import { guideJa } from '@shared/guide/messages.ja'
import { guideUiJa } from './guide-ui.ja'
import { profileJa } from './profile.ja'
import { jobOfferJa } from '@shared/job-offer/messages.ja'
import { jobOfferUiJa } from './job-offer-ui.ja'
import { establishmentsJa } from './establishments.ja'

import { coreJa } from './core.ja'

/** Japanese messages: the default language and the schema every other language must match. */
export const ja = {
  ...coreJa,
  /** The guide's own texts live beside the step catalogue in src/shared/guide. */
  guide: guideJa,
  /** The guide screens' own words (src/renderer/src/i18n/guide-ui.*.ts). */
  guideUi: guideUiJa,
  /** The profile editor, recovery and export / import (src/renderer/src/i18n/profile.*.ts). */
  profile: profileJa,
  /** Job-offer domain texts (fields, options, findings) beside the rules in src/shared/job-offer. */
  jobOffer: jobOfferJa,
  /** The drafts screens, copy panel and readiness (src/renderer/src/i18n/job-offer-ui.*.ts). */
  jobOfferUi: jobOfferUiJa,
  /** The establishment list, export / import by establishment (./establishments.*.ts). */
  establishmentsUi: establishmentsJa,
}

export type MessageSchema = typeof ja
