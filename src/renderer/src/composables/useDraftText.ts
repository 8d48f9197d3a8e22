import { useI18n } from 'vue-i18n'
import { useProfileText } from './useProfileText'
import { findingMessageKey, optionMessageKey } from '@shared/job-offer/messages'
import type { JobFinding } from '@shared/job-offer/guidance'
import { OPTION_LISTS, type OptionListId } from '@shared/job-offer/options'

/** Words for draft fields, options and findings, shared by the drafts screens. */
export function useDraftText() {
  const { t } = useI18n()
  const { problemText } = useProfileText()

  const options = (list: OptionListId) =>
    OPTION_LISTS[list].options.map((o) => ({ id: o.id, label: t(optionMessageKey(list, o.id)) }))

  const optionText = (list: OptionListId | undefined, id: string): string =>
    list === undefined || id === '' ? id : t(optionMessageKey(list, id))

  function finding(f: JobFinding): string {
    const params: Record<string, unknown> = { ...(f.params ?? {}) }
    if (f.code === 'chars') params['expected'] = t(`profile.chars.${String(params['expected'])}`)
    const severity = t(f.severity === 'error' ? 'jobOfferUi.error' : 'jobOfferUi.warning')
    return `${severity}${t('app.labelSeparator')}${text(f, params)}`
  }

  /** A named problem (人 after a count) or a known form (派13-123456) says more than "format". */
  function text(f: JobFinding, params: Record<string, unknown>): string {
    if (f.code === 'format' && f.params?.['problem'] !== undefined) return problemText(f.params)
    const form = f.code === 'format' ? f.params?.['format'] : undefined
    if (form === 'dispatch-permit') return t('jobOfferUi.formats.dispatchPermit')
    return t(findingMessageKey(f.code), params)
  }

  return { t, options, optionText, finding }
}
