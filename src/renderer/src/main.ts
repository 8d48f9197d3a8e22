import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import { useSettingsStore } from './stores/settings'
import './assets/base.css'
import './assets/profile.css'

async function boot(): Promise<void> {
  const pinia = createPinia()
  const app = createApp(App)
  app.use(pinia)
  const settings = useSettingsStore()
  await settings.load()
  app.use(createAppI18n(settings.locale))
  app.use(createAppRouter())
  app.mount('#app')
}

void boot()
