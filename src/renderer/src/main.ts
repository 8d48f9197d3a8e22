import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createI18nWith, ensureLocale, ensureSections, loadCoreMessages } from './i18n/setup'
import { createAppRouter } from './router'
import { useSettingsStore } from './stores/settings'
import { useApi } from './api'
import { installAutosaveTriggers } from './composables/autosaveTriggers'
import './assets/base.css'
import './assets/profile.css'

/** Screens drawn from the core messages alone. */
const CORE_ONLY = new Set(['home', 'settings', 'about'])

async function boot(): Promise<void> {
  const pinia = createPinia()
  const app = createApp(App)
  app.use(pinia)
  const settings = useSettingsStore()
  await settings.load()
  const messages = await loadCoreMessages(settings.locale)
  const i18n = createI18nWith(settings.locale, { [settings.locale]: messages })
  const router = createAppRouter()
  // Screens beyond the first few use the area messages: load them before such a screen shows.
  router.beforeResolve(async (to) => {
    if (CORE_ONLY.has(String(to.name))) return
    await ensureSections(i18n.global, settings.locale)
    // Japanese is the fallback, and some texts stay Japanese in every language (the phone script
    // for a call to Hello Work): with English shown, load the Japanese messages too.
    if (settings.locale !== 'ja') {
      await ensureLocale(i18n.global, 'ja')
      await ensureSections(i18n.global, 'ja')
    }
  })
  app.use(i18n)
  app.use(router)
  installAutosaveTriggers(router, useApi())
  app.mount('#app')
}

void boot()
