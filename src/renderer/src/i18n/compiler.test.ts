import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { plainMessageCompiler } from './compiler'

function t(message: string, named: Record<string, unknown> = {}) {
  const i18n = createI18n({
    legacy: false,
    locale: 'ja',
    messages: { ja: { m: message } },
    messageCompiler: plainMessageCompiler,
  })
  return i18n.global.t('m', named)
}

describe('plainMessageCompiler', () => {
  it('keeps e-mail addresses, pipes and at signs as written', () => {
    expect(t('system@mail.hellowork.mhlw.go.jp からの受信を許可')).toBe(
      'system@mail.hellowork.mhlw.go.jp からの受信を許可',
    )
    expect(t('A | B @:c')).toBe('A | B @:c')
  })

  it('fills named placeholders and leaves unknown ones empty', () => {
    expect(t('残り{minutes}分', { minutes: 5 })).toBe('残り5分')
    expect(t('{a}と{b}', { a: '東京', b: '大阪' })).toBe('東京と大阪')
    expect(t('{missing}です')).toBe('です')
  })
})
