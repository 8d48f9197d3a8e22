import { useI18n } from 'vue-i18n'
import type { GuideMessageKey, MessageParams } from '@shared/guide/i18n'

/**
 * The guide's own texts (mounted under `guide` in the app's messages), with keys checked against
 * the guide's message schema at compile time.
 */
export function useGuideText() {
  const { t } = useI18n()
  const g = (key: GuideMessageKey, params: MessageParams = {}): string =>
    t(`guide.${key}`, { ...params })
  return { g, t }
}
