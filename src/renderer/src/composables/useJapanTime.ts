import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { PlainDate } from '@shared/dates'

const TOKYO = 'Asia/Tokyo'

/**
 * Dates and times as Japan has them, whatever the PC's time zone: instants are formatted in
 * Asia/Tokyo, plain dates (already Japan dates) as UTC midnights so no zone can shift them.
 */
export function useJapanTime() {
  const { locale } = useI18n()
  const tag = computed(() => (locale.value === 'en' ? 'en-GB' : 'ja-JP'))

  /** `language` overrides the screen's, e.g. for a script read aloud in Japanese. */
  function formatDate(date: PlainDate, language?: string): string {
    return new Intl.DateTimeFormat(language ?? tag.value, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
    }).format(new Date(Date.UTC(date.y, date.m - 1, date.d)))
  }

  /** A short date (2026/11/30, 30/11/2026) where a table has little room. */
  function formatShortDate(instant: number): string {
    return new Intl.DateTimeFormat(tag.value, {
      timeZone: TOKYO,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    }).format(new Date(instant))
  }

  function formatDateTime(instant: number): string {
    return new Intl.DateTimeFormat(tag.value, {
      timeZone: TOKYO,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }).format(new Date(instant))
  }

  function formatTime(instant: number): string {
    return new Intl.DateTimeFormat(tag.value, {
      timeZone: TOKYO,
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }).format(new Date(instant))
  }

  return { formatDate, formatDateTime, formatShortDate, formatTime }
}
