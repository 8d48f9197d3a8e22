import { createI18n } from 'vue-i18n'
import { DEFAULT_LOCALE, type Locale } from '@shared/settings'
import { plainMessageCompiler } from './compiler'
import { en } from './en'
import { ja, type MessageSchema } from './ja'

export const messages: Record<Locale, MessageSchema> = { ja, en }

export function createAppI18n(locale: Locale = DEFAULT_LOCALE) {
  return createI18n<[MessageSchema], Locale>({
    legacy: false,
    locale,
    fallbackLocale: 'ja',
    messages,
    messageCompiler: plainMessageCompiler,
    // A missing key is caught by the key test; at run time fall back quietly rather than warn.
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>
