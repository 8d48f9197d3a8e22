import { DEFAULT_LOCALE, type Locale } from '@shared/settings'
import { en } from './en'
import { ja, type MessageSchema } from '../ja'
import { createI18nWith } from '../setup'

/**
 * Both languages at once, for tests (component tests mount with either; e2e reads the expected
 * texts). The app itself loads one language at a time through ./setup.
 */
export const messages: Record<Locale, MessageSchema> = { ja, en }

export function createAppI18n(locale: Locale = DEFAULT_LOCALE) {
  return createI18nWith(locale, messages)
}
