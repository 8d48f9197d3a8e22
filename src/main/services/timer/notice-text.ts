import type { Locale } from '@shared/settings'
import type { TimerNotice } from './timer-service'

export interface NoticeText {
  title: string
  body: string
}

/**
 * The desktop notification's words, in the app's language at the moment it fires. Minutes come from
 * `minutesLeft` (what is really left), so a notice made late by a sleep does not overstate the time.
 */
export function noticeText(notice: TimerNotice, locale: Locale): NoticeText {
  const text = plainNoticeText(notice, locale)
  const name = notice.establishment
  if (!name) return text
  // With several establishments, whose key it is comes first: the title is what a toast shows.
  return { ...text, title: locale === 'ja' ? `${name}：${text.title}` : `${name}: ${text.title}` }
}

function plainNoticeText(notice: TimerNotice, locale: Locale): NoticeText {
  const n = notice.minutesLeft
  if (notice.kind === 'expired') {
    return locale === 'ja'
      ? {
          title: '認証キーの有効期限が切れました',
          body: 'もう一度メールアドレスを入力して、新しい認証キーを受け取ってください。やり直す手順はアプリの画面に出ています。',
        }
      : {
          title: 'Your auth key has expired',
          body: 'Enter your e-mail address again to receive a new key. The app shows which step to redo.',
        }
  }
  return locale === 'ja'
    ? {
        title: `認証キーの残り時間：あと${n}分`,
        body: `あと${n}分で認証キーが使えなくなります。届いたメールの認証キーをマイページに入力してください。`,
      }
    : {
        title: `Auth key: ${n} ${n === 1 ? 'minute' : 'minutes'} left`,
        body: `Your auth key stops working in ${n} ${n === 1 ? 'minute' : 'minutes'}. Enter the key from the mail on the My Page.`,
      }
}
