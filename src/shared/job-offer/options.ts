import type { Certainty } from '../field-rules/core'

/**
 * The option lists of the job-offer screens, as data. Each option stores a stable id (what the
 * draft keeps) and the label as the portal or the public job sheet shows it; each list carries
 * how sure we are of it (domain-notes.md). Unverified lists are kept in data so they can be
 * corrected without touching code; a stored id missing from a list only warns.
 */

/**
 * One option. `certainty` is given where the option itself is in doubt (a label cut off in the
 * sources, or not confirmed on the portal): the editor marks those options on screen.
 */
export interface OptionEntry<Id extends string = string> {
  id: Id
  label: string
  certainty?: Certainty
}

export interface OptionList<Id extends string = string> {
  options: ReadonlyArray<OptionEntry<Id>>
  certainty: Certainty
  /** Where the list comes from, for the about screen and reviewers. */
  source: string
}

const list = <const Id extends string>(
  certainty: Certainty,
  source: string,
  options: ReadonlyArray<OptionEntry<Id>>,
): OptionList<Id> => ({ options, certainty, source })

const JOB_SHEET = 'public job sheet (求人票) / hellowork-mhlw.github.io search options'
const GUESS = 'unverified: common job-sheet wording, check on the portal'

const yesNo = (yes: string, no: string) =>
  [
    { id: 'yes', label: yes },
    { id: 'no', label: no },
  ] as const

