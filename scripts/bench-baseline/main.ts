// The floor for the load benchmark: Vue 3 + Pinia + vue-i18n rendering one heading, nothing else.
import { createApp, h } from 'vue'
import { createPinia, defineStore } from 'pinia'
import { createI18n, useI18n } from 'vue-i18n'

const useStore = defineStore('bench', { state: () => ({ ready: true }) })

const App = {
  setup() {
    const { t } = useI18n()
    const store = useStore()
    return () => h('main', [h('h1', store.ready ? t('title') : '')])
  },
}

const i18n = createI18n({
  legacy: false,
  locale: 'ja',
  messages: { ja: { title: '求人者マイページの準備をはじめましょう' } },
  messageCompiler: (source) => () => String(source),
})

createApp(App).use(createPinia()).use(i18n).mount('#app')
