import * as v from 'valibot'
import { DEFAULT_SETTINGS, LocaleSchema, type Locale, type Settings } from '@shared/settings'
import type { KeyValueStore } from './ports'

export type SettingsData = { locale: Locale }

export class SettingsService {
  constructor(private readonly store: KeyValueStore<SettingsData>) {}

  get(): Settings {
    // A value we cannot read (hand-edited file, older version) falls back to the default without being overwritten.
    const stored = v.safeParse(LocaleSchema, this.store.get('locale'))
    return { locale: stored.success ? stored.output : DEFAULT_SETTINGS.locale }
  }

  setLocale(locale: Locale): Settings {
    this.store.set('locale', locale)
    return this.get()
  }
}
