import { createI18n } from 'vue-i18n'
import type { Locale } from '@shared/settings'
import { plainMessageCompiler } from './compiler'
import { coreJa, type CoreSchema } from './core.ja'
import type { MessageSchema } from './ja'

/**
 * The first screen needs only the core messages of one language. Japanese core is in the first
 * bundle (no extra round trip); English core and every area's messages (guide, profile, job offer)
 * are chunks of their own, loaded before a screen that uses them is shown.
 */
type SectionName = Exclude<keyof MessageSchema, keyof CoreSchema>

const CORE: Record<Locale, () => Promise<CoreSchema>> = {
  ja: async () => coreJa,
  en: async () => (await import('./core.en')).coreEn,
}

const SECTIONS: Record<Locale, { [S in SectionName]: () => Promise<MessageSchema[S]> }> = {
  ja: {
    guide: async () => (await import('@shared/guide/messages.ja')).guideJa,
    guideUi: async () => (await import('./guide-ui.ja')).guideUiJa,
    profile: async () => (await import('./profile.ja')).profileJa,
    jobOffer: async () => (await import('@shared/job-offer/messages.ja')).jobOfferJa,
    jobOfferUi: async () => (await import('./job-offer-ui.ja')).jobOfferUiJa,
    establishmentsUi: async () => (await import('./establishments.ja')).establishmentsJa,
  },
  en: {
    guide: async () => (await import('@shared/guide/messages.en')).guideEn,
    guideUi: async () => (await import('./guide-ui.en')).guideUiEn,
    profile: async () => (await import('./profile.en')).profileEn,
    jobOffer: async () => (await import('@shared/job-offer/messages.en')).jobOfferEn,
    jobOfferUi: async () => (await import('./job-offer-ui.en')).jobOfferUiEn,
    establishmentsUi: async () => (await import('./establishments.en')).establishmentsEn,
  },
}

export const SECTION_NAMES = Object.keys(SECTIONS.ja) as SectionName[]

export function createI18nWith(locale: Locale, messages: Partial<Record<Locale, CoreSchema>>) {
  return createI18n<[MessageSchema], Locale>({
    legacy: false,
    locale,
    fallbackLocale: 'ja',
    messages: messages as Record<Locale, MessageSchema>,
    messageCompiler: plainMessageCompiler,
    // A missing key is caught by the key test; at run time fall back quietly rather than warn.
    missingWarn: false,
    fallbackWarn: false,
  })
}

export const loadCoreMessages = (locale: Locale) => CORE[locale]()

interface LoadableComposer {
  availableLocales: readonly string[]
  getLocaleMessage(locale: Locale): object
  mergeLocaleMessage(locale: Locale, messages: object): void
}

/** Once any screen asked for the area messages, a language switch loads them too. */
let sectionsWanted = false

/** Loads the core messages of a language into the running i18n before it is switched to. */
export async function ensureLocale(composer: LoadableComposer, locale: Locale): Promise<void> {
  if (!composer.availableLocales.includes(locale)) {
    composer.mergeLocaleMessage(locale, await loadCoreMessages(locale))
  }
  if (sectionsWanted) await ensureSections(composer, locale)
}

/** Loads every area's messages of a language (each once), for the screens beyond the first. */
export async function ensureSections(composer: LoadableComposer, locale: Locale): Promise<void> {
  sectionsWanted = true
  const present = composer.getLocaleMessage(locale) as Partial<MessageSchema>
  const missing = SECTION_NAMES.filter((name) => present[name] === undefined)
  const loaded = await Promise.all(
    missing.map(async (name) => [name, await SECTIONS[locale][name]()]),
  )
  if (loaded.length > 0) composer.mergeLocaleMessage(locale, Object.fromEntries(loaded))
}
