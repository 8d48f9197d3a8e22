import * as v from 'valibot'

export const LOCALES = ['ja', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'ja'

export const LocaleSchema = v.picklist(LOCALES)

export interface Settings {
  locale: Locale
}

export const DEFAULT_SETTINGS: Settings = { locale: DEFAULT_LOCALE }
