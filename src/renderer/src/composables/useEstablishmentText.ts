import { useI18n } from 'vue-i18n'
import { parsePlainDate } from '@shared/dates'
import type { EstablishmentRow, EstablishmentSummary } from '@shared/establishments'
import { CASE_SEGMENT } from '@shared/guide/catalogue'
import type { IpcError } from '@shared/ipc/result'
import { ESTABLISHMENTS_MAX } from '@shared/profiles'
import { useGuideText } from './useGuideText'
import { useJapanTime } from './useJapanTime'

/** Words for the establishment list: a row's summary, a name's refusal, whose data a screen shows. */
export function useEstablishmentText() {
  const { t } = useI18n()
  const { g } = useGuideText()
  const { formatDate } = useJapanTime()

  const day = (text: string) => formatDate(parsePlainDate(text))

  function guide(s: EstablishmentSummary): string {
    if (s.guideCase === null) return t('establishmentsUi.guideNoCase')
    if (s.guideCase === 'unsure') return t('establishmentsUi.guideUnsure')
    return t('establishmentsUi.guideCase', {
      case: g(`cases.${CASE_SEGMENT[s.guideCase]}.shortName`),
      done: s.stepsDone,
      total: s.stepsTotal,
    })
  }

  /** Why a name was refused, for the field it concerns. */
  function nameError(error: IpcError): string {
    if (error.code === 'invalid-field' && error.field?.endsWith('name')) {
      return t('establishmentsUi.errors.empty')
    }
    if (error.code === 'conflict' && error.field?.endsWith('name')) {
      return t('establishmentsUi.errors.duplicate')
    }
    if (error.code === 'conflict') {
      return t('establishmentsUi.errors.tooMany', { max: ESTABLISHMENTS_MAX })
    }
    return t('establishmentsUi.errors.failed', { reason: t(`errors.${error.code}`) })
  }

  /** 「対象の事業所：さくら工務店（事業所番号 …）」 for the screens that copy or print. */
  function context(row: EstablishmentRow): string {
    return row.summary.officeNumber
      ? t('establishmentsUi.contextNumber', { name: row.name, number: row.summary.officeNumber })
      : t('establishmentsUi.context', { name: row.name })
  }

  /** 「事業所：さくら工務店（事業所番号 …）」 printed on the A4 sheets. */
  function sheetLabel(row: EstablishmentRow | null): string {
    if (row === null) return ''
    return row.summary.officeNumber
      ? t('establishmentsUi.sheetLabelNumber', { name: row.name, number: row.summary.officeNumber })
      : t('establishmentsUi.sheetLabel', { name: row.name })
  }

  return { t, day, guide, nameError, context, sheetLabel }
}
