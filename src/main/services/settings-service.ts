import * as v from 'valibot'
import { LocaleSchema } from '@shared/ipc/schemas'
import { DEFAULT_SETTINGS, type Locale, type Settings } from '@shared/settings'
import { readShortcuts, type ShortcutChoice } from '@shared/desktop/shortcuts'
import { readTextSize, type TextSize } from '@shared/desktop/text-size'
import { PROFILE_ID_PATTERN } from '@shared/profiles'
import type { KeyValueStore } from './ports'

export type SettingsData = {
  locale: Locale
  textSize?: TextSize
  shortcuts?: ShortcutChoice
  /** The establishment every screen is about (an id of the establishment index). */
  activeEstablishment?: string
}

export class SettingsService {
  constructor(
    private readonly store: KeyValueStore<SettingsData>,
    /** Main's own texts (menus) follow the language: told after every change. */
    private readonly onLocaleChange?: (locale: Locale) => void,
  ) {}

  get(): Settings {
    // A value we cannot read (hand-edited file, older version) falls back to the default without being overwritten.
    const stored = v.safeParse(LocaleSchema, this.store.get('locale'))
    return { locale: stored.success ? stored.output : DEFAULT_SETTINGS.locale }
  }

  setLocale(locale: Locale): Settings {
    this.store.set('locale', locale)
    const settings = this.get()
    this.onLocaleChange?.(settings.locale)
    return settings
  }

  /** The text size in percent; an unknown stored value reads as 100 % (and is left as it is). */
  textSize(): TextSize {
    return readTextSize(this.store.get('textSize'))
  }

  setTextSize(size: TextSize): void {
    this.store.set('textSize', size)
  }

  /** The copy panel's global shortcuts; each unknown stored value reads as that action's default. */
  shortcuts(): ShortcutChoice {
    return readShortcuts(this.store.get('shortcuts'))
  }

  setShortcuts(choice: ShortcutChoice): void {
    this.store.set('shortcuts', { ...choice })
  }

  /** The active establishment's id as stored; undefined when none (or not an id) is stored. */
  activeEstablishment(): string | undefined {
    const stored = this.store.get('activeEstablishment')
    return typeof stored === 'string' && PROFILE_ID_PATTERN.test(stored) ? stored : undefined
  }

  setActiveEstablishment(id: string): void {
    if (this.store.get('activeEstablishment') !== id) this.store.set('activeEstablishment', id)
  }
}
