import { useI18n } from 'vue-i18n'
import { findingMessageKey, optionMessageKey } from '@shared/job-offer/messages'
import type { JobFinding } from '@shared/job-offer/field-rules'
import { OPTION_LISTS, type OptionListId } from '@shared/job-offer/options'

/** Words for draft fields, options and findings, shared by the drafts screens. */
export function useDraftText() {
  const { t } = useI18n()

  const options = (list: OptionListId) =>
    OPTION_LISTS[list].options.map((o) => ({ id: o.id, label: t(optionMessageKey(list, o.id)) }))

  const optionText = (list: OptionListId | undefined, id: string): string =>
    list === undefined || id === '' ? id : t(optionMessageKey(list, id))

  function finding(f: JobFinding): string {
    const params: Record<string, unknown> = { ...(f.params ?? {}) }
    if (f.code === 'chars') params['expected'] = t(`profile.chars.${String(params['expected'])}`)
    const severity = t(f.severity === 'error' ? 'jobOfferUi.error' : 'jobOfferUi.warning')
    return `${severity}: ${t(findingMessageKey(f.code), params)}`
  }

  return { t, options, optionText, finding }
}
