import { defineStore } from 'pinia'
import { ref } from 'vue'
import { DEFAULT_LOCALE, type Locale } from '@shared/settings'
import type { ErrorCode } from '@shared/ipc/result'
import { useApi } from '../api'

export const useSettingsStore = defineStore('settings', () => {
  const api = useApi()
  const locale = ref<Locale>(DEFAULT_LOCALE)
  const loaded = ref(false)
  const error = ref<ErrorCode | null>(null)

  async function load(): Promise<void> {
    const result = await api.settings.get()
    if (result.ok) locale.value = result.value.locale
    else error.value = result.error.code
    loaded.value = true
  }

  async function setLocale(next: Locale): Promise<boolean> {
    const result = await api.settings.setLocale(next)
    if (!result.ok) {
      error.value = result.error.code
      return false
    }
    error.value = null
    locale.value = result.value.locale
    return true
  }

  return { locale, loaded, error, load, setLocale }
})
