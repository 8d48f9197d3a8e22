import { describe, expect, it } from 'vitest'
import { LOCALES } from '@shared/settings'
import { noticeText } from './notice-text'
import type { TimerNotice } from './timer-service'

describe('the desktop notices', () => {
  it('never speak of requesting the key: it is mailed when the address is submitted', () => {
    const notices: TimerNotice[] = [
      { kind: 'threshold', profileId: 'default', threshold: 5, minutesLeft: 5 },
      { kind: 'expired', profileId: 'default', threshold: 0, minutesLeft: 0 },
    ]
    for (const locale of LOCALES) {
      for (const notice of notices) {
        const { title, body } = noticeText(notice, locale)
        expect(`${title} ${body}`).not.toMatch(/請求|request/i)
      }
    }
    expect(noticeText(notices[1] as TimerNotice, 'ja').body).toContain(
      'もう一度メールアドレスを入力して、新しい認証キーを受け取ってください',
    )
  })
})

describe('with several establishments', () => {
  it('says whose key it is first, in both languages', () => {
    const notice: TimerNotice = {
      kind: 'threshold',
      profileId: 'est-1',
      threshold: 5,
      minutesLeft: 5,
      establishment: 'さくら工務店 長岡店',
    }
    expect(noticeText(notice, 'ja').title).toBe('さくら工務店 長岡店：認証キーの残り時間：あと5分')
    expect(noticeText(notice, 'en').title).toBe('さくら工務店 長岡店: Auth key: 5 minutes left')
    expect(noticeText({ ...notice, establishment: null }, 'ja').title).toBe(
      '認証キーの残り時間：あと5分',
    )
  })
})
