import { watch } from 'vue'
import type { Router } from 'vue-router'
import type { Api } from '@shared/contract'
import { useAutosaveRegistry } from './useAutosave'
import { useSettingsStore } from '../stores/settings'

const isField = (target: EventTarget | null): boolean =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLTextAreaElement ||
  target instanceof HTMLSelectElement

/**
 * When everything typed is saved at once, besides the pause in typing: a field is left, the screen
 * or the language changes, the page is hidden or unloads, and when main asks before it closes the
 * window or quits (it waits for the answer, at most a couple of seconds).
 */
export function installAutosaveTriggers(router: Router, api: Api): void {
  const registry = useAutosaveRegistry()
  const settings = useSettingsStore()
  const flushAll = () => void registry.flushAll()

  document.addEventListener('focusout', (event) => {
    if (isField(event.target)) flushAll()
  })
  router.afterEach(flushAll)
  watch(() => settings.locale, flushAll)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushAll()
  })
  // An unloading page cannot wait for answers: the saves are handed to main right away.
  window.addEventListener('beforeunload', () => registry.flushAllNow())
  window.addEventListener('pagehide', () => registry.flushAllNow())
  api.edits.flushRequest(({ requestId }) => {
    void registry
      .flushAll()
      .catch(() => false)
      .finally(() => void api.edits.flushed(requestId))
  })
}
