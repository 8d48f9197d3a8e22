import type { FactCertainty, FactSource, UnreadLink } from './fact'

/**
 * 地域別最低賃金 (regional minimum wage, yen per hour) of the 47 prefectures for FY2024 (令和6年度)
 * and FY2025 (令和7年度), with the day each took effect (発効日). Until a prefecture's FY2025 day,
 * its FY2024 amount applies.
 *
 * The table is out of date on the day it ships: the FY2026 amounts took effect from about 2026-10
 * but were not in the sources. After `MINIMUM_WAGE_HORIZON` the FY2025 amount is only a floor, and
 * the app asks the user for the current rate (kept app-wide, used from its 発効日 on).
 *
 * Certainty, per amount and date: every FY2025 amount, its date and the FY2024 amount agree across
 * three independent secondary tables (hyperpc.jp, toms.or.jp, west-up.jp); where an official page or
 * a news report of the labour bureau's decision confirms a row, the row says so. FY2024 dates come
 * from a secondary year-by-year table unless a row names another source.
 */

export const MINIMUM_WAGE_AS_OF = '2026-11-30'
/** The last day the table is known to be complete (FY2026 amounts took effect from about 2026-10). */
export const MINIMUM_WAGE_HORIZON = '2026-09-30'

export const MINIMUM_WAGE_SOURCES = {
  /**
   * The official list, for the user to check the current rate: cited by other pages, not itself
   * read, so no as-of day is claimed and no fact of the table rests on it.
   */
  mhlwList: {
    title: '厚生労働省「地域別最低賃金の全国一覧」',
    url: 'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/',
    read: false,
  },
  tables: {
    title:
      '「令和7年度 地域別最低賃金全国一覧」(hyperpc.jp)、「令和7年度最低賃金が確定しました」(toms.or.jp)、「最低賃金情報」(west-up.jp, 令和7年9月11日更新)',
    url: null,
    asOf: MINIMUM_WAGE_AS_OF,
  },
  fy2024Dates: {
    title: '「地域別最低賃金 年度別一覧表」(tool.shlc.jp)',
    url: null,
    asOf: MINIMUM_WAGE_AS_OF,
  },
} as const satisfies Record<string, FactSource | UnreadLink>

export interface MinimumWageRate {
  /** Fiscal year (年度) the amount was decided for. */
  fy: 2024 | 2025
  /** Yen per hour. */
  amount: number
  /** 発効日 'YYYY-MM-DD' (Japan). */
  effectiveFrom: string
  certainty: FactCertainty
  /** What confirms the row beyond the secondary tables, if anything. */
  confirmedBy?: string
}

export interface PrefectureMinimumWage {
  prefecture: string
  /** Oldest first. */
  rates: readonly [MinimumWageRate, MinimumWageRate]
}

type Row = [amount: number, effectiveFrom: string, certainty?: FactCertainty, confirmedBy?: string]

const S: FactCertainty = 'secondary'
const N: FactCertainty = 'news'
const O: FactCertainty = 'official'

function prefecture(name: string, fy2024: Row, fy2025: Row): PrefectureMinimumWage {
  const rate = (fy: 2024 | 2025, [amount, effectiveFrom, certainty, confirmedBy]: Row) => ({
    fy,
    amount,
    effectiveFrom,
    certainty: certainty ?? S,
    ...(confirmedBy ? { confirmedBy } : {}),
  })
  return { prefecture: name, rates: [rate(2024, fy2024), rate(2025, fy2025)] }
}

