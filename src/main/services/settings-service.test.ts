import { describe, expect, it } from 'vitest'
import { SettingsService, type SettingsData } from './settings-service'
import { MapStore } from './testing/app'

describe('SettingsService', () => {
  it('starts in Japanese', () => {
    expect(new SettingsService(new MapStore<SettingsData>()).get()).toEqual({ locale: 'ja' })
  })
  it('keeps the chosen language', () => {
    const store = new MapStore<SettingsData>()
    new SettingsService(store).setLocale('en')
    expect(new SettingsService(store).get()).toEqual({ locale: 'en' })
  })
  it('reads an unreadable value as the default without overwriting it', () => {
    const store = new MapStore<SettingsData>()
    store.data.set('locale', { evil: true })
    expect(new SettingsService(store).get()).toEqual({ locale: 'ja' })
    expect(store.data.get('locale')).toEqual({ evil: true })
  })
})