export const OPTION_LISTS = {
  /** 求人区分: full- vs part-time is decided by working hours (V). */
  workCategory: list('verified', 'domain-notes: ent_inputmethod / job_offer01', [
    { id: 'full-time', label: 'フルタイム' },
    { id: 'part-time', label: 'パート' },
  ]),
  /** 雇用形態 (3P). The first four are full-time, the last three part-time. */
  employmentType: list('third-party', JOB_SHEET, [
    { id: 'regular', label: '正社員' },
    { id: 'non-regular', label: '正社員以外' },
    { id: 'fixed-term-dispatch', label: '有期雇用派遣労働者' },
    { id: 'indefinite-dispatch', label: '無期雇用派遣労働者' },
    { id: 'part-time', label: 'パート労働者' },
    { id: 'part-time-fixed-term-dispatch', label: '有期雇用派遣パート' },
    { id: 'part-time-indefinite-dispatch', label: '無期雇用派遣パート' },
  ]),
  /** 派遣・請負 (3P). */
  dispatch: list('third-party', JOB_SHEET, [
    { id: 'dispatch', label: '派遣' },
    { id: 'contracting', label: '請負' },
    { id: 'none', label: '派遣・請負ではない' },
  ]),
  /** 雇用期間 (3P). */
  employmentPeriod: list('third-party', JOB_SHEET, [
    { id: 'indefinite', label: '雇用期間の定めなし' },
    { id: 'fixed-4-months-or-more', label: '雇用期間の定めあり（4ヶ月以上）' },
    { id: 'fixed-under-4-months', label: '雇用期間の定めあり（4ヶ月未満）' },
  ]),
  /** 契約更新の可能性 (3P). */
  contractRenewal: list('third-party', JOB_SHEET, [
    { id: 'in-principle', label: 'あり（原則更新）' },
    { id: 'conditional', label: 'あり（条件付きで更新あり）' },
    { id: 'none', label: 'なし' },
  ]),
  /** 正社員登用の実績, 転勤の可能性, 試用期間, … : あり / なし. */
  yesNo: list('third-party', JOB_SHEET, yesNo('あり', 'なし')),
  /** マイカー通勤 可 / 不可. */
  allowed: list('third-party', JOB_SHEET, [
    { id: 'yes', label: '可' },
    { id: 'no', label: '不可' },
  ]),
  /** 受動喫煙対策の有無 (the job sheet's 有無, secondary sources). */
  smokingMeasures: list('third-party', 'smokingsite.jp citing the Hello Work leaflet (2020-01)', [
    { id: 'yes', label: 'あり' },
    { id: 'no', label: 'なし' },
  ]),
  /**
   * 受動喫煙対策 (対策). The portal's drop-down options were not found; these are the wordings
   * offers commonly use (secondary sources), so every one is unverified. The first three ids are
   * those drafts stored before 有無 was asked separately.
   */
  smoking: list('unverified', 'mybestjob.jp, entica.or.jp, en-gage support (typical wording)', [
    { id: 'no-smoking-premises', label: '敷地内禁煙', certainty: 'unverified' },
    {
      id: 'no-smoking-premises-outdoor-area',
      label: '敷地内禁煙（屋外に喫煙場所設置）',
      certainty: 'unverified',
    },
    { id: 'no-smoking-indoors', label: '屋内禁煙', certainty: 'unverified' },
    { id: 'smoking-room', label: '屋内原則禁煙（喫煙専用室あり）', certainty: 'unverified' },
    { id: 'smoking-allowed-room', label: '喫煙可能室設置', certainty: 'unverified' },
    { id: 'smoking-allowed', label: '店内喫煙可', certainty: 'unverified' },
    { id: 'other', label: 'その他', certainty: 'unverified' },
  ]),
  /**
   * 求人情報・事業所名の公開範囲. Options 1 and 2 were read on the portal's help page, but option
   * 2's label is cut off there; the other two are known only from older secondary descriptions.
   */
  publication: list('verified', 'hellowork ent_service04.html (オンライン自主応募について)', [
    { id: 'full', label: '1.事業所名等を含む求人情報を公開する' },
    {
      id: 'hello-work-seekers',
      label: '2.ハローワークの求職者に限定し、事業所名等を含む求人情報を公開する',
      certainty: 'unverified',
    },
    {
      id: 'without-name',
      label: '事業所名等を含まない求人情報を公開する',
      certainty: 'unverified',
    },
    { id: 'not-published', label: '求人情報を公開しない', certainty: 'unverified' },
  ]),
  /** オンライン自主応募: the portal's wording for accepting; the other answer is ours. */
  onlineApplication: list('verified', 'hellowork ent_service04.html', [
    { id: 'yes', label: 'オンライン自主応募を受け付ける' },
    { id: 'no', label: '受け付けない', certainty: 'unverified' },
  ]),
  /** 更新上限 (app only; the portal takes the cap as text). */
  renewalCap: list('verified', '新潟ハローワーク (no need to state that there is no cap)', [
    { id: 'none', label: 'なし' },
    { id: 'capped', label: 'あり' },
  ]),
  /** 年齢: 不問 unless a legal exception applies (V, laborlaw page). */
  ageLimit: list('verified', 'domain-notes: laborlaw', [
    { id: 'none', label: '不問' },
    { id: 'limited', label: '制限あり' },
  ]),
  /**
   * The legal exceptions to 年齢不問 (労働施策総合推進法施行規則 第1条の3第1項). The law is
   * public; how the portal words and numbers the choices is unverified.
   */
  ageReason: list(
    'unverified',
    '労働施策総合推進法施行規則 1条の3第1項 (portal wording unverified)',
    [
      { id: 'no1', label: '例外事由1号（定年年齢を上限）' },
      { id: 'no2', label: '例外事由2号（法令の規定により年齢制限）' },
      { id: 'no3i', label: '例外事由3号のイ（長期勤続によるキャリア形成）' },
      { id: 'no3ro', label: '例外事由3号のロ（技能・ノウハウの継承）' },
      { id: 'no3ha', label: '例外事由3号のハ（芸術・芸能の分野）' },
      { id: 'no3ni', label: '例外事由3号のニ（高年齢者等の雇用促進施策）' },
    ],
  ),
  /** 学歴. */
  education: list('unverified', GUESS, [
    { id: 'any', label: '不問' },
    { id: 'high-school', label: '高校以上' },
    { id: 'vocational', label: '専修学校以上' },
    { id: 'junior-college', label: '短大以上' },
    { id: 'university', label: '大学以上' },
    { id: 'graduate', label: '大学院以上' },
  ]),
  /** 必要な経験等 / 免許・資格: 必須 / あれば尚可 / 不問 (3P). */
  requirement: list('third-party', JOB_SHEET, [
    { id: 'required', label: '必須' },
    { id: 'preferred', label: 'あれば尚可' },
    { id: 'none', label: '不問' },
  ]),
  /** 試用期間中の労働条件. */
  trialConditions: list('unverified', GUESS, [
    { id: 'same', label: '同条件' },
    { id: 'different', label: '条件相違あり' },
  ]),
  /** 賃金形態. */
  wageType: list('third-party', JOB_SHEET, [
    { id: 'monthly', label: '月給' },
    { id: 'daily', label: '日給' },
    { id: 'hourly', label: '時給' },
    { id: 'annual', label: '年俸制' },
    { id: 'other', label: 'その他' },
  ]),
  /**
   * What a 定額的に支払われる手当 is, for the minimum-wage check (app only): 通勤・家族・精皆勤手当
   * and 固定残業代 are left out of the comparison, every other allowance counts (最低賃金法施行規則1条).
   */
  allowanceKind: list('verified', '山形労働局・鹿児島労働局 (算入しない賃金)', [
    { id: 'commuting', label: '通勤手当' },
    { id: 'family', label: '家族手当' },
    { id: 'attendance', label: '精皆勤手当' },
    { id: 'fixed-overtime', label: '固定残業代' },
    { id: 'other', label: 'その他（役職手当・資格手当など）' },
  ]),
  /**
   * The establishment's business, only as far as the 44-hour week (特例措置対象事業場) needs it
   * (app only, kept with the profile).
   */
  industryGroup: list('third-party', '愛媛労働局「一般労働条件」; 労働基準法施行規則25条の2', [
    { id: 'commerce', label: '商業（卸売・小売・理美容・倉庫など）' },
    { id: 'film-theatre', label: '映画・演劇業（映画の製作を除く）' },
    { id: 'health', label: '保健衛生業（病院・診療所・社会福祉施設など）' },
    { id: 'hospitality', label: '接客娯楽業（旅館・飲食店など）' },
    { id: 'other', label: 'その他の業種' },
  ]),
  /** 通勤手当. */
  commuting: list('third-party', JOB_SHEET, [
    { id: 'actual', label: '実費支給（上限あり）' },
    { id: 'actual-unlimited', label: '実費支給（上限なし）' },
    { id: 'fixed', label: '定額' },
    { id: 'none', label: 'なし' },
  ]),
  /** 賃金支払日: 当月 / 翌月. */
  paymentMonth: list('third-party', JOB_SHEET, [
    { id: 'current', label: '当月' },
    { id: 'next', label: '翌月' },
  ]),
  /** 変形労働時間制. */
  variableHours: list('third-party', JOB_SHEET, [
    { id: 'none', label: 'なし' },
    { id: 'one-month', label: '1ヶ月単位' },
    { id: 'one-year', label: '1年単位' },
    { id: 'one-week', label: '1週間単位非定型的' },
    { id: 'flextime', label: 'フレックスタイム制' },
  ]),
  /** 週休二日制. */
  twoDaysOff: list('third-party', JOB_SHEET, [
    { id: 'every-week', label: '毎週' },
    { id: 'other', label: 'その他' },
    { id: 'none', label: 'なし' },
  ]),
  /** 加入保険等 (3P; the brief's list, several may apply). */
  insurance: list('third-party', JOB_SHEET, [
    { id: 'employment', label: '雇用保険' },
    { id: 'workers-accident', label: '労災保険' },
    { id: 'health', label: '健康保険' },
    { id: 'pension', label: '厚生年金' },
    { id: 'public-accident', label: '公務災害補償' },
    { id: 'asset-formation', label: '財形' },
    { id: 'retirement-mutual-aid', label: '退職金共済' },
  ]),
  /** 募集理由. */
  hiringReason: list('unverified', GUESS, [
    { id: 'replacement', label: '欠員補充' },
    { id: 'increase', label: '増員' },
    { id: 'new-business', label: '新規事業所設立等' },
    { id: 'other', label: 'その他' },
  ]),
  /** 選考方法 (several may apply). */
  selectionMethod: list('third-party', JOB_SHEET, [
    { id: 'documents', label: '書類選考' },
    { id: 'interview', label: '面接' },
    { id: 'written-test', label: '筆記試験' },
    { id: 'other', label: 'その他' },
  ]),
  /** 選考結果通知の方法 (several may apply). */
  notification: list('third-party', JOB_SHEET, [
    { id: 'post', label: '郵送' },
    { id: 'phone', label: '電話' },
    { id: 'email', label: 'Eメール' },
  ]),
  /** 応募書類等 (several may apply). */
  applicationDocuments: list('third-party', JOB_SHEET, [
    { id: 'referral', label: 'ハローワーク紹介状' },
    { id: 'resume', label: '履歴書（写真貼付）' },
    { id: 'career-history', label: '職務経歴書' },
    { id: 'other', label: 'その他' },
  ]),
} as const satisfies Record<string, OptionList>

