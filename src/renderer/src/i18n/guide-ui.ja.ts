/**
 * The guide screens' own words (around the guide's texts, which live in src/shared/guide). Mounted
 * as `guideUi` in ja.ts; plain text with `{name}` placeholders, so `@` and `|` are just characters.
 */
export const guideUiJa = {
  nav: {
    decision: 'ケースの確認',
    steps: '開設の手順',
    help: '問い合わせ先',
    sheet: '印刷用シート',
  },
  subnav: {
    label: 'マイページ作成ガイドの画面',
    decision: 'ケースの確認',
    before: 'はじめる前に',
    steps: '手順',
    phone: '電話・窓口',
    mail: 'メールが届かない',
    after: '仮登録のあと',
    aftercare: '受理のあと',
    help: '問い合わせ先',
    sheet: '印刷用シート',
  },
  titles: {
    decision: '該当するケースの確認',
    steps: 'マイページ開設の手順',
    before: 'はじめる前の確認',
    phone: '電話・窓口で伝えること',
    mail: '認証キーのメールが届かないとき',
    after: 'オンラインの手続きのあと',
    aftercare: '求人が受理されたあと',
    help: '問い合わせ先',
    sheet: '印刷用シート',
  },
  save: {
    saving: '保存中…',
    lastChanged: '最終更新：{time}',
    never: 'まだ何も記録していません',
    failed: '保存できませんでした。もう一度操作してください。',
    restored: '保存データの一部が読めなかったため、バックアップから復元しました。',
    keptUnreadable:
      '保存データを読み込めなかったため、最初の状態から始めています（元のデータは別に保管しています）。',
  },
  common: {
    notEntered: '未入力',
    entered: '入力済み',
    notRecorded: '未記録',
    yes: 'はい',
    no: 'いいえ',
    toDecision: 'ケースを選ぶ',
    changeCase: '回答を変更する',
    noCase:
      'まだケースが決まっていません。まず「ケースの確認」で、該当するケースを選んでください。',
    caseLine: '{name}：{heading}',
    appNote: 'アプリからの補足',
    notVerified: '未確認',
    profileHint: '事業所情報の入力画面で入力した内容が表示されます。',
  },
  decision: {
    lead: '回答に応じて、ガイドのどの手順で進めるかが決まります。回答はあとから変更できます。',
    methodHelp: 'それぞれの方法で行うこと：',
    first: 'はじめに：{text}',
    then: 'そのあと：{text}',
    resultTitle: '該当するケース',
    result: '該当するケースは「{name}」です。',
    toBefore: 'はじめる前の確認へ',
    toSteps: '手順を見る',
    unsureTitle: '求人を出したことがあるかわからないとき',
    whoToAsk: '問い合わせ先',
    recordedOffice: '記録している管轄のハローワーク：{name}',
    recordedOfficePhone: '電話 {phone}',
    noOfficeRecorded: '管轄のハローワークはまだ記録されていません。',
    helpdeskPhone: 'ヘルプデスク：電話 {phone}',
    phoneKitLink: '電話で話すときの台本と読み上げ表',
  },
  steps: {
    progress: '{total}手順のうち{done}手順が完了',
    progressLabel: '手順の進み具合',
    stepNumber: '手順{number}',
    where: '場所：{where}',
    done: 'この手順を終えた',
    doneLabel: '手順{number}を終えた',
    lookFor: '画面で探す表示',
    guideSpelling: 'ガイドでの表記：「{text}」',
    haveReady: '手元に用意するもの',
    openPortal: 'ハローワークインターネットサービスを開く',
    mailHelp: '認証キーのメールが届かないとき',
    phoneKit: '電話・窓口で伝えること',
    toAfter: '仮登録のあと（本登録の期限）',
    toBefore: 'はじめる前の確認',
    allDone: 'すべての手順を終えました。',
    next: '次は手順{number}です。',
    afterAll: 'オンラインの手続きのあとにすること',
    noteKinds: {
      warning: '注意',
      recommendation: 'おすすめ',
      next: '次へ',
      help: 'わからないとき',
      info: 'お知らせ',
    },
    keyValidFor: '認証キーの有効時間（ガイドでは50分）を、このアプリのタイマーで確認できます。',
  },
  needs: {
    value: '{label}：{value}',
    establishmentStatus: '事業所情報：必須項目 {total}項目のうち{filled}項目を入力済み',
    establishmentComplete: '事業所情報：必須項目はすべて入力済みです',
    screen: '画面{screen}',
    screenLine: '{screen}：{filled} / {total}',
    missing: '未入力：{fields}',
    jobOffer: '求人情報：求人の準備画面で用意した内容を使います',
    readinessTitle: '入力の準備ができているか',
  },
  sender: {
    title: '受信を許可する方法（一般的な手順）',
    copy: '送信元アドレスをコピー',
    mailSoftware:
      'メールソフトやWebメールの迷惑メール設定で、送信元アドレスを「受信を許可するアドレス（安全な差出人）」に追加します。',
    carrier:
      '携帯電話会社のメール（キャリアメール）を使う場合は、ドメイン指定受信で「{domain}」を許可します。',
    company: '会社のメールサーバーで受信を制限している場合は、管理者に許可を依頼します。',
  },
  before: {
    lead: 'はじめる前に次のことを確認しておくと、手順の途中で止まらずに進められます。',
    appChecks: 'アプリで確認できること',
    yourChecks: 'ご自身で確認すること',
    yourChecksHelp:
      'パソコンの外のことは、このアプリからは確認できません。確認したらチェックしてください。',
    loginEmail: 'ログイン用メールアドレス（組織で共有できるアドレス）',
    officeNumber: '事業所番号',
    establishment: '事業所情報',
    jobOffer: '求人情報',
    mailboxOnThisPc:
      'ログイン用メールアドレスの受信箱を、このパソコンで開ける（認証キーの有効時間は50分です）',
    senderAllowed: '「{sender}」からのメールを受信できるようにした',
    statusOk: '確認済み',
    statusMissing: '未入力',
    toSteps: '手順へ進む',
  },
  phone: {
    lead: 'ケース1-①の手順1（メールアドレスの登録）と、本登録の手続きでハローワークに電話するとき・窓口へ行くときに使います。',
    whoTitle: '連絡先',
    officeName: '管轄のハローワーク：{name}',
    officePhone: '電話：{phone}',
    noOffice:
      '管轄のハローワークはまだ記録されていません。わからない場合は、事業所の所在地を担当するハローワークに連絡します。',
    registerTitle: 'メールアドレスの登録を依頼するとき（ケース1-① 手順1）',
    honTorokuTitle: '本登録の手続きをするとき',
    scriptLabel: '話すこと（例）',
    translation: '意味',
    haveReadyTitle: '手元に用意するもの',
    establishment: '事業所名',
    officeNumber: '事業所番号',
    person: '担当者',
    email: 'ログイン用メールアドレス',
    spellTitle: 'メールアドレスの読み上げ',
    noEmail: 'ログイン用メールアドレスがまだ入力されていません。',
    charColumn: '文字',
    readingColumn: '読み方',
    noteColumn: '注意',
    confusable: '見間違えやすい',
    placeholderEstablishment: '（事業所名）',
    placeholderPerson: '（担当者名）',
    placeholderOfficeNumber: '（事業所番号）',
    placeholderEmail: '（メールアドレス）',
    placeholderDate: '（仮登録の日）',
    script: {
      greeting: 'お世話になっております。{establishment}の{person}と申します。',
      registerAsk:
        'ハローワークインターネットサービスの求人者マイページを開設したいので、マイページ用のメールアドレスを登録していただけますか。',
      officeNumber: '事業所番号は{officeNumber}です。',
      registerEmail: '登録したいメールアドレスは、{email}です。一文字ずつお伝えします。',
      honTorokuDone:
        '{date}に、ハローワークインターネットサービスで事業所情報と求人情報の仮登録をしました。',
      honTorokuAsk: '本登録の手続きをお願いします。',
    },
  },
  mail: {
    lead: '認証キーのメールが届かないときは、上から順に確認してください。',
    spamTitle: '迷惑メールフォルダを確認する',
    spam: '迷惑メールフォルダ（スパムフォルダ）や、プロモーションなどのタブに振り分けられていないか確認します。',
    filterTitle: '受信の制限を確認する',
    addressTitle: '入力したアドレスを確認する',
    address:
      'ポータルで入力したアドレスが、記録しているログイン用メールアドレス（下記）と一字ずつ同じか確認します：',
    waitTitle: 'どのくらい待つか',
    wait: '多くの場合、数分以内に届きます。10分ほど待っても届かないときは、ここまでの確認をしてから、やり直してください（目安です。ガイドには待ち時間の記載はありません）。',
    redoTitle: 'やり直すとき',
    redo: '認証キーは50分有効です（ガイドより）。期限が切れたとき、またはアドレスの誤りに気づいたときは、{name}の手順{number}からやり直します。',
    redoNoCase:
      '認証キーは50分有効です（ガイドより）。期限が切れたとき、またはアドレスの誤りに気づいたときは、メールアドレスを入力する手順からやり直します。',
    redoHint: '届かないとき・期限が切れたときは、手順{number}からやり直します。',
    stillTitle: 'それでも届かないとき',
    still: 'ハローワークインターネットサービスのヘルプデスクに問い合わせます。',
  },
  after: {
    lead: 'オンラインの手続きを終えたあとの流れと、本登録の期限を確認できます。',
    nextTitle: 'このあとの流れ',
    next: {
      case1_1:
        '手順5でマイページの開設は完了です。求人は、マイページから求人情報を入力して申し込みます。申し込んだ求人は、ハローワークが内容を確認します。',
      case1_2: 'ハローワークが仮登録の内容を確認し、必要な場合には電話などで連絡があります。',
      case2:
        'ハローワークの窓口または電話で本登録の手続きを行うと、マイページの開設が完了します。ハローワークから確認の連絡が来ることもあります。',
    },
    loginTitle: 'ログインとメールアドレス',
    otp: '2025年1月から、ログインの際にログイン用メールアドレスへワンタイムパスワードが届きます（一定期間は入力を省略する設定もできます）。このアドレスは、受信できる状態のまま使い続けてください。',
    changeEmail:
      'メールを受信できなくなったアドレスの変更は、ハローワークでの手続きが必要で、日数がかかる場合があります。受信できるアドレスは、マイページの「{myPageLabel}」から変更できます。',
    passwordTitle: 'パスワードの保管',
    password:
      'このアプリはマイページのパスワードを保存しません。パスワード管理ソフトや、鍵のかかる場所の控えなど、安全な方法で保管してください。',
    searchableTitle: '求人が公開されるまで',
    searchable:
      '求人は、ハローワークが内容を確認して受理したあとで、はじめて公開され、検索できるようになります。',
    ruleTitle: '14日以内の本登録',
    applies: '当てはまる項目があります。期限までに、ハローワークで本登録の手続きをしてください。',
    notApplies:
      '当てはまる項目はありません。ハローワークから連絡があった場合は、その案内に従ってください。',
    unknown: 'すべての質問に答えると、期限のルールが当てはまるかがわかります。',
    dateLabel: '仮登録の日',
    dateHelp: '手順で仮登録を終えた日（日本時間）を入力すると、本登録の期限を計算します。',
    dateError: '{from}年から{to}年までの日付を入力してください。',
    clearDate: '日付を消す',
    nominal: '仮登録の日の翌日から数えて{days}日目：{date}',
    predicted:
      '期限の計算に、予測の祝日が含まれています（{year}年以降の祝日は変わることがあります）。',
    phoneKitLink: '本登録で電話・窓口で伝えること',
  },
  help: {
    lead: '困ったときの問い合わせ先と、それぞれの用途です。時刻はすべて日本時間です。',
    portalFor: 'マイページの開設・ログイン、事業所情報と求人情報の入力はここから行います。',
    helpdeskFor: '用途：ポータルやマイページの操作方法がわからないとき',
    statusTitle: '現在の受付状況（日本時間）',
    mailFor: 'メールでの問い合わせ：',
    manualTitle: 'マニュアル',
    myPageFor: '用途：求人者マイページの手続きや内容についての質問',
    officeTitle: '管轄のハローワーク',
    officeFor:
      '用途：事業所番号がわからないとき、求人を出したことがあるかわからないとき、本登録の手続き',
    officeName: '記録している管轄のハローワーク：{name}',
    officePhone: '電話：{phone}',
    noOffice: 'まだ記録されていません。事業所の所在地を担当するハローワークです。',
  },
  sheet: {
    lead: 'ハローワークの窓口へ行くとき・電話をするときに手元に置く、A4 1枚のシートです。',
    print: 'PDFに保存',
    printing: 'PDFを作成しています…',
    saved: '「{fileName}」に保存しました。',
    cancelled: '保存を取りやめました。',
    failed: 'PDFを保存できませんでした。保存先を変えてもう一度お試しください。',
    notesLabel: 'メモ（シートに印刷されます）',
    notesHelp: '{max}文字まで。入力した内容は自動で保存されます。',
    title: '求人者マイページ 準備シート',
    createdOn: '作成日：{date}',
    establishmentTitle: '事業所',
    establishment: '事業所名',
    address: '所在地',
    phone: '電話番号',
    officeNumber: '事業所番号',
    person: '担当者',
    email: 'ログイン用メールアドレス',
    office: '管轄のハローワーク',
    caseTitle: 'ケース',
    noCase: 'ケースはまだ決まっていません',
    unsure: '求人を出したことがあるかわからない（管轄のハローワークに確認）',
    stepsTitle: '手順',
    stepColumn: '手順',
    textColumn: '内容',
    doneColumn: '済',
    done: '済',
    notDone: '未',
    bringTitle: '用意するもの',
    deadlineTitle: '本登録の期限',
    kariToroku: '仮登録の日：{date}',
    noDeadline: '仮登録の日が入力されていないため、期限は未計算です。',
    ruleNotApplies: '14日以内の本登録のルールには当てはまりません。',
    notesTitle: 'メモ',
  },
  /** A 仮登録 day whose 本登録 deadline is already behind us. */
  deadlinePassed: {
    text: 'この期限は{days}日前に過ぎています。早めに管轄のハローワークに連絡してください。',
  },
  /** Sources said under a note or a fact. */
  sources: {
    leaflet2020: '出典：「求人者マイページ」のご案内（{date}）',
  },
  /** The login address: said where it is chosen (before you start). */
  loginOtp: {
    before:
      'このアドレスには、2025年1月からログインの際にワンタイムパスワードが届きます（一定期間は入力を省略する設定もできます）。今後のログインにも必要なので、受信し続けられるアドレスにしてください。',
  },
  /** Planned portal outages: a check before the one-sitting entry. */
  outage: {
    check:
      'ハローワークインターネットサービスの「お知らせ」で、メンテナンスによる停止の予定がないことを確かめた',
    help: '事業所情報と求人情報は続けて入力するため、途中で止まらないよう事前に確かめてください。停止の例：{from}～{to}（日本時間）は、ワンタイムパスワード導入のため、すべてのサービスが停止しました。',
    open: 'ハローワークインターネットサービスのお知らせを見る',
  },
  /** 本登録 by phone: the guide allows it, the 2020 leaflet says in person. */
  honTorokuWays: {
    phoneConfirm:
      'ガイドでは本登録は「窓口または電話」ですが、2020年の案内では「ハローワークにお越しのうえ本登録」とされています。この台本で電話する前に、電話で手続きできるかを管轄のハローワークに確認してください。',
  },
  /** After Hello Work has accepted (受理) the offer: validity, extension and renewal. */
  aftercare: {
    lead: '求人がハローワークに受理されたあと、募集を続けるために知っておくことです。',
    validityTitle: '求人の有効期間',
    validity:
      '求人の有効期間は、原則として受理日の属する月の翌々月の末日までです。例：{accepted}に受理 → {until}まで。',
    validitySource:
      'この期間は公式の記載を確認できておらず、公式以外の複数の情報によります（{asOf}時点）。実際の期限は求人者マイページの表示で確かめてください。',
    extensionTitle: '有効期間延長',
    extension:
      '求人者マイページの「{extendLabel}」で、有効期間を{months}か月延ばせます。延長は、下の「更新」とは別の手続きです。',
    renewTitle: '有効期間が終わったあとも募集を続けるとき',
    renewLead:
      '前の求人をもとに、新しい求人として申し込みます。受理されると、求人番号は新しくなります。',
    renewStep1: '求人者マイページのホームで「{newOffer}」をクリック',
    renewStep2: '「{reusable}」から、続けたい求人を選ぶ',
    renewStep3: '内容を確かめ、「{note}」欄に「{renewal}」と入力して申し込む',
    whenTitle: '更新の申し込みはいつから',
    when: '有効期間が終わる日のおよそ10日前から受け付けるハローワークがあります（ハローワーク小樽は月末の10日前から、ハローワーク帯広は7日前から）。取扱いはハローワークによって違うため、管轄のハローワークに確認してください。',
    reminder:
      'このアプリでは、有効期間が終わる日の{days}日前を「更新の準備」を始める日として表示します。',
    recordTitle: '受理された求人を記録する',
    record:
      '求人の下書きごとに受理日・求人番号・有効期間延長の有無を記録すると、有効期間が終わる日と更新の準備を始める日が一覧に表示されます。',
    toDrafts: '求人の下書きで受理日を記録する',
    sourcesTitle: '出典',
  },
  limits: {
    notesRefused:
      'メモが長すぎるため保存していません（{max}文字まで。いま{length}文字）。前に保存したメモが残っています。',
  },
}

export type GuideUiMessages = typeof guideUiJa
