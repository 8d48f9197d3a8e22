/**
 * Japanese texts of the guide (マイページ作成手順), kept to the guide's own wording. This object is the
 * schema of every guide message file.
 *
 * Placeholders (`{name}`) are filled from data (see `stepParams`, `noteParams`), never typed here:
 * portal labels come from PORTAL_LABELS so a label reads the same everywhere, and addresses go in
 * as parameters because vue-i18n reads a bare `@` as a linked message.
 */
export const guideJa = {
  title: 'マイページ作成手順',
  cases: {
    case1: {
      shortName: 'ケース1',
      heading: 'ハローワークに求人を申し込んだことがある場合 (無い場合はケース2へ)',
      chooseMethod: 'ケース1の場合、以下のどちらかの方法をお選び下さい',
    },
    case1_1: {
      shortName: 'ケース1-①',
      option: '① 窓口、電話等でハローワークメールアドレスを登録する方法',
      heading: '① 窓口、電話等でハローワークメールアドレスを登録の場合',
    },
    case1_2: {
      shortName: 'ケース1-②',
      option: '② 全てパソコンから登録（一度求人情報を新規で入力する必要あり）',
      heading: '② 全てパソコンから登録の場合',
    },
    case2: {
      shortName: 'ケース2',
      heading: '初めてハローワークに求人を申し込む場合',
    },
  },
  decision: {
    questions: {
      filedBefore: {
        prompt: 'これまでにハローワークに求人を申し込んだことがありますか？',
        yes: 'ある',
        no: 'ない（初めて申し込む）',
        unsure: 'わからない',
      },
      method: {
        prompt: 'ケース1の場合、以下のどちらかの方法をお選び下さい',
      },
    },
    costs: {
      case1_1: {
        summary:
          'はじめにハローワークへ連絡（窓口、電話等）し、そのあとオンラインで短い手順を進めます。',
        first: '窓口か電話でメールアドレスを登録してもらう',
        then: 'オンラインで{count}つの短い手順（手順{from}～{to}）',
      },
      case1_2: {
        summary: 'すべてパソコンで進められますが、求人情報を一度新規で入力する必要があります。',
        first: 'オンラインでメールアドレスとパスワードを登録',
        then: '求人情報を新規で入力し、ハローワークの確認（本登録）を待つ',
      },
      case2: {
        summary:
          'オンラインで事業所情報と求人情報を続けて仮登録し、ハローワークで本登録を行います。',
        first: 'オンラインでメールアドレスとパスワードを登録',
        then: '事業所情報と求人情報を続けて入力し、窓口または電話で本登録',
      },
    },
    unsure: {
      note: '※ハローワークに求人を出したことがあるかわからない場合は管轄のハローワークに問い合わせ下さい。',
      whoPrimary: '管轄のハローワーク（事業所の所在地を担当するハローワーク）',
      whoSecondary:
        'マイページの操作方法がわからないときは、ハローワークインターネットサービスのヘルプデスク',
      haveReady: {
        title: '問い合わせる前に手元に用意するもの',
        establishmentName: '事業所名（会社名・屋号）',
        address: '事業所の所在地',
        phone: '事業所の電話番号',
        officeNumber: '雇用保険の事業所番号（わかれば）',
      },
      ask: {
        title: '問い合わせで確認すること',
        filedBefore: 'この事業所がハローワークに求人を申し込んだことがあるか',
        officeNumber: '申し込んだことがある場合、事業所番号',
        registerMail: '窓口や電話でマイページ用のメールアドレスを登録できるか（方法①）',
      },
    },
  },
  steps: {
    case1_1: {
      s1: 'ハローワークへ連絡（窓口、電話等）して、直接ハローワークメールアドレスを登録',
      s2: 'ハローワークインターネットサービスにアクセスして「{openMyPage}」をクリック',
      s3: '利用規約などに同意し、1で登録したメールアドレスを入力',
      s4: '3で入力したメールアドレスに認証キーが届きます',
      s5: '4で届いた認証キーを入力し、パスワード登録して開設完了',
    },
    case1_2: {
      s1: 'ハローワークインターネットサービスにアクセスして「{kariToroku}」をクリック',
      s2: 'メールアドレスの登録',
      s3: '2で入力したメールアドレスに認証キーが届きます',
      s4: '3で届いた認証キーを入力し、パスワードを登録',
      s5: '{registerEstablishmentAndJobOffer}をクリック',
      s6: '「{jobOfferHistory}」画面で、「{filedBeforeOption}」を選択し、事業所番号を入力し、「{enterJobOffer}」をクリック（※1）',
      s7: '必要な事項を入力し求人仮登録を行う',
      s8: 'ハローワークでの確認（本登録）',
    },
    case2: {
      s1: 'ハローワークインターネットサービスにアクセス\n「{kariToroku}」をクリック',
      s2: 'メールアドレスの登録',
      s3: '2で入力したメールアドレスに認証キーが届きます',
      s4: '3で届いた認証キーを入力し、パスワードを登録',
      s5: '事業所情報・求人情報の仮登録',
      s6: 'ハローワークの窓口または電話で本登録手続きを行い開設完了',
    },
  },
  portalLinks: {
    case1_1: '2の{openMyPage}はここ！',
    case1_2: '1の{kariToroku}はここ！',
  },
  notes: {
    sharedAddress: 'アドレスは組織で共有可能なアドレスを推奨します',
    authKeyValidity: '認証キーは{minutes}分有効です',
    continueToStep5: '⇒引き続き5に進んで下さい',
    oneSitting: '《留意点》事業所情報と求人情報の入力（仮登録）は続けて行って下さい',
    officeNumberUnknown: '※1 事業所番号がわからない場合は管轄のハローワークに問い合わせ下さい。',
    officeNumberWhereToFind:
      '事業所番号は、雇用保険の書類（資格取得届の事業主控など）に記載されています。',
    allowSender:
      '※メールの受信制限をしている場合は、パスワード登録手続きを行う前に「{sender}」からの受信を許可してください。',
    honTorokuContact: '内容確認後、必要な場合にはハローワークから連絡します',
    honTorokuDeadline:
      '場合によっては、仮登録の日から{days}日以内にハローワークで本登録の手続きが必要です。',
    loginMailboxOtp:
      '2025年1月から、ログインの際にログイン用メールアドレスへワンタイムパスワードが届きます（一定期間は入力を省略する設定もできます）。今後のログインにもこのアドレスが必要になるため、受信し続けられるアドレスを選んでください。',
    honTorokuInPerson:
      'ガイドでは本登録は「窓口または電話」ですが、2020年の案内（「求人者マイページ」のご案内）では「ハローワークにお越しのうえ本登録」とされています。電話で手続きできるかは、事前に管轄のハローワークに確認してください。',
  },
  labelGloss: {
    openMyPage: '',
    kariToroku: '',
    registerEstablishmentAndJobOffer: '',
    jobOfferHistory: '',
    filedBeforeOption: '',
    enterJobOffer: '',
  },
  where: {
    phoneOrCounter: 'ハローワークの窓口・電話',
    portal: 'ハローワークインターネットサービス',
    mail: 'メール',
    helloWork: 'ハローワーク',
  },
  profileFields: {
    loginEmail: 'ログイン用メールアドレス',
    officeNumber: '事業所番号',
    establishment: '事業所情報',
    jobOffer: '求人情報',
  },
  contacts: {
    portalHeading: '【ハローワークインターネットサービスはこちらから】',
    portalName: 'ハローワークインターネットサービス',
    helpdeskHeading: 'ハローワークインターネットサービスやマイページの操作方法に関するお問い合わせ',
    phoneLine: '電話 {phone} 受付日時：月曜～金曜 9:30～18:00（年末年始、祝日除く）',
    navidialCharge: '※ナビダイヤルのため、通話料がかかります。',
    navidialLines: '※ご利用の電話回線によっては、接続できない場合があります。',
    mailLabel: 'メール',
    manualIntro: 'ハローワークインターネットサービスで、詳しいマニュアルも公開しています。',
    manualLink: '求人者マイページの詳しい操作方法「求人者マイページ利用者マニュアル」',
    manualNotVerified:
      'マニュアルの掲載ページは確認できていないため、ハローワークインターネットサービスのトップページを開きます。',
    myPageHeading: '【求人者マイページのお問い合わせ】',
    myPageNearest: '最寄りのハローワークへお問い合わせください',
  },
  calendar: {
    closed: {
      saturday: '土曜日',
      sunday: '日曜日',
      holiday: '祝日',
      yearEnd: '年末年始（12月29日～1月3日）',
    },
    predictedHoliday: 'この祝日は予測です（{year}年以降の祝日は変わることがあります）。',
    honToroku: {
      title: '本登録の期限',
      rule: '次のいずれかに当てはまる場合は、仮登録の日の翌日から数えて{days}日以内に、ハローワークで本登録の手続きが必要です。期限の日がハローワークの閉庁日の場合は、その前の開庁日が期限になります。',
      source:
        '出典：「求人者マイページ」のご案内（{date}）。最新の取扱いは管轄のハローワークにご確認ください。',
      questionsTitle: '当てはまるものを選んでください',
      questions: {
        firstOfferViaMyPage: '求人者マイページから申し込む初めての求人である',
        myPageOpenedAtCounter: '求人者マイページはハローワークの窓口で開設した',
        firstOfferForDisabilitiesOrTrial:
          '障害者専用求人、トライアル雇用求人、障害者（短時間）トライアル雇用求人のいずれかで、2020年1月以降はじめて申し込む求人である',
        noOfferInPastYear: '過去1年間、ハローワークに求人を申し込んでいない',
        dispatchOrContracting: '派遣または請負の求人である',
        helloWorkAsked: 'そのほか、ハローワークから本登録の手続きを求められた',
      },
      deadline: '本登録の期限：{date}',
      moved: '{nominal}は{reason}のため、前の開庁日が期限になります。',
    },
  },
  helpdesk: {
    open: '受付中（{time}まで）',
    closed: '受付時間外',
    nextOpening: '次の受付開始：{datetime}',
    yearEndAssumption:
      '年末年始は12月29日～1月3日として計算しています（ガイドには期間の記載がありません）。',
  },
  spell: {
    allLowercase: '英字はすべて小文字です',
    hasUppercase: '大文字が含まれています。大文字・小文字も伝えてください',
    upper: '大文字',
    lower: '小文字',
    invalidChar:
      'ログイン用メールアドレスに使えない文字（全角文字など）が含まれています。半角英数字・記号で入力してください',
    confusablesTitle: '見間違えやすい文字',
    soundsAlikeHint: '聞き間違えやすい英字は「ブラボーのビー」のように単語を添えて伝えましょう',
    confusable: {
      zeroOh: '数字の0（ゼロ）と英字のO・o（オー）',
      oneEllEye: '数字の1（イチ）と英字のl（小文字のエル）・I（大文字のアイ）',
      rnM: '英字の r と n の並び（rn）と m',
      vvW: '英字の v の並び（vv）と w',
      hyphenUnderscore: 'ハイフン（-）とアンダーバー（_）',
      qNine: '英字の q・g と数字の9',
      sFive: '英字の S・s と数字の5',
      zTwo: '英字の Z・z と数字の2',
      bEight: '英字の B と数字の8',
    },
  },
}

export type GuideMessages = typeof guideJa
