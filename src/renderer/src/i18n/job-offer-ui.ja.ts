/** The job-offer drafts screens, the copy panel and readiness: the app's own words (ja = schema). */
export const jobOfferUiJa = {
  titles: {
    drafts: '求人の下書き',
    edit: '求人の下書きを編集',
    print: '求人の下書き（ポータルの入力順）',
    copy: 'コピーパネル',
    compact: 'コピーパネル',
  },
  nav: {
    drafts: '求人の下書き',
    copy: 'コピーパネル',
  },
  error: 'エラー',
  warning: '確認',
  picker: {
    label: 'いまポータルで開いている画面',
    account: 'マイページの開設',
    establishment: '事業所登録（6画面）',
    jobOffer: '求人登録（8画面）',
  },
  copy: {
    lead: 'ポータルの画面と同じ順に、貼り付ける文字を並べています。コピーしてポータルの欄に貼り付けてください。ブラウザーの横に小さなウィンドウで出しておくこともできます。',
    portalLabel: 'ポータルでの表示：',
    copiedMark: '✓ コピー済み',
    empty: '（未入力）',
    original: '入力した文字（ポータル向けに変換しました）：',
    announced: '{label}をコピーしました。ポータルの欄に貼り付けてください。',
    allDone: 'この画面の項目はすべてコピーしました',
    draftLabel: 'コピーする求人',
    toDrafts: '求人の下書きを作る',
    next: '次をコピー：{label}',
    nextHint: 'ショートカット：{shortcut}（このウィンドウで押します）',
    progress: '{done} / {total} 項目コピー済み',
    clearMarks: 'コピー済みの印を消す',
    itemsLabel: 'この画面の項目（ポータルの順）',
    noItems: 'この画面で貼り付ける項目はありません。',
    certaintyTitle: 'この画面の情報の確かさ',
    certaintyHint:
      '項目や順番がポータルと違うことがあります。ポータルの表示を優先し、違いに気づいたら項目名で探してください。',
    portalMessagesTitle: 'ポータルのメッセージの意味',
  },
  compact: {
    open: '小さなウィンドウで開く（常に手前に表示）',
    opened: 'コピーパネルを小さなウィンドウで開きました。',
    failed: '小さなウィンドウを開けませんでした。',
  },
  images: {
    title: '事業所登録 6 画像情報：アップロードする画像',
    privacy:
      'アプリが保存するのはファイルの場所と確認結果だけです。画像そのものは読み込みません（大きさと形式を見分ける先頭の数バイトのみ）。',
    choose: '画像ファイルを選ぶ',
    added: '{count}件のファイルを追加しました。',
    removed: '「{name}」をリストから外しました。',
    failed: '画像のリストを更新できませんでした。',
    none: 'まだ画像を選んでいません。画像は任意です。',
    size: '{mb} MB',
    missing: 'ファイルが見つかりません',
    missingFix: 'ファイルが移動または削除されました。選び直してください。',
    remove: '「{name}」を外す',
    ok: '問題ありません。',
    fixFirst: 'アップロードの前に直す必要のあるものが{count}件あります。',
    allOk:
      'すべての画像が、{year}年の案内の条件（{maxFiles}枚まで・各{maxMb}MBまで・JPEG/GIF/PNG/BMP）に合っています。',
  },
  /** Formats a draft field must have, said by example. */
  formats: {
    dispatchPermit: '許可番号は「派」・都道府県の番号2桁・6桁の番号の形です（例: 派13-123456）。',
  },
  /** The image list when it holds as many files as the portal takes. */
  imagesFull: {
    note: '画像は{max}枚までです（ポータルの上限）。別の画像を選ぶときは、先にどれかをリストから外してください。',
  },
  readiness: {
    title: '一度に入力する前の確認（事業所と求人の必須項目）',
    toDrafts: '求人の下書きを作る',
    fix: '{screen}を入力する',
    invalidTitle: '入力はあるが直す必要があるもの',
    fixShort: '直す',
  },
  edit: {
    missing: 'この下書きは見つかりません。一覧から選んでください。',
    backToList: '下書きの一覧へ',
    screensLabel: 'ポータルの求人登録の画面',
    filled: '必須 {filled}/{total}',
    unverifiedNote:
      '画面ごとの項目と順番は、公開されている求人票から推定したものです（未確認）。ポータルの表示を優先してください。',
    ageGuide:
      '年齢は「不問」が原則です。年齢を制限できるのは法律上の例外事由に当たる場合だけで、その事由と理由を示す必要があります。例外に当たらない制限は受け付けられません。',
    conditionsGuide:
      '賃金（下限と上限）、就業時間、休日ははっきり書いてください。あいまいな労働条件の求人は、修正を求められることがよくあります。',
    judged:
      '入力された労働時間では週{weeklyHours}時間、通常の労働者は週{fullTimeWeeklyHours}時間なので「{category}」にあたります。',
    sameAddress: '就業場所の所在地は事業所と同じ',
    pagerLabel: '前後の画面',
    previous: '前の画面へ',
    next: '次の画面へ',
    required: '必須',
    optional: '任意',
    choose: '選んでください',
    workplaceOwn: 'この求人だけの就業場所を入力する',
    workplaceUnnamed: '就業場所 {number}',
    count: '{length}文字',
    countMax: '{length} / {max}文字',
    countMaxUnverified: '{length} / {max}文字（上限は未確認の目安）',
    charsHint: '{chars}で入力します（コピーパネルが変換します）。',
    contactFallback: '空欄のときは事業所の担当者情報「{value}」を使います。',
  },
  save: {
    encrypted: '入力内容はこのパソコンに暗号化して自動保存されます。',
    saving: '保存しています…',
    saved: '{time}に保存しました',
    failed: '保存できませんでした。入力内容は画面に残っています。',
  },
  drafts: {
    lead: '求人の内容を、ポータルの求人登録の8画面と同じまとまりで準備します。入力内容はこのパソコンに暗号化して保存されます。',
    oneOffer:
      '1つの求人は「職種 × 就業場所 × 雇用形態 × フルタイム／パート」の組み合わせ1つです。どれかが違うときは、求人を分けてください。',
    new: '新しい求人の下書きを作る',
    none: 'まだ下書きがありません。',
    unavailable: '下書きを読み込めませんでした。データの状態を確認してください。',
    complete: '必須項目はすべて入力済み',
    missing: '必須項目があと{count}件',
    edit: '「{title}」を編集',
    print: 'ポータルの順に印刷（A4）',
    remove: '削除…',
    confirmLabel: '削除の確認',
    confirm: '「{title}」を削除しますか？直前の内容は、暗号化されたバックアップに残ります。',
    confirmYes: '削除する',
    confirmNo: 'やめる',
    removed: '「{title}」を削除しました。',
  },
  print: {
    lead: '下書きをポータルの入力順に並べています。PDFに保存して見直したり、ハローワークの窓口に持って行ったりできます。',
    button: 'A4のPDFとして保存',
    printing: 'PDFを作っています…',
    saved: '「{fileName}」に保存しました。',
    cancelled: '保存をやめました。',
    failed: 'PDFを保存できませんでした。',
  },
}

export type JobOfferUiMessages = typeof jobOfferUiJa