export type OptionListId = keyof typeof OPTION_LISTS
export type OptionId<L extends OptionListId> = (typeof OPTION_LISTS)[L]['options'][number]['id']

export type EmploymentTypeId = OptionId<'employmentType'>
export type WorkCategory = OptionId<'workCategory'>

/** Which 雇用形態 belong to which 求人区分 (3P). */
export const EMPLOYMENT_TYPES_BY_CATEGORY = {
  'full-time': ['regular', 'non-regular', 'fixed-term-dispatch', 'indefinite-dispatch'],
  'part-time': ['part-time', 'part-time-fixed-term-dispatch', 'part-time-indefinite-dispatch'],
} as const satisfies Record<WorkCategory, readonly EmploymentTypeId[]>

/** 雇用形態 that are 派遣 (the worker is dispatched), so 派遣・請負 must say 派遣. */
export const DISPATCH_EMPLOYMENT_TYPES: readonly EmploymentTypeId[] = [
  'fixed-term-dispatch',
  'indefinite-dispatch',
  'part-time-fixed-term-dispatch',
  'part-time-indefinite-dispatch',
]

/** The portal label of an option, or undefined for an unknown id. */
export function optionLabel(listId: OptionListId, id: string): string | undefined {
  const options: ReadonlyArray<OptionEntry> = OPTION_LISTS[listId].options
  return options.find((o) => o.id === id)?.label
}

export function isOption(listId: OptionListId, id: string): boolean {
  return optionLabel(listId, id) !== undefined
}
