import { guideEn } from '@shared/guide/messages.en'
import { guideUiEn } from '../guide-ui.en'
import { profileEn } from '../profile.en'
import { jobOfferEn } from '@shared/job-offer/messages.en'
import { jobOfferUiEn } from '../job-offer-ui.en'
import { establishmentsEn } from '../establishments.en'
import { coreEn } from '../core.en'
import type { MessageSchema } from '../ja'

export const en: MessageSchema = {
  ...coreEn,
  guide: guideEn,
  /** The guide screens' own words (src/renderer/src/i18n/guide-ui.*.ts). */
  guideUi: guideUiEn,
  profile: profileEn,
  jobOffer: jobOfferEn,
  jobOfferUi: jobOfferUiEn,
  establishmentsUi: establishmentsEn,
}
