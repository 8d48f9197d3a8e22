import { useI18n } from 'vue-i18n'
import type { RouteLocationRaw } from 'vue-router'
import { parsePlainDate } from '@shared/dates'
import type { FactCertainty } from '@shared/fact'
import { jobRuleFor } from '@shared/job-offer/field-table'
import type { Unread } from '@shared/job-offer/hourly-wage'
import { offerFindingMessageKey, offerRuleTitleKey } from '@shared/job-offer/messages'
import type { OfferFinding } from '@shared/job-offer/offer-check'
import { offerRule, type OfferSeverity } from '@shared/job-offer/offer-rules'

/** The check screen's minimum-wage form, as a link target (`?field=minimum-wage`). */
export const MINIMUM_WAGE_FORM = 'minimum-wage'

const DATE_PARAMS = new Set(['effectiveFrom', 'nextFrom', 'validUntil', 'horizon', 'on'])

/** The editor screen that shows a draft field (app-only fields have their own). */
export function screenOfField(field: string): number {
  const rule = jobRuleFor(field)
  if (rule === undefined) return 1
  return rule.screen === 'app' ? (rule.shownOn?.screen ?? 1) : rule.screen
}

/** Words of the offer check: findings with their article, severities, certainties, links. */
export function useOfferText() {
  const { t, locale } = useI18n()

  function formatDay(text: string): string {
    try {
      const d = parsePlainDate(text)
      return new Intl.DateTimeFormat(locale.value === 'en' ? 'en-GB' : 'ja-JP', {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'long',
        day: 'numeric',
      }).format(new Date(Date.UTC(d.y, d.m - 1, d.d)))
    } catch {
      return text
    }
  }

  const formatNumber = (n: number): string =>
    new Intl.NumberFormat(locale.value === 'en' ? 'en-GB' : 'ja-JP').format(n)

  function params(f: OfferFinding): Record<string, string> {
    const out: Record<string, string> = {}
    for (const [key, value] of Object.entries(f.params ?? {})) {
      if (typeof value === 'number') out[key] = formatNumber(value)
      else out[key] = DATE_PARAMS.has(key) ? formatDay(value) : value
    }
    return out
  }

  const fieldLabel = (field: string): string => {
    const key = jobRuleFor(field)?.labelKey
    return key ? t(key) : field
  }

  const unreadText = (u: Unread): string =>
    t(`jobOffer.offerCheck.unread.${u.reason}`, { label: fieldLabel(u.field), value: u.value })

  /** What is wrong and how to fix it, with what could not be read. */
  function message(f: OfferFinding): string {
    const text = t(offerFindingMessageKey(f), params(f))
    const unread = (f.unread ?? []).map(unreadText)
    return unread.length === 0 ? text : `${text} ${unread.join(t('app.listSeparator'))}`
  }

  /** The line under a field: severity, message and the article. */
  function line(f: OfferFinding): string {
    return t('jobOfferUi.check.line', {
      severity: severityLabel(f.severity),
      message: message(f),
      basis: offerRule(f.rule).basis,
    })
  }

  const severityLabel = (s: OfferSeverity): string => t(`jobOffer.offerCheck.severity.${s}`)
  const certaintyLabel = (c: FactCertainty | 'entered'): string =>
    t(`jobOffer.offerCheck.certainty.${c}`)
  const ruleTitle = (f: { rule: string }): string => t(offerRuleTitleKey(f.rule))

  function fieldLink(draftId: string, field: string): RouteLocationRaw {
    return {
      name: 'drafts-edit',
      query: { id: draftId, screen: String(screenOfField(field)), field },
    }
  }

  /** Where a finding is fixed: its field in the editor, or the check screen's rate form. */
  function fixLink(draftId: string, f: OfferFinding): RouteLocationRaw {
    if (f.rule === 'min-wage-table-horizon') {
      return { name: 'drafts-check', query: { id: draftId, field: MINIMUM_WAGE_FORM } }
    }
    return fieldLink(draftId, f.unread?.[0]?.field ?? f.fields[0] ?? '')
  }

  function fixText(f: OfferFinding): string {
    if (f.rule === 'min-wage-table-horizon') return t('jobOfferUi.check.enterRate')
    const field = f.unread?.[0]?.field ?? f.fields[0]
    return t('jobOfferUi.check.fix', { field: field ? fieldLabel(field) : '' })
  }

  return {
    t,
    fixLink,
    fixText,
    message,
    line,
    severityLabel,
    certaintyLabel,
    ruleTitle,
    fieldLabel,
    fieldLink,
    formatDay,
    formatNumber,
  }
}
