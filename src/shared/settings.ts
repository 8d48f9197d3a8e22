// Plain data, read by the first screen: no schema library here (main's schema is in ipc/schemas).
export const LOCALES = ['ja', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'ja'

export interface Settings {
  locale: Locale
}

export const DEFAULT_SETTINGS: Settings = { locale: DEFAULT_LOCALE }
