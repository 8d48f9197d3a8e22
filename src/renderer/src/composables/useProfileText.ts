import { useI18n } from 'vue-i18n'
import type { ErrorCode } from '@shared/ipc/result'
import type { Finding } from '@shared/field-rules/core'
import { ruleFor } from '@shared/profile/field-rules'

/** Words for profile fields and findings, shared by the editor's components. */
export function useProfileText() {
  const { t, locale } = useI18n()

  /** The app's label of a concrete path ('workplaces.1.station' → 最寄り駅). */
  function label(path: string): string {
    const rule = ruleFor(path)
    return rule ? t(rule.labelKey) : path
  }

  function finding(f: Finding): string {
    const params = f.params ?? {}
    const severity = t(f.severity === 'error' ? 'profile.editor.error' : 'profile.editor.warning')
    let text: string
    switch (f.code) {
      case 'chars':
        text = t('profile.finding.chars', {
          expected: t(`profile.chars.${String(params['expected'] ?? 'free')}`),
        })
        break
      case 'format':
        // A named problem (commas, 人, 平成, 万円) says what to change; otherwise the expected form.
        text =
          params['problem'] !== undefined
            ? problemText(params)
            : t(`profile.format.${String(params['format'] ?? 'count')}`)
        break
      case 'exceeds':
        text = t('profile.finding.exceeds', {
          other: label(String(params['other'] ?? '')),
          max: params['max'] ?? '',
        })
        break
      default:
        text = t(`profile.finding.${f.code}`, params)
    }
    return `${severity}${t('app.labelSeparator')}${text}`
  }

  /** The message of a problem `proposeText` found (keys under `profile.problem`). */
  function problemText(params: Record<string, string | number>): string {
    const key = String(params['problem']).replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
    return t(`profile.problem.${key}`, params)
  }

  /** "14:05" today, a date otherwise, in the screen's language. */
  function time(ms: number): string {
    const date = new Date(ms)
    const today = new Date().toDateString() === date.toDateString()
    return new Intl.DateTimeFormat(locale.value, {
      ...(today ? {} : { year: 'numeric', month: 'numeric', day: 'numeric' }),
      hour: '2-digit',
      minute: '2-digit',
    }).format(date)
  }

  /** Why a vault call (export, import, unlock…) failed, in plain words. */
  function vaultError(code: ErrorCode): string {
    const known: readonly ErrorCode[] = [
      'wrong-passphrase',
      'invalid-payload',
      'invalid-field',
      'locked',
      'unavailable',
      'conflict',
    ]
    return t(`profile.errors.${known.includes(code) ? code : 'other'}`)
  }

  return { t, label, finding, problemText, time, vaultError }
}
