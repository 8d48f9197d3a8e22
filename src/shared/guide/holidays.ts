// Holiday data from @holiday-jp/holiday_jp (MIT), one module per year so the bundle carries only
// the years the app can meet (2020: the 14-day rule's leaflet; 2050: the package's last year),
// about 100 kB instead of the 230 kB of 1970–2050. The package's own isHoliday/between read dates
// through local-time getters, so only its plain 'YYYY-MM-DD' keyed data is used here.
import type { Holiday } from '@holiday-jp/holiday_jp/lib/types'
import y2020 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2020.js'
import y2021 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2021.js'
import y2022 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2022.js'
import y2023 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2023.js'
import y2024 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2024.js'
import y2025 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2025.js'
import y2026 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2026.js'
import y2027 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2027.js'
import y2028 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2028.js'
import y2029 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2029.js'
import y2030 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2030.js'
import y2031 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2031.js'
import y2032 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2032.js'
import y2033 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2033.js'
import y2034 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2034.js'
import y2035 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2035.js'
import y2036 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2036.js'
import y2037 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2037.js'
import y2038 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2038.js'
import y2039 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2039.js'
import y2040 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2040.js'
import y2041 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2041.js'
import y2042 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2042.js'
import y2043 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2043.js'
import y2044 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2044.js'
import y2045 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2045.js'
import y2046 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2046.js'
import y2047 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2047.js'
import y2048 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2048.js'
import y2049 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2049.js'
import y2050 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2050.js'

const years: readonly Readonly<Record<string, Holiday>>[] = [
  y2020,
  y2021,
  y2022,
  y2023,
  y2024,
  y2025,
  y2026,
  y2027,
  y2028,
  y2029,
  y2030,
  y2031,
  y2032,
  y2033,
  y2034,
  y2035,
  y2036,
  y2037,
  y2038,
  y2039,
  y2040,
  y2041,
  y2042,
  y2043,
  y2044,
  y2045,
  y2046,
  y2047,
  y2048,
  y2049,
  y2050,
]

/** Every national holiday (incl. 振替休日 and 国民の休日) keyed by 'YYYY-MM-DD'. */
export const HOLIDAYS: ReadonlyMap<string, Holiday> = new Map(
  years.flatMap((year) => Object.entries(year)),
)
