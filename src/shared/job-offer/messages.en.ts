import type { JobOfferMessages } from './messages.ja'

/**
 * English texts. Portal labels and options stay in Japanese (the user must find them on a
 * Japanese screen), followed by an English gloss.
 */
export const jobOfferEn: JobOfferMessages = {
  screen: {
    account: 'Login e-mail registration',
    record: '求人申し込み実績 (filing record)',
    est1: 'Establishment 1 企業基本情報 (company)',
    est2: 'Establishment 2 事業所基本情報 (establishment)',
    est3: 'Establishment 3 事業所詳細情報 (details)',
    est4: 'Establishment 4 事業所就業場所情報 (workplaces)',
    est5: 'Establishment 5 事業所PR情報 (PR)',
    est6: 'Establishment 6 画像情報 (images)',
    job1: 'Job offer 1 求人区分等情報 (category)',
    job2: 'Job offer 2 事業所情報 (establishment)',
    job3: 'Job offer 3 仕事内容情報 (job)',
    job4: 'Job offer 4 賃金・手当情報 (wages)',
    job5: 'Job offer 5 労働時間情報 (hours)',
    job6: 'Job offer 6 保険・年金・定年等情報 (insurance, retirement)',
    job7: 'Job offer 7 求人PR情報 (PR)',
    job8: 'Job offer 8 選考方法情報 (selection)',
  },
  certainty: {
    verified: 'verified on an official page',
    thirdParty: 'from unofficial sources only',
    unverified: 'not verified',
    screen: 'Screen name: {level}',
    fields: 'Fields: {level}',
    order: 'Field order: {level}',
    rules: 'Required marks, lengths, characters: {level}',
  },
  portalMessages: {
    red: 'Red message: must be fixed before you can go on.',
    orange: 'Orange message: check it, then press 「次へ進む」 (next) again if it is right.',
  },
  copyNote: {
    addressSearch:
      'Enter the postal code and press 「住所検索」 (address search): the portal fills this in. Just check it.',
    chooseOnScreen: 'Choose this on the portal screen.',
    sameAsEstablishment: "Same as the establishment's address.",
    soleProprietor: 'Not needed for a sole proprietor (個人事業主).',
    riskyKept: 'A character the portal may refuse remains. Replace it with another.',
    profileWorkplace: 'Choose from the workplaces registered with the establishment.',
    fromProfileContact: "Taken from the establishment's contact person.",
    soleProprietorUnverified:
      'Whether a sole proprietor enters this is not verified: follow what the portal’s screen shows.',
  },
  field: {
    category: {
      workCategory: '求人区分 (full-/part-time)',
      employmentType: '雇用形態 (employment type)',
      employmentTypeName: '正社員以外の名称 (name of the non-regular type)',
      dispatch: '派遣・請負 (dispatch / contracting)',
      dispatchPermitNumber: '労働者派遣事業の許可番号 (dispatch licence number)',
      employmentPeriod: '雇用期間 (employment period)',
      periodLength: '雇用期間の長さ (length of the period)',
      contractRenewal: '契約更新の可能性 (contract renewal)',
      renewalConditions: '契約更新の条件 (renewal conditions)',
      renewalCap: '更新上限 (cap on renewals: total length or number of renewals)',
      renewalCapYears: '更新上限：通算契約期間 (cap: total contract length, years)',
      renewalCapCount: '更新上限：更新回数 (cap: number of renewals)',
      publication: '求人情報・事業所名の公開範囲 (who may see the offer and the company name)',
      onlineApplication: 'オンライン自主応募 (online applications)',
      regularConversion: '正社員登用の実績 (conversions to regular staff)',
      regularConversionCount: '正社員登用の実績 (number in the past 3 years)',
    },
    workplace: {
      choice: '就業場所 (place of work)',
      smokingMeasures: '受動喫煙対策（有無） (passive-smoking measures: any?)',
      smoking: '受動喫煙対策（対策） (passive-smoking measures: which)',
      smokingNote: '屋内の受動喫煙対策に関する特記事項 (notes on indoor smoking measures)',
      transfer: '転勤の可能性 (transfers)',
      transferScope: '想定される転勤範囲 (where to)',
      carCommute: 'マイカー通勤 (commuting by own car)',
      parking: '駐車場 (parking)',
      parkingNote: '駐車場 (notes)',
    },
    job: {
      title: '職種 (job title)',
      description: '仕事内容 (job description)',
      changeScope: '業務の変更範囲 (how far the duties may change)',
      ageLimit: '年齢 (age)',
      ageMin: '年齢 (lower limit)',
      ageMax: '年齢 (upper limit)',
      ageReason: '年齢制限の理由 (legal exception)',
      ageReasonNote: '年齢制限の理由 (details)',
      education: '学歴 (education)',
      experience: '必要な経験等 (experience)',
      experienceDetail: '必要な経験等 (which)',
      pcSkills: '必要なPCスキル (PC skills)',
      license: '必要な免許・資格 (licences, qualifications)',
      licenseDetail: '免許・資格の名称 (which)',
      trialPeriod: '試用期間 (probation)',
      trialPeriodLength: '試用期間の長さ (length)',
      trialConditions: '試用期間中の労働条件 (conditions during probation)',
      trialConditionsNote: '試用期間中の労働条件 (how they differ)',
      trialWage:
        '試用期間中の賃金 (lowest pay during the trial period, in the same form as the pay)',
    },
    wage: {
      wageType: '賃金形態 (pay basis)',
      baseMin: '基本給 (base pay, from)',
      baseMax: '基本給 (base pay, up to)',
      allowance1Name: '手当a (fixed allowance a: name)',
      allowance1Amount: '手当a (fixed allowance a: amount)',
      allowance2Name: '手当b (fixed allowance b: name)',
      allowance2Amount: '手当b (fixed allowance b: amount)',
      allowance3Name: '手当c (fixed allowance c: name)',
      allowance3Amount: '手当c (fixed allowance c: amount)',
      allowance4Name: '手当d (fixed allowance d: name)',
      allowance4Amount: '手当d (fixed allowance d: amount)',
      allowance1Kind: '手当aの種類 (kind of allowance a)',
      allowance2Kind: '手当bの種類 (kind of allowance b)',
      allowance3Kind: '手当cの種類 (kind of allowance c)',
      allowance4Kind: '手当dの種類 (kind of allowance d)',
      fixedOvertime: '固定残業代 (fixed overtime pay)',
      fixedOvertimeAmount: '固定残業代 (amount)',
      fixedOvertimeHours: '固定残業代 (hours covered)',
      fixedOvertimeNote: '固定残業代 (notes)',
      commuting: '通勤手当 (commuting allowance)',
      commutingMax: '通勤手当 (monthly maximum)',
      closingDay: '賃金締切日 (pay period closes on)',
      paymentMonth: '賃金支払日 (paid in the same / next month)',
      paymentDay: '賃金支払日 (pay day)',
      raise: '昇給 (pay rises)',
      raiseDetail: '昇給 (last year)',
      bonus: '賞与 (bonus)',
      bonusDetail: '賞与 (last year)',
    },
    hours: {
      shift1Start: '就業時間1 (hours 1, start)',
      shift1End: '就業時間1 (hours 1, end)',
      shift2Start: '就業時間2 (hours 2, start)',
      shift2End: '就業時間2 (hours 2, end)',
      shift3Start: '就業時間3 (hours 3, start)',
      shift3End: '就業時間3 (hours 3, end)',
      shiftSystem: '交替制 (shift system)',
      variableHours: '変形労働時間制 (variable working hours)',
      overtime: '時間外労働時間 (overtime hours)',
      overtimeMonthly: '月平均時間外労働時間 (average overtime per month)',
      breakMinutes: '休憩時間 (break, minutes)',
      weeklyDays: '週所定労働日数 (days per week)',
      weeklyHours: '週所定労働時間 (hours per week)',
      fullTimeWeeklyHours: 'Weekly hours of your usual full-time staff',
      annualHolidays: '年間休日数 (days off per year)',
      holidays: '休日 (days off)',
      twoDaysOff: '週休二日制 (two days off a week)',
      paidLeaveDays: '年次有給休暇 (paid leave after 6 months, days)',
    },
    insurance: {
      insurances: '加入保険等 (insurance)',
      retirementAge: '定年制 (retirement age)',
      retirementAgeValue: '定年年齢 (retirement age, years)',
      reemployment: '再雇用制度 (re-employment)',
      reemploymentMaxAge: '再雇用 (up to age)',
      housingSingle: '入居可能住宅 (housing for singles)',
      housingFamily: '入居可能住宅 (housing for families)',
      housingNote: '入居可能住宅 (notes)',
      childcare: '利用可能託児施設 (childcare facility)',
      childcareNote: '利用可能託児施設 (details)',
    },
    pr: {
      specialNotes: '求人に関する特記事項 (notes on the offer)',
      message: '事業所からのメッセージ (message from the employer)',
    },
    selection: {
      hires: '採用人数 (people to hire)',
      reason: '募集理由 (reason for hiring)',
      methods: '選考方法 (selection method)',
      resultDays: '選考結果通知 (days until the result)',
      notification: '選考結果の通知方法 (how the result is sent)',
      documents: '応募書類等 (application documents)',
      documentsOther: '応募書類等 (other)',
    },
  },
  option: {
    workCategory: { fullTime: 'フルタイム (full-time)', partTime: 'パート (part-time)' },
    employmentType: {
      regular: '正社員 (regular employee)',
      nonRegular: '正社員以外 (non-regular employee)',
      fixedTermDispatch: '有期雇用派遣労働者 (fixed-term dispatched worker)',
      indefiniteDispatch: '無期雇用派遣労働者 (open-ended dispatched worker)',
      partTime: 'パート労働者 (part-time worker)',
      partTimeFixedTermDispatch: '有期雇用派遣パート (fixed-term dispatched part-timer)',
      partTimeIndefiniteDispatch: '無期雇用派遣パート (open-ended dispatched part-timer)',
    },
    dispatch: {
      dispatch: '派遣 (dispatch)',
      contracting: '請負 (contracting)',
      none: '派遣・請負ではない (neither)',
    },
    employmentPeriod: {
      indefinite: '雇用期間の定めなし (open-ended)',
      fixed4MonthsOrMore: '雇用期間の定めあり（4ヶ月以上） (fixed term, 4 months or more)',
      fixedUnder4Months: '雇用期間の定めあり（4ヶ月未満） (fixed term, under 4 months)',
    },
    contractRenewal: {
      inPrinciple: 'あり（原則更新） (renewed as a rule)',
      conditional: 'あり（条件付きで更新あり） (renewed on conditions)',
      none: 'なし (no renewal)',
    },
    yesNo: { yes: 'あり (yes)', no: 'なし (no)' },
    allowed: { yes: '可 (allowed)', no: '不可 (not allowed)' },
    smokingMeasures: { yes: 'あり (yes)', no: 'なし (none)' },
    smoking: {
      noSmokingPremises: '敷地内禁煙 (no smoking on the premises)',
      noSmokingPremisesOutdoorArea:
        '敷地内禁煙（屋外に喫煙場所設置） (no smoking on the premises; smoking place outdoors)',
      noSmokingIndoors: '屋内禁煙 (no smoking indoors)',
      smokingRoom: '屋内原則禁煙（喫煙専用室あり） (no smoking indoors except a smoking room)',
      smokingAllowedRoom: '喫煙可能室設置 (a room where smoking is allowed)',
      smokingAllowed: '店内喫煙可 (smoking allowed inside)',
      other: 'その他 (other)',
    },
    publication: {
      full: '1.事業所名等を含む求人情報を公開する (publish, with the company name)',
      helloWorkSeekers:
        '2.ハローワークの求職者に限定し、事業所名等を含む求人情報を公開する (only to Hello Work job seekers, with the company name)',
      withoutName: '事業所名等を含まない求人情報を公開する (publish without the company name)',
      notPublished: '求人情報を公開しない (do not publish)',
    },
    onlineApplication: {
      yes: 'オンライン自主応募を受け付ける (accept online applications)',
      no: '受け付けない (do not accept)',
    },
    renewalCap: { none: 'なし (no cap)', capped: 'あり (capped)' },
    allowanceKind: {
      commuting: '通勤手当 (commuting)',
      family: '家族手当 (family)',
      attendance: '精皆勤手当 (attendance)',
      fixedOvertime: '固定残業代 (fixed overtime pay)',
      other: 'その他（役職手当・資格手当など） (other: post, qualification, …)',
    },
    industryGroup: {
      commerce:
        '商業（卸売・小売・理美容・倉庫など） (commerce: wholesale, retail, hairdressing, warehousing, …)',
      filmTheatre: '映画・演劇業（映画の製作を除く） (cinemas and theatres, not film production)',
      health:
        '保健衛生業（病院・診療所・社会福祉施設など） (health and welfare: hospitals, clinics, care homes, …)',
      hospitality: '接客娯楽業（旅館・飲食店など） (hospitality: inns, restaurants, …)',
      other: 'その他の業種 (any other business)',
    },
    ageLimit: { none: '不問 (any age)', limited: '制限あり (limited)' },
    ageReason: {
      no1: '例外事由1号 (up to the retirement age)',
      no2: '例外事由2号 (age limit set by law)',
      no3i: '例外事由3号のイ (young people, long-term career)',
      no3ro: '例外事由3号のロ (passing on skills to a thin age group)',
      no3ha: '例外事由3号のハ (arts and entertainment)',
      no3ni: '例外事由3号のニ (government scheme for older workers etc.)',
    },
    education: {
      any: '不問 (any)',
      highSchool: '高校以上 (high school or above)',
      vocational: '専修学校以上 (vocational school or above)',
      juniorCollege: '短大以上 (junior college or above)',
      university: '大学以上 (university or above)',
      graduate: '大学院以上 (graduate school)',
    },
    requirement: {
      required: '必須 (required)',
      preferred: 'あれば尚可 (preferred)',
      none: '不問 (not needed)',
    },
    trialConditions: { same: '同条件 (same)', different: '条件相違あり (different)' },
    wageType: {
      monthly: '月給 (monthly)',
      daily: '日給 (daily)',
      hourly: '時給 (hourly)',
      annual: '年俸制 (annual)',
      other: 'その他 (other)',
    },
    commuting: {
      actual: '実費支給（上限あり） (actual cost, capped)',
      actualUnlimited: '実費支給（上限なし） (actual cost, no cap)',
      fixed: '定額 (fixed amount)',
      none: 'なし (none)',
    },
    paymentMonth: { current: '当月 (same month)', next: '翌月 (next month)' },
    variableHours: {
      none: 'なし (none)',
      oneMonth: '1ヶ月単位 (per month)',
      oneYear: '1年単位 (per year)',
      oneWeek: '1週間単位非定型的 (per week, irregular)',
      flextime: 'フレックスタイム制 (flextime)',
    },
    twoDaysOff: { everyWeek: '毎週 (every week)', other: 'その他 (other)', none: 'なし (none)' },
    insurance: {
      employment: '雇用保険 (employment insurance)',
      workersAccident: '労災保険 (workers’ accident insurance)',
      health: '健康保険 (health insurance)',
      pension: '厚生年金 (employees’ pension)',
      publicAccident: '公務災害補償 (public servants’ accident compensation)',
      assetFormation: '財形 (asset-formation savings)',
      retirementMutualAid: '退職金共済 (retirement allowance mutual aid)',
    },
    hiringReason: {
      replacement: '欠員補充 (replacing someone)',
      increase: '増員 (more staff)',
      newBusiness: '新規事業所設立等 (new establishment etc.)',
      other: 'その他 (other)',
    },
    selectionMethod: {
      documents: '書類選考 (documents)',
      interview: '面接 (interview)',
      writtenTest: '筆記試験 (written test)',
      other: 'その他 (other)',
    },
    notification: { post: '郵送 (post)', phone: '電話 (phone)', email: 'Eメール (e-mail)' },
    applicationDocuments: {
      referral: 'ハローワーク紹介状 (Hello Work referral letter)',
      resume: '履歴書（写真貼付） (CV with photo)',
      careerHistory: '職務経歴書 (career history)',
      other: 'その他 (other)',
    },
  },
  finding: {
    required: 'Please fill this in.',
    tooLong: 'At most {max} characters (now {length}).',
    chars: 'Contains characters of the wrong kind for this field ({expected}).',
    riskyChars: 'Characters the portal may refuse: {chars}',
    format: 'The format is not right.',
    checkDigit: 'The check digit does not match. Please check the number.',
    exceeds: 'More than {max}.',
    unknownField: 'Unknown field.',
    overStorageLimit:
      'Only {max} characters can be saved in this field (it has {length}). Please shorten it; until then, what was saved before is kept.',
    unknownOption: 'Not one of the options: {value}',
    conditionsNotExplicit:
      'Working conditions must be stated explicitly. Offers without a wage range, working hours and days off are often sent back.',
    wageRangeInverted: 'The lower base pay is above the upper one.',
    workCategoryMismatch:
      '{weeklyHours} hours a week, against {fullTimeWeeklyHours} for your usual full-time staff, makes this 「{derivedLabel}」. Full- or part-time follows the working hours.',
    employmentTypeCategory: 'This employment type does not belong to the chosen 求人区分.',
    dispatchMismatch: 'The employment type and 派遣・請負 do not agree.',
    workplaceNotFound: "The chosen workplace is not in the establishment's workplaces.",
  },
  image: {
    rules:
      'Up to {maxFiles} images, {maxMb} MB each, JPEG, GIF, PNG or BMP (as announced on {asOf}).',
    tooManyFiles: 'At most {max} images (now {count}).',
    tooLarge: '{sizeMb} MB, over the limit of {maxMb} MB. Please make it smaller.',
    maybeTooLarge:
      '{sizeMb} MB. If the portal counts 2 MB as 2,000,000 bytes this is over the limit: shrinking it a little is safer.',
    emptyFile: 'The file is empty.',
    unsupportedExtension: '“.{ext}” files cannot be used. Convert to JPEG, GIF, PNG or BMP.',
    unsupportedContent: 'The file is {detected} inside, which cannot be used. Convert it.',
    contentMismatch:
      'The name ends in “.{ext}” but the file is {detected} inside. Rename it to “.{rename}”.',
    contentUnknown:
      'The file is not a JPEG, GIF, PNG or BMP image inside. Choose an image file, or convert it to one.',
    duplicateName: 'Another file has the same name.',
  },
  readiness: {
    ready: 'All required fields of the establishment and a job offer are filled. You can start.',
    notReady: 'Some fields still need to be filled.',
    missing: '{screen}: {count} fields missing',
    noDraft: 'There is no job offer draft yet.',
  },
  workCategory: {
    rule: 'Full- or part-time follows the working hours: fewer weekly hours than your usual full-time staff means part-time.',
    assumed:
      'The weekly hours of your usual full-time staff are not filled in, so 40 hours is assumed.',
  },
  draft: {
    untitled: '(no job title yet)',
    duplicate: 'Use this offer as the start of the next one',
    duplicateNote:
      'Job title, description, experience, licences, age, number of hires and reason are left empty.',
  },
  offerCheck: {
    severity: {
      refused: 'Likely refused or held from publication',
      correction: 'Likely sent back for correction',
      advice: 'To check, or advice',
    },
    certainty: {
      official: 'confirmed on an official page',
      news: 'from a news report',
      secondary: 'from unofficial sources only',
      inferred: 'our inference (no source)',
      entered: 'the rate you entered',
    },
    unread: {
      empty: '“{label}” is empty',
      unreadable: '“{value}” in “{label}” cannot be read',
      unsupported: '“{label}” is “{value}”, which cannot be converted to an hourly figure',
    },
    rule: {
      minWageBelow: 'Pay at or above the minimum wage',
      minWageTrialBelow: 'Trial-period pay at or above the minimum wage',
      minWageUpcoming: 'A new minimum wage while the offer is open',
      minWageTableHorizon: 'Whether the minimum-wage table is current',
      minWageAllowanceKind: 'Allowances whose kind decides the minimum-wage check',
      minWageUnchecked: 'Whether the minimum wage could be checked',
      breakShort: 'Breaks (45 minutes over 6 hours, 60 over 8)',
      dailyOver8: 'At most 8 hours a day',
      weeklyOver40: 'At most 40 hours a week',
      weeklyDayOff: 'A day off every week (or 4 in 4 weeks)',
      annualHoursOver: 'Days off a year against daily hours',
      overtimeOver45: 'Overtime at most 45 hours a month',
      fixedOvertimeOver45: 'Fixed overtime at most 45 hours a month',
      hoursUnchecked: 'Whether the working time could be checked',
      fixedOvertimeStatement: 'The three statements on fixed overtime pay',
      ageExceptionMissing: 'The legal exception for an age limit',
      ageRange: 'The age range',
      ageExceptionDirection: 'Upper and lower age limits under the exception',
      ageExceptionIndefinite: 'The exception and the contract period',
      ageException3iExperience: 'Exception 3-i and experience',
      ageExceptionUnverifiable: 'Exceptions the app cannot check',
      ageUpperReason: 'A reason for an upper age limit under 65',
      retirementUnder60: 'Retirement age of 60 or more',
      retirementContinuedEmployment: 'Employment secured up to 65',
      genderedWording: 'Job titles and wording that name a sex',
      changeScopeMissing: 'Scope of change of duties (from April 2024)',
      transferScopeMissing: 'Scope of change of workplace (transfers)',
      renewalBasisMissing: 'Basis for renewing a fixed-term contract',
      renewalCapUnanswered: 'Whether renewals are capped',
      renewalCriteriaAbstract: 'Concrete renewal criteria',
      smokingAreaWork: 'Work in smoking areas',
      smokingAreaAge: 'Smoking areas and under-20s',
    },
    finding: {
      minWageBelow: {
        rate: 'Converted to an hourly figure this is about ¥{hourly}, below the minimum wage of {prefecture}, ¥{amount} (from {effectiveFrom}). Offers below the minimum wage are held from publication. Please raise the lowest base pay.',
        floor:
          'Converted to an hourly figure this is about ¥{hourly}, below even ¥{amount} (from {effectiveFrom}), the latest minimum wage of {prefecture} the app knows. The current rate may be higher still. Please raise the lowest base pay.',
      },
      minWageTrialBelow: {
        rate: 'The trial-period pay is about ¥{hourly} an hour, below the minimum wage of {prefecture}, ¥{amount}. The minimum wage applies during a trial period too (paying less needs the labour bureau director’s permission).',
        floor:
          'The trial-period pay is about ¥{hourly} an hour, below even ¥{amount}, the latest minimum wage of {prefecture} the app knows. The current rate may be higher still.',
      },
      minWageUpcoming:
        'From {nextFrom} the minimum wage of {prefecture} is ¥{nextAmount}. The offer stays open until {validUntil}, so from that day about ¥{hourly} an hour falls below it. Raise the pay before the new rate takes effect (offers not changed are held from publication).',
      minWageTableHorizon:
        'The app’s minimum-wage table runs to {horizon}. The offer was checked against ¥{amount} for {prefecture} (from {effectiveFrom}); if the rate has been revised since, the current one is higher. Look up the current rate and its start date on the ministry’s list and enter it on the check screen.',
      minWageAllowanceKind:
        'Some allowances have no kind, and whether the pay reaches the minimum wage ({prefecture}, ¥{amount}) depends on them: commuting, family and attendance allowances and fixed overtime pay do not count. Choose the kind of each allowance.',
      minWageUnchecked: {
        unread:
          'The minimum wage could not be checked. Fill in these values, or type them as numbers:',
        trial:
          'The trial-period pay cannot be read, so it was not checked against the minimum wage. Enter the lowest trial-period pay as a number.',
        beforeTable:
          'The minimum wage on {on} is not in the app’s table (it starts in October 2024).',
      },
      breakShort: {
        over6:
          'Shift {shift} is {hours} hours of work with a {breakMinutes}-minute break. Work over 6 hours needs a break of at least 45 minutes.',
        over8:
          'Shift {shift} is {hours} hours of work with a {breakMinutes}-minute break. Work over 8 hours needs a break of at least 60 minutes.',
      },
      dailyOver8:
        'Shift {shift} is {hours} hours of work, over 8 hours a day. Without a variable working-hours system the scheduled day is at most 8 hours.',
      weeklyOver40: {
        over40: 'The scheduled week is {weekly} hours, over 40 hours.',
        over44:
          'The scheduled week is {weekly} hours, over even the 44 hours allowed to small workplaces in certain businesses.',
        maybe44:
          'The scheduled week is {weekly} hours, over 40 hours. Workplaces with fewer than 10 workers in commerce, cinemas and theatres, health and welfare or hospitality may schedule 44 hours: enter the business and the number of workers in the establishment profile and the app can tell.',
      },
      weeklyDayOff: {
        days: 'The scheduled week is {days} days, with no day off. Workers need at least one day off a week, or 4 in 4 weeks.',
        annual:
          '{holidays} days off a year is fewer than 4 days in 4 weeks (about {min} a year). Workers need at least one day off a week, or 4 in 4 weeks.',
      },
      annualHoursOver:
        'With {hours} hours a day and {holidays} days off a year, the scheduled year is about {yearly} hours, more than {limit} hours a week on average allows ({max} hours). Add days off or shorten the day.',
      overtimeOver45:
        'Average monthly overtime is {hours} hours, above the usual limit of {limit} hours. Even with a special clause in the overtime agreement, more than {limit} hours is allowed in at most 6 months a year.',
      fixedOvertimeOver45:
        'Fixed overtime pay covers {hours} hours, above the usual overtime limit of {limit} hours a month. Please reduce the fixed hours.',
      hoursUnchecked:
        'Some values cannot be used to check the working time (breaks, 8 hours a day, 40 a week, days off):',
      fixedOvertimeStatement: {
        separate:
          'An allowance is fixed overtime pay. State fixed overtime pay in its own fields: the amount, the hours it covers, and that hours beyond are paid extra.',
        amount: 'Enter the amount of fixed overtime pay.',
        hours: 'Enter how many hours fixed overtime pay covers.',
        excess:
          'State that overtime, holiday and late-night work beyond the fixed hours is paid extra.',
        base: 'Do not include fixed overtime pay in the base pay: state the base pay without it.',
      },
      ageExceptionMissing:
        'An age limit needs one of the legal exceptions. If none applies, choose 不問 (any age).',
      ageRange: {
        missing: 'Enter the age range (an upper or a lower limit).',
        inverted: 'The lower age limit is above the upper one.',
      },
      ageExceptionDirection: {
        lowerNotAllowed: '“{reason}” allows an upper limit only. Leave the lower limit empty.',
        upperAtRetirement:
          'Exception 1 is for people below the retirement age ({retirementAge}). Set the upper limit to {expected}.',
        noRetirementAge:
          'Exception 1 (up to the retirement age) needs a retirement age: set 定年制 to あり and enter the age.',
        upperNotAllowed:
          'Exception 2 (an age limit set by law) allows a lower limit only. Leave the upper limit empty.',
      },
      ageExceptionIndefinite:
        '“{reason}” is for open-ended employment only. Make the contract open-ended, or choose 不問 (any age).',
      ageException3iExperience:
        'Exception 3-i is for hiring without work experience. Experience cannot be 必須 (required).',
      ageExceptionUnverifiable:
        'The conditions of “{reason}” could not be confirmed in the sources the app uses, so they are not checked. Ask Hello Work whether your offer meets them.',
      ageUpperReason:
        'An upper age limit of {max} (under 65) needs a stated reason. Write it in 年齢制限の理由（補足）.',
      retirementUnder60: 'The retirement age cannot be {age}. A retirement age must be 60 or more.',
      retirementContinuedEmployment: {
        none: 'With retirement at {age}, employment up to 65 must be secured (continued employment for all who wish it, a higher retirement age, or none). Fill in the re-employment scheme.',
        under65:
          'Retirement is at {age} and re-employment ends at {until}. Everyone who wishes must be employable up to 65.',
      },
      genderedWording: {
        replace: '“{term}” names a sex. Write “{suggestion}” or similar instead.',
        remove: '“{term}” limits applicants by sex and cannot be used. Please remove it.',
        positiveAction:
          '“{term}” is not allowed, except as positive action in jobs where women are under 40% of the workers. Otherwise remove it.',
      },
      changeScopeMissing:
        'Since April 2024 an offer must state how far the duties may change. Choose 変更なし (no change) or describe the scope; it is added at the end of 仕事内容 as 「変更範囲：…」.',
      transferScopeMissing:
        'With transfers possible (あり), state the range of workplaces (the scope of change of workplace).',
      renewalBasisMissing:
        'For a fixed-term contract choose whether it may be renewed (原則更新, 条件付きで更新あり or なし).',
      renewalCapUnanswered: {
        unanswered:
          'Say whether renewals are capped (total length or number of renewals). If not, choose なし (no cap): nothing more goes on the portal.',
        noLength: 'With a cap, enter the total contract length (years) or the number of renewals.',
      },
      renewalCriteriaAbstract:
        'Give concrete criteria (such as performance and the amount of work), not vague ones like 「諸般の事情」 (all circumstances).',
      smokingAreaWork:
        'Where smoking is allowed somewhere indoors, say in the notes whether the work takes place in a smoking area (「喫煙可能区域での業務あり」 or 「喫煙可能区域での業務なし」).',
      smokingAreaAge:
        'People under 20 may not enter smoking areas. With work there, consider a lower age limit of 20 (exception 2).',
    },
  },
}
