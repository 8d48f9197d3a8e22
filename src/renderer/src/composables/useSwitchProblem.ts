import { useI18n } from 'vue-i18n'
import { useEstablishmentsStore } from '../stores/establishments'

/** Why the last switch of establishment did not happen, in words ('' when it did). */
export function useSwitchProblem(): () => string {
  const { t } = useI18n()
  const establishments = useEstablishmentsStore()
  return () => {
    const error = establishments.switchError
    if (error === null) return ''
    return error === 'unsaved' ? t('switcher.unsaved') : t('switcher.failed')
  }
}
