import { isNationalHoliday, isYearEndBreak } from './calendar'
import { addDays, jstDateOf, jstInstant, jstMinutesOf, weekday, type PlainDate } from '../dates'

/**
 * The Hello Work Internet Service helpdesk (ハローワークインターネットサービスやマイページの操作方法に
 * 関するお問い合わせ). The guide says 「月曜～金曜 9:30～18:00（年末年始、祝日除く）」; it does not say
 * which days 年末年始 covers, so the government's 12/29–1/3 is taken and marked as an assumption.
 */
export const HELPDESK_HOURS = {
  weekdays: [1, 2, 3, 4, 5],
  opens: { hour: 9, minute: 30 },
  closes: { hour: 18, minute: 0 },
  closedOnNationalHolidays: true,
  yearEndBreak: {
    from: { m: 12, d: 29 },
    to: { m: 1, d: 3 },
    assumption: true,
    noteKey: 'helpdesk.yearEndAssumption',
  },
  source: 'guide',
} as const

export type HelpdeskClosedReason = 'saturday' | 'sunday' | 'holiday' | 'year-end'

/** Whether the helpdesk answers at all on this Japan date, and why not. */
export function helpdeskClosedReason(date: PlainDate): HelpdeskClosedReason | undefined {
  if (isYearEndBreak(date)) return 'year-end'
  if (HELPDESK_HOURS.closedOnNationalHolidays && isNationalHoliday(date)) return 'holiday'
  const day = weekday(date)
  if ((HELPDESK_HOURS.weekdays as readonly number[]).includes(day)) return undefined
  return day === 6 ? 'saturday' : 'sunday'
}

export function isHelpdeskDay(date: PlainDate): boolean {
  return helpdeskClosedReason(date) === undefined
}

export interface HelpdeskStatus {
  open: boolean
  /** When closed: the next opening (epoch ms). */
  nextOpening?: number
  /** When open: today's closing time (epoch ms). */
  closesAt?: number
}

const OPENS_MIN = HELPDESK_HOURS.opens.hour * 60 + HELPDESK_HOURS.opens.minute
const CLOSES_MIN = HELPDESK_HOURS.closes.hour * 60 + HELPDESK_HOURS.closes.minute
// Year-end break plus weekends is at most 10 days; 60 also rides out any holiday cluster.
const SEARCH_LIMIT_DAYS = 60

/** Open or closed at this instant (epoch ms), reckoned in Japan time whatever the machine's zone. */
export function helpdeskStatus(instant: number): HelpdeskStatus {
  const today = jstDateOf(instant)
  const minutes = jstMinutesOf(instant)
  if (isHelpdeskDay(today)) {
    if (minutes >= OPENS_MIN && minutes < CLOSES_MIN) {
      return {
        open: true,
        closesAt: jstInstant(today, HELPDESK_HOURS.closes.hour, HELPDESK_HOURS.closes.minute),
      }
    }
    if (minutes < OPENS_MIN) return { open: false, nextOpening: openingOn(today) }
  }
  let day = today
  for (let i = 0; i < SEARCH_LIMIT_DAYS; i++) {
    day = addDays(day, 1)
    if (isHelpdeskDay(day)) return { open: false, nextOpening: openingOn(day) }
  }
  return { open: false }
}

function openingOn(date: PlainDate): number {
  return jstInstant(date, HELPDESK_HOURS.opens.hour, HELPDESK_HOURS.opens.minute)
}