/** In JIS prefecture-code order (北海道 = 1 … 沖縄県 = 47). */
export const MINIMUM_WAGES: readonly PrefectureMinimumWage[] = [
  prefecture(
    '北海道',
    [1010, '2024-10-01'],
    [1075, '2025-10-04', O, 'ハローワーク小樽「令和7年度北海道最低賃金改定」'],
  ),
  prefecture(
    '青森県',
    [953, '2024-10-05', O, '青森市のページ'],
    [1029, '2025-11-21', O, '青森労働局最低賃金公示第1号（令和7年9月29日、JIL転載）'],
  ),
  prefecture(
    '岩手県',
    [952, '2024-10-27', O, '八幡平市のページ'],
    [1031, '2025-12-01', N, 'FNN（12月1日発効の報道）'],
  ),
  prefecture(
    '宮城県',
    [973, '2024-10-01', O, '宮城労働局（気仙沼市のページ経由）'],
    [1038, '2025-10-04', N, 'FNN（宮城労働局の決定の報道）'],
  ),
  prefecture(
    '秋田県',
    [951, '2024-10-01'],
    [1031, '2026-03-31', O, '秋田労働局報道発表（官報公示 2025-09-22）'],
  ),
  prefecture(
    '山形県',
    [955, '2024-10-19'],
    [1032, '2025-12-23', O, '山形労働局 答申（2025-09-03）、TBS（官報公示 2025-10-01）'],
  ),
  prefecture(
    '福島県',
    [955, '2024-10-05'],
    [1033, '2026-01-01', O, '南会津町のページ（2026-01-01更新）'],
  ),
  prefecture(
    '茨城県',
    [1005, '2024-10-01'],
    [1074, '2025-10-12', O, '茨城県 広報紙「ひばり」2025年12月号'],
  ),
  prefecture('栃木県', [1004, '2024-10-01'], [1068, '2025-10-01']),
  prefecture(
    '群馬県',
    [985, '2024-10-04', O, '前橋市のページ'],
    [1063, '2026-03-01', N, 'FM群馬（群馬労働局：官報公示9/24、発効3/1）'],
  ),
  prefecture('埼玉県', [1078, '2024-10-01'], [1141, '2025-11-01']),
  prefecture('千葉県', [1076, '2024-10-01'], [1140, '2025-10-03']),
  prefecture(
    '東京都',
    [1163, '2024-10-01'],
    [1226, '2025-10-03', N, '東京労働局 報道発表（決定・官報公示 2025-09-03、新島村商工会の引用）'],
  ),
  prefecture('神奈川県', [1162, '2024-10-01'], [1225, '2025-10-04']),
  prefecture('新潟県', [985, '2024-10-01'], [1050, '2025-10-02']),
  prefecture('富山県', [998, '2024-10-01'], [1062, '2025-10-12']),
  prefecture('石川県', [984, '2024-10-05'], [1054, '2025-10-08']),
  prefecture('福井県', [984, '2024-10-05'], [1053, '2025-10-08']),
  prefecture(
    '山梨県',
    [988, '2024-10-01'],
    [1052, '2025-12-01', O, '山梨労働局最低賃金公示第1号（2025-09-29、JIL転載）'],
  ),
  prefecture('長野県', [998, '2024-10-01'], [1061, '2025-10-03']),
  prefecture('岐阜県', [1001, '2024-10-01'], [1065, '2025-10-18']),
  prefecture('静岡県', [1034, '2024-10-01'], [1097, '2025-11-01']),
  prefecture('愛知県', [1077, '2024-10-01'], [1140, '2025-10-18']),
  prefecture('三重県', [1023, '2024-10-01'], [1087, '2025-11-21']),
  prefecture('滋賀県', [1017, '2024-10-01'], [1080, '2025-10-05']),
  prefecture(
    '京都府',
    [1058, '2024-10-01'],
    [1122, '2025-11-21', N, '京都労働局 再答申（2025-09-12、社労士ページの引用）'],
  ),
  prefecture('大阪府', [1114, '2024-10-01'], [1177, '2025-10-16']),
  prefecture('兵庫県', [1052, '2024-10-01'], [1116, '2025-10-04']),
  prefecture('奈良県', [986, '2024-10-01'], [1051, '2025-11-16']),
  prefecture('和歌山県', [980, '2024-10-01'], [1045, '2025-11-01']),
  prefecture('鳥取県', [957, '2024-10-05'], [1030, '2025-10-04', N, 'FNN（官報公示 2025-09-04）']),
  prefecture('島根県', [962, '2024-10-12'], [1033, '2025-11-17', N, 'FNN（官報公示 2025-09-17）']),
  prefecture(
    '岡山県',
    [982, '2024-10-02'],
    [1047, '2025-12-01', N, '岡山労働局の決定（2025-09-17）の報道'],
  ),
  prefecture('広島県', [1020, '2024-10-01'], [1085, '2025-11-01']),
  prefecture('山口県', [979, '2024-10-01'], [1043, '2025-10-16']),
  prefecture(
    '徳島県',
    [980, '2024-11-01'],
    [1046, '2026-01-01', N, '徳島労働局の広報（2025-12-18）'],
  ),
  prefecture('香川県', [970, '2024-10-02'], [1036, '2025-10-18']),
  prefecture(
    '愛媛県',
    [956, '2024-10-13'],
    [1033, '2025-12-01', O, '愛媛労働局最低賃金公示第1号（2025-09-29、JIL転載）'],
  ),
  prefecture('高知県', [952, '2024-10-09'], [1023, '2025-12-01']),
  prefecture('福岡県', [992, '2024-10-05'], [1057, '2025-11-16']),
  prefecture(
    '佐賀県',
    [956, '2024-10-17'],
    [1030, '2025-11-21', N, '佐賀 審議会 答申の報道、takeonet.ne.jp'],
  ),
  prefecture('長崎県', [953, '2024-10-12'], [1031, '2025-12-01']),
  prefecture(
    '熊本県',
    [952, '2024-10-05'],
    [1034, '2026-01-01', O, '芦北町のページ（2026-01-08更新）'],
  ),
  prefecture(
    '大分県',
    [954, '2024-10-05', O, '大分県のページ'],
    [1035, '2026-01-01', N, '大分労働局の決定（官報 2025-10-02）の報道'],
  ),
  prefecture('宮崎県', [952, '2024-10-05', S, 'srtojima-office'], [1023, '2025-11-16']),
  prefecture(
    '鹿児島県',
    [953, '2024-10-05', O, '鹿児島労働局（令和6年10月5日現在）'],
    [1026, '2025-11-01', O, '鹿児島県のページ（2025-09-30更新）'],
  ),
  prefecture('沖縄県', [952, '2024-10-09', N, 'TBS'], [1023, '2025-12-01']),
]

/** The 47 prefecture names, as 住所検索 fills them in. */
export const PREFECTURES: readonly string[] = MINIMUM_WAGES.map((p) => p.prefecture)
