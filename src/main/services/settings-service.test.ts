import { describe, expect, it } from 'vitest'
import type { KeyValueStore } from './ports'
import { SettingsService, type SettingsData } from './settings-service'

function memoryStore(
  initial: Record<string, unknown> = {},
): KeyValueStore<SettingsData> & { data: Record<string, unknown> } {
  const data = { ...initial }
  return {
    data,
    get: (key) => data[key] as never,
    set: (key, value) => {
      data[key] = value
    },
  }
}

describe('SettingsService', () => {
  it('starts in Japanese', () => {
    expect(new SettingsService(memoryStore()).get()).toEqual({ locale: 'ja' })
  })
  it('keeps the chosen language', () => {
    const store = memoryStore()
    new SettingsService(store).setLocale('en')
    expect(new SettingsService(store).get()).toEqual({ locale: 'en' })
  })
  it('reads an unreadable value as the default without overwriting it', () => {
    const store = memoryStore({ locale: { evil: true } })
    expect(new SettingsService(store).get()).toEqual({ locale: 'ja' })
    expect(store.data['locale']).toEqual({ evil: true })
  })
})
