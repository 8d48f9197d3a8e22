import * as v from 'valibot'

export const LOCALES = ['ja', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'ja'

// Pure: a screen that needs only the default language leaves valibot out of its bundle.
export const LocaleSchema = /* @__PURE__ */ v.picklist(LOCALES)

export interface Settings {
  locale: Locale
}

export const DEFAULT_SETTINGS: Settings = { locale: DEFAULT_LOCALE }
