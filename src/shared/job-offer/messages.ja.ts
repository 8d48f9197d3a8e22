/**
 * Japanese texts of the job-offer drafts and the copy panel; the schema of every language.
 * Mount under `jobOffer` (keys: `messages.ts`). Plain text with `{name}` placeholders.
 * Field labels follow the portal / the public job sheet; option texts are the portal labels.
 */
export const jobOfferJa = {
  screen: {
    account: 'ログイン用メールアドレスの登録',
    record: '求人申し込み実績',
    est1: '事業所登録 1 企業基本情報',
    est2: '事業所登録 2 事業所基本情報',
    est3: '事業所登録 3 事業所詳細情報',
    est4: '事業所登録 4 事業所就業場所情報',
    est5: '事業所登録 5 事業所PR情報',
    est6: '事業所登録 6 画像情報',
    job1: '求人登録 1 求人区分等情報',
    job2: '求人登録 2 事業所情報',
    job3: '求人登録 3 仕事内容情報',
    job4: '求人登録 4 賃金・手当情報',
    job5: '求人登録 5 労働時間情報',
    job6: '求人登録 6 保険・年金・定年等情報',
    job7: '求人登録 7 求人PR情報',
    job8: '求人登録 8 選考方法情報',
  },
  certainty: {
    verified: '公式ページで確認済み',
    thirdParty: '公式以外の情報のみ',
    unverified: '未確認',
    screen: '画面名：{level}',
    fields: '項目：{level}',
    order: '項目の順番：{level}',
    rules: '必須・文字数・文字種：{level}',
  },
  portalMessages: {
    red: '赤いメッセージ：修正しないと先へ進めません。',
    orange: 'オレンジのメッセージ：内容を確認し、よければもう一度「次へ進む」を押します。',
  },
  copyNote: {
    addressSearch:
      '郵便番号を入力して「住所検索」を押すと、ポータルが入力します。確認だけしてください。',
    chooseOnScreen: 'ポータルの画面で選びます。',
    sameAsEstablishment: '事業所の所在地と同じです。',
    soleProprietor: '個人事業主の場合は入力不要です。',
    riskyKept: '使えない可能性のある文字が残っています。別の文字に置き換えてください。',
    profileWorkplace: '事業所登録で登録した就業場所から選びます。',
    fromProfileContact: '事業所の担当者情報を使っています。',
    soleProprietorUnverified:
      '個人事業主の場合に入力が必要かは確認できていません（未確認）。ポータルの画面の表示に従ってください。',
  },
  field: {
    category: {
      workCategory: '求人区分',
      employmentType: '雇用形態',
      employmentTypeName: '正社員以外の名称',
      dispatch: '派遣・請負',
      dispatchPermitNumber: '労働者派遣事業の許可番号',
      employmentPeriod: '雇用期間',
      periodLength: '雇用期間の長さ',
      contractRenewal: '契約更新の可能性',
      renewalConditions: '契約更新の条件',
      renewalCap: '更新上限（通算契約期間・更新回数の上限）',
      renewalCapYears: '更新上限：通算契約期間（年）',
      renewalCapCount: '更新上限：更新回数（回）',
      publication: '求人情報・事業所名の公開範囲',
      onlineApplication: 'オンライン自主応募の受付',
      regularConversion: '正社員登用の実績',
      regularConversionCount: '正社員登用の実績（過去3年間の人数）',
    },
    workplace: {
      choice: '就業場所',
      smokingMeasures: '受動喫煙対策（有無）',
      smoking: '受動喫煙対策（対策）',
      smokingNote: '屋内の受動喫煙対策に関する特記事項',
      transfer: '転勤の可能性',
      transferScope: '想定される転勤範囲',
      carCommute: 'マイカー通勤',
      parking: '駐車場',
      parkingNote: '駐車場（備考）',
    },
    job: {
      title: '職種',
      description: '仕事内容',
      changeScope: '業務の変更範囲',
      ageLimit: '年齢',
      ageMin: '年齢（下限）',
      ageMax: '年齢（上限）',
      ageReason: '年齢制限の理由（例外事由）',
      ageReasonNote: '年齢制限の理由（補足）',
      education: '学歴',
      experience: '必要な経験等',
      experienceDetail: '必要な経験等（内容）',
      pcSkills: '必要なPCスキル',
      license: '必要な免許・資格',
      licenseDetail: '免許・資格の名称',
      trialPeriod: '試用期間',
      trialPeriodLength: '試用期間の長さ',
      trialConditions: '試用期間中の労働条件',
      trialConditionsNote: '試用期間中の労働条件（内容）',
      trialWage: '試用期間中の賃金（下限、本採用と同じ賃金形態で）',
    },
    wage: {
      wageType: '賃金形態',
      baseMin: '基本給（下限）',
      baseMax: '基本給（上限）',
      allowance1Name: '定額的に支払われる手当a（名称）',
      allowance1Amount: '定額的に支払われる手当a（金額）',
      allowance2Name: '定額的に支払われる手当b（名称）',
      allowance2Amount: '定額的に支払われる手当b（金額）',
      allowance3Name: '定額的に支払われる手当c（名称）',
      allowance3Amount: '定額的に支払われる手当c（金額）',
      allowance4Name: '定額的に支払われる手当d（名称）',
      allowance4Amount: '定額的に支払われる手当d（金額）',
      allowance1Kind: '手当aの種類',
      allowance2Kind: '手当bの種類',
      allowance3Kind: '手当cの種類',
      allowance4Kind: '手当dの種類',
      fixedOvertime: '固定残業代',
      fixedOvertimeAmount: '固定残業代（金額）',
      fixedOvertimeHours: '固定残業代（時間）',
      fixedOvertimeNote: '固定残業代に関する特記事項',
      commuting: '通勤手当',
      commutingMax: '通勤手当（上限額）',
      closingDay: '賃金締切日',
      paymentMonth: '賃金支払日（当月・翌月）',
      paymentDay: '賃金支払日',
      raise: '昇給',
      raiseDetail: '昇給（前年度実績）',
      bonus: '賞与',
      bonusDetail: '賞与（前年度実績）',
    },
    hours: {
      shift1Start: '就業時間1（始業）',
      shift1End: '就業時間1（終業）',
      shift2Start: '就業時間2（始業）',
      shift2End: '就業時間2（終業）',
      shift3Start: '就業時間3（始業）',
      shift3End: '就業時間3（終業）',
      shiftSystem: '交替制（シフト制）',
      variableHours: '変形労働時間制',
      overtime: '時間外労働時間',
      overtimeMonthly: '月平均時間外労働時間',
      breakMinutes: '休憩時間（分）',
      weeklyDays: '週所定労働日数',
      weeklyHours: '週所定労働時間',
      fullTimeWeeklyHours: '通常の労働者（フルタイム）の週所定労働時間',
      annualHolidays: '年間休日数',
      holidays: '休日',
      twoDaysOff: '週休二日制',
      paidLeaveDays: '6ヶ月経過後の年次有給休暇日数',
    },
    insurance: {
      insurances: '加入保険等',
      retirementAge: '定年制',
      retirementAgeValue: '定年年齢',
      reemployment: '再雇用制度',
      reemploymentMaxAge: '再雇用（上限年齢）',
      housingSingle: '入居可能住宅（単身用）',
      housingFamily: '入居可能住宅（世帯用）',
      housingNote: '入居可能住宅（備考）',
      childcare: '利用可能託児施設',
      childcareNote: '利用可能託児施設（内容）',
    },
    pr: {
      specialNotes: '求人に関する特記事項',
      message: '事業所からのメッセージ',
    },
    selection: {
      hires: '採用人数',
      reason: '募集理由',
      methods: '選考方法',
      resultDays: '選考結果通知（面接後の日数）',
      notification: '選考結果の通知方法',
      documents: '応募書類等',
      documentsOther: '応募書類等（その他）',
    },
  },
  option: {
    workCategory: { fullTime: 'フルタイム', partTime: 'パート' },
    employmentType: {
      regular: '正社員',
      nonRegular: '正社員以外',
      fixedTermDispatch: '有期雇用派遣労働者',
      indefiniteDispatch: '無期雇用派遣労働者',
      partTime: 'パート労働者',
      partTimeFixedTermDispatch: '有期雇用派遣パート',
      partTimeIndefiniteDispatch: '無期雇用派遣パート',
    },
    dispatch: { dispatch: '派遣', contracting: '請負', none: '派遣・請負ではない' },
    employmentPeriod: {
      indefinite: '雇用期間の定めなし',
      fixed4MonthsOrMore: '雇用期間の定めあり（4ヶ月以上）',
      fixedUnder4Months: '雇用期間の定めあり（4ヶ月未満）',
    },
    contractRenewal: {
      inPrinciple: 'あり（原則更新）',
      conditional: 'あり（条件付きで更新あり）',
      none: 'なし',
    },
    yesNo: { yes: 'あり', no: 'なし' },
    allowed: { yes: '可', no: '不可' },
    smokingMeasures: { yes: 'あり', no: 'なし' },
    smoking: {
      noSmokingPremises: '敷地内禁煙',
      noSmokingPremisesOutdoorArea: '敷地内禁煙（屋外に喫煙場所設置）',
      noSmokingIndoors: '屋内禁煙',
      smokingRoom: '屋内原則禁煙（喫煙専用室あり）',
      smokingAllowedRoom: '喫煙可能室設置',
      smokingAllowed: '店内喫煙可',
      other: 'その他',
    },
    publication: {
      full: '1.事業所名等を含む求人情報を公開する',
      helloWorkSeekers: '2.ハローワークの求職者に限定し、事業所名等を含む求人情報を公開する',
      withoutName: '事業所名等を含まない求人情報を公開する',
      notPublished: '求人情報を公開しない',
    },
    onlineApplication: { yes: 'オンライン自主応募を受け付ける', no: '受け付けない' },
    renewalCap: { none: 'なし', capped: 'あり' },
    allowanceKind: {
      commuting: '通勤手当',
      family: '家族手当',
      attendance: '精皆勤手当',
      fixedOvertime: '固定残業代',
      other: 'その他（役職手当・資格手当など）',
    },
    industryGroup: {
      commerce: '商業（卸売・小売・理美容・倉庫など）',
      filmTheatre: '映画・演劇業（映画の製作を除く）',
      health: '保健衛生業（病院・診療所・社会福祉施設など）',
      hospitality: '接客娯楽業（旅館・飲食店など）',
      other: 'その他の業種',
    },
    ageLimit: { none: '不問', limited: '制限あり' },
    ageReason: {
      no1: '例外事由1号（定年年齢を上限）',
      no2: '例外事由2号（法令の規定により年齢制限）',
      no3i: '例外事由3号のイ（長期勤続によるキャリア形成）',
      no3ro: '例外事由3号のロ（技能・ノウハウの継承）',
      no3ha: '例外事由3号のハ（芸術・芸能の分野）',
      no3ni: '例外事由3号のニ（高年齢者等の雇用促進施策）',
    },
    education: {
      any: '不問',
      highSchool: '高校以上',
      vocational: '専修学校以上',
      juniorCollege: '短大以上',
      university: '大学以上',
      graduate: '大学院以上',
    },
    requirement: { required: '必須', preferred: 'あれば尚可', none: '不問' },
    trialConditions: { same: '同条件', different: '条件相違あり' },
    wageType: {
      monthly: '月給',
      daily: '日給',
      hourly: '時給',
      annual: '年俸制',
      other: 'その他',
    },
    commuting: {
      actual: '実費支給（上限あり）',
      actualUnlimited: '実費支給（上限なし）',
      fixed: '定額',
      none: 'なし',
    },
    paymentMonth: { current: '当月', next: '翌月' },
    variableHours: {
      none: 'なし',
      oneMonth: '1ヶ月単位',
      oneYear: '1年単位',
      oneWeek: '1週間単位非定型的',
      flextime: 'フレックスタイム制',
    },
    twoDaysOff: { everyWeek: '毎週', other: 'その他', none: 'なし' },
    insurance: {
      employment: '雇用保険',
      workersAccident: '労災保険',
      health: '健康保険',
      pension: '厚生年金',
      publicAccident: '公務災害補償',
      assetFormation: '財形',
      retirementMutualAid: '退職金共済',
    },
    hiringReason: {
      replacement: '欠員補充',
      increase: '増員',
      newBusiness: '新規事業所設立等',
      other: 'その他',
    },
    selectionMethod: {
      documents: '書類選考',
      interview: '面接',
      writtenTest: '筆記試験',
      other: 'その他',
    },
    notification: { post: '郵送', phone: '電話', email: 'Eメール' },
    applicationDocuments: {
      referral: 'ハローワーク紹介状',
      resume: '履歴書（写真貼付）',
      careerHistory: '職務経歴書',
      other: 'その他',
    },
  },
  finding: {
    required: '入力してください。',
    tooLong: '{max}文字以内にしてください（いま{length}文字）。',
    chars: 'この項目で使えない種類の文字があります（{expected}）。',
    riskyChars: '使えない可能性のある文字があります：{chars}',
    format: '形式が正しくありません。',
    checkDigit: 'チェックデジットが合いません。番号を確かめてください。',
    exceeds: '{max}を超えています。',
    unknownField: '不明な項目です。',
    overStorageLimit:
      'この欄に保存できるのは{max}文字までです（いま{length}文字）。短くしてください。それまでは、前に保存した内容が残ります。',
    unknownOption: '選択肢にない値です：{value}',
    conditionsNotExplicit:
      '労働条件ははっきり示す必要があります。賃金の範囲・就業時間・休日がそろっていない求人は、修正を求められることがよくあります。',
    wageRangeInverted: '基本給の下限が上限より大きくなっています。',
    workCategoryMismatch:
      '週{weeklyHours}時間は、通常の労働者の週{fullTimeWeeklyHours}時間と比べると「{derivedLabel}」にあたります。フルタイムかパートかは労働時間で決まります。',
    employmentTypeCategory: 'この雇用形態は選んだ求人区分にはありません。',
    dispatchMismatch: '雇用形態と「派遣・請負」の選択が合っていません。',
    workplaceNotFound: '選んだ就業場所が事業所の情報に見つかりません。',
  },
  image: {
    rules:
      '画像は{maxFiles}枚まで、1枚{maxMb}MBまで、形式はJPEG・GIF・PNG・BMP（{asOf}時点の案内）。',
    tooManyFiles: '画像は{max}枚までです（いま{count}枚）。',
    tooLarge: '{sizeMb}MBで、上限の{maxMb}MBを超えています。縮小してください。',
    maybeTooLarge:
      '{sizeMb}MBです。2MBを200万バイトと数える場合は上限を超えるため、少し縮小すると安全です。',
    emptyFile: 'ファイルが空です。',
    unsupportedExtension: '「.{ext}」は使えない形式です。JPEG・GIF・PNG・BMPに変換してください。',
    unsupportedContent:
      '中身は{detected}形式で、使えません。JPEG・GIF・PNG・BMPに変換してください。',
    contentMismatch:
      '拡張子は「.{ext}」ですが、中身は{detected}形式です。拡張子を「.{rename}」に直してください。',
    contentUnknown:
      '中身がJPEG・GIF・PNG・BMPの画像ではありません。画像ファイルを選び直すか、画像に変換してください。',
    duplicateName: '同じ名前のファイルがあります。',
  },
  readiness: {
    ready: '事業所と求人の必須項目がそろいました。一度に入力を始められます。',
    notReady: 'まだ入力が必要な項目があります。',
    missing: '{screen}：{count}項目が未入力',
    noDraft: '求人の下書きがまだありません。',
  },
  workCategory: {
    rule: 'フルタイムかパートかは労働時間で決まります。週の所定労働時間が、同じ事業所の通常の労働者より短ければパートです。',
    assumed: '通常の労働者の週所定労働時間が未入力のため、40時間として判定しています。',
  },
  draft: {
    untitled: '（職種未入力）',
    duplicate: 'この求人をもとに次の求人を作る',
    duplicateNote: '職種・仕事内容・経験・免許・年齢・採用人数・募集理由は空欄になります。',
  },
  offerCheck: {
    severity: {
      refused: '受理されない・公開保留になるおそれ',
      correction: '修正を求められるおそれ',
      advice: '確認・助言',
    },
    certainty: {
      official: '公式ページで確認',
      news: '報道で確認',
      secondary: '公式以外の情報のみ',
      inferred: '推定（出典なし）',
      entered: 'ご自身で入力した額',
    },
    unread: {
      empty: '「{label}」が未入力です',
      unreadable: '「{label}」の「{value}」を読み取れません',
      unsupported: '「{label}」が「{value}」のため、時給に換算できません',
    },
    rule: {
      minWageBelow: '賃金が最低賃金を下回っていないか',
      minWageTrialBelow: '試用期間中の賃金が最低賃金を下回っていないか',
      minWageUpcoming: '公開中に最低賃金が改定されないか',
      minWageTableHorizon: '最低賃金の表が最新か',
      minWageAllowanceKind: '手当の種類で最低賃金の判定が変わらないか',
      minWageUnchecked: '最低賃金を確認できたか',
      breakShort: '休憩時間（6時間超で45分、8時間超で60分）',
      dailyOver8: '1日8時間以内か',
      weeklyOver40: '週40時間以内か',
      weeklyDayOff: '毎週1日（または4週4日）の休日があるか',
      annualHoursOver: '年間休日と労働時間のつり合い',
      overtimeOver45: '時間外労働が月45時間以内か',
      fixedOvertimeOver45: '固定残業時間が月45時間以内か',
      hoursUnchecked: '労働時間を確認できたか',
      fixedOvertimeStatement: '固定残業代の3点の明示',
      ageExceptionMissing: '年齢制限の例外事由',
      ageRange: '年齢の範囲',
      ageExceptionDirection: '例外事由と年齢の上限・下限',
      ageExceptionIndefinite: '例外事由と雇用期間',
      ageException3iExperience: '例外事由3号のイと経験',
      ageExceptionUnverifiable: '確認できていない例外事由',
      ageUpperReason: '65歳未満の上限年齢の理由',
      retirementUnder60: '定年が60歳以上か',
      retirementContinuedEmployment: '65歳までの雇用確保措置',
      genderedWording: '性別を限る職種名・表現',
      changeScopeMissing: '業務の変更範囲の明示（2024年4月から）',
      transferScopeMissing: '就業場所の変更範囲（転勤範囲）の明示',
      renewalBasisMissing: '契約更新の基準の明示',
      renewalCapUnanswered: '更新上限の有無',
      renewalCriteriaAbstract: '更新の基準が具体的か',
      smokingAreaWork: '喫煙可能区域での業務の有無',
      smokingAreaAge: '喫煙可能区域と20歳未満',
    },
    finding: {
      minWageBelow: {
        rate: '時給に換算すると約{hourly}円で、{prefecture}の最低賃金{amount}円（{effectiveFrom}から）を下回っています。最低賃金を下回る求人は公開保留になります。基本給（下限）などを見直してください。',
        floor:
          '時給に換算すると約{hourly}円で、{prefecture}の最低賃金としてこのアプリが把握している{amount}円（{effectiveFrom}から）も下回っています。現在の最低賃金はさらに高い可能性があります。基本給（下限）などを見直してください。',
      },
      minWageTrialBelow: {
        rate: '試用期間中の賃金は時給に換算すると約{hourly}円で、{prefecture}の最低賃金{amount}円を下回っています。試用期間中も最低賃金以上を支払う必要があります（減額するには労働局長の許可が必要です）。',
        floor:
          '試用期間中の賃金は時給に換算すると約{hourly}円で、{prefecture}の最低賃金としてこのアプリが把握している{amount}円も下回っています。現在の最低賃金はさらに高い可能性があります。',
      },
      minWageUpcoming:
        '{nextFrom}から{prefecture}の最低賃金が{nextAmount}円になります。この求人は{validUntil}まで公開されるので、その日以降は時給換算約{hourly}円が最低賃金を下回ります。発効日までに賃金を引き上げてください（変更しないと公開保留になります）。',
      minWageTableHorizon:
        'このアプリの最低賃金の表は{horizon}までのものです。{prefecture}の{amount}円（{effectiveFrom}から）で確認しましたが、その後に改定されていれば、現在の最低賃金はもっと高い可能性があります。厚生労働省の一覧で現在の額と発効日を確かめ、確認画面で入力してください。',
      minWageAllowanceKind:
        '種類を選んでいない手当があり、最低賃金（{prefecture}、{amount}円）を上回るかどうかがその手当しだいで変わります。通勤手当・家族手当・精皆勤手当と固定残業代は計算に入れません。手当ごとに種類を選んでください。',
      minWageUnchecked: {
        unread: '最低賃金を確認できませんでした。次の値を入力するか、数字で入力し直してください。',
        trial:
          '試用期間中の賃金が読み取れないため、最低賃金を確認できませんでした。試用期間中の賃金（下限）を数字で入力してください。',
        beforeTable:
          '{on}時点の最低賃金はこのアプリの表にありません（表は2024年10月以降の分です）。',
      },
      breakShort: {
        over6:
          '就業時間{shift}は実働{hours}時間で、休憩が{breakMinutes}分です。労働時間が6時間を超える場合は45分以上の休憩が必要です。',
        over8:
          '就業時間{shift}は実働{hours}時間で、休憩が{breakMinutes}分です。労働時間が8時間を超える場合は60分以上の休憩が必要です。',
      },
      dailyOver8:
        '就業時間{shift}の実働が{hours}時間で、1日8時間を超えています。変形労働時間制をとらない限り、1日の所定労働時間は8時間までです。',
      weeklyOver40: {
        over40: '週の所定労働時間が{weekly}時間で、週40時間を超えています。',
        over44:
          '週の所定労働時間が{weekly}時間で、特例措置対象事業場の上限の週44時間も超えています。',
        maybe44:
          '週の所定労働時間が{weekly}時間で、週40時間を超えています。常時10人未満の商業・映画演劇業・保健衛生業・接客娯楽業の事業場なら週44時間まで認められます。事業所の情報で業種と従業員数を入力すると判定できます。',
      },
      weeklyDayOff: {
        days: '週の所定労働日数が{days}日で、休日がありません。毎週1日以上、または4週間に4日以上の休日が必要です。',
        annual:
          '年間休日が{holidays}日で、4週間に4日の休日（年{min}日程度）にも足りません。毎週1日以上、または4週間に4日以上の休日が必要です。',
      },
      annualHoursOver:
        '1日{hours}時間・年間休日{holidays}日だと、年間の所定労働時間は約{yearly}時間になり、週{limit}時間の平均（年{max}時間まで）を超えます。年間休日を増やすか、1日の時間を短くしてください。',
      overtimeOver45:
        '月平均の時間外労働が{hours}時間で、原則の上限の月{limit}時間を超えています。特別条項付きの36協定があっても、月{limit}時間を超えられるのは年6か月までです。',
      fixedOvertimeOver45:
        '固定残業代が{hours}時間分で、時間外労働の原則の上限（月{limit}時間）を超えています。固定残業時間を見直してください。',
      hoursUnchecked: '労働時間の確認（休憩・1日8時間・週40時間・休日）に使えない値があります。',
      fixedOvertimeStatement: {
        separate:
          '手当の中に固定残業代があります。固定残業代は「固定残業代」の欄で、金額・何時間分か・超えた分を追加で支払うことを示してください。',
        amount: '固定残業代の金額を入力してください。',
        hours: '固定残業代が何時間分かを入力してください。',
        excess:
          '固定残業時間を超える時間外労働・休日労働・深夜労働の割増賃金を追加で支払うことを書いてください。',
        base: '基本給に固定残業代を含めないでください。基本給には固定残業代を除いた額を書きます。',
      },
      ageExceptionMissing:
        '年齢を制限するには、法律上の例外事由を選ぶ必要があります。当てはまる事由がなければ「不問」にしてください。',
      ageRange: {
        missing: '年齢の範囲（上限または下限）を入力してください。',
        inverted: '年齢の下限が上限より大きくなっています。',
      },
      ageExceptionDirection: {
        lowerNotAllowed: '「{reason}」では上限だけを設定できます。下限は空欄にしてください。',
        upperAtRetirement:
          '例外事由1号では、定年（{retirementAge}歳）未満の人が対象です。上限は「{expected}歳以下」にしてください。',
        noRetirementAge:
          '例外事由1号（定年を上限）を使うには、定年制「あり」と定年年齢を入力してください。',
        upperNotAllowed:
          '例外事由2号（法令による年齢制限）で設定できるのは下限だけです。上限は空欄にしてください。',
      },
      ageExceptionIndefinite:
        '「{reason}」は期間の定めのない雇用でしか使えません。雇用期間を「定めなし」にするか、年齢を「不問」にしてください。',
      ageException3iExperience:
        '例外事由3号のイは、職業経験を問わない募集であることが条件です。必要な経験等を「必須」にはできません。',
      ageExceptionUnverifiable:
        '「{reason}」の条件は、このアプリが参照した資料では確かめられなかったため、チェックしていません。条件を満たすかどうかはハローワークに確認してください。',
      ageUpperReason:
        '上限年齢を{max}歳（65歳未満）にする場合は、その理由を示す必要があります。「年齢制限の理由（補足）」に書いてください。',
      retirementUnder60:
        '定年を{age}歳にはできません。定年を定める場合は60歳以上にする必要があります。',
      retirementContinuedEmployment: {
        none: '定年が{age}歳なので、65歳まで働ける措置（希望者全員の継続雇用制度、定年の引上げ、定年の廃止のいずれか）が必要です。再雇用制度などを記入してください。',
        under65:
          '定年が{age}歳で、再雇用の上限が{until}歳です。希望者全員を65歳まで雇用する措置が必要です。',
      },
      genderedWording: {
        replace: '「{term}」は性別を限る表現です。「{suggestion}」などに言い換えてください。',
        remove: '「{term}」は応募者を性別で限る表現なので使えません。削除してください。',
        positiveAction:
          '「{term}」は原則として使えません。女性が4割未満の職種でのポジティブ・アクションに当たる場合に限って認められます。当たらなければ削除してください。',
      },
      changeScopeMissing:
        '2024年4月から、業務の変更の範囲を示す必要があります。変わらない場合は「変更なし」を、変わり得る場合はその範囲を入力してください（仕事内容の最後に「変更範囲：…」として入ります）。',
      transferScopeMissing:
        '転勤の可能性が「あり」のときは、想定される転勤範囲（就業場所の変更の範囲）を書いてください。',
      renewalBasisMissing:
        '有期契約では、契約更新の可能性（原則更新／条件付きで更新あり／なし）を選んでください。',
      renewalCapUnanswered: {
        unanswered:
          '更新の上限（通算契約期間または更新回数）があるかどうかを選んでください。上限がなければ「なし」を選ぶだけで、ポータルに書くことはありません。',
        noLength:
          '更新上限が「あり」のときは、通算契約期間（年）か更新回数（回）を入力してください。',
      },
      renewalCriteriaAbstract:
        '「諸般の事情」のようなあいまいな基準ではなく、「勤務成績や業務量により判断」のように具体的に書いてください。',
      smokingAreaWork:
        '喫煙できる場所がある就業場所では、喫煙可能区域での業務があるかどうかを特記事項に書いてください（「喫煙可能区域での業務あり」または「喫煙可能区域での業務なし」）。',
      smokingAreaAge:
        '喫煙可能区域での業務がある場合、20歳未満の人はその区域に立ち入れません。年齢の下限を20歳以上にすること（例外事由2号）を検討してください。',
    },
  },
}

export type JobOfferMessages = typeof jobOfferJa
