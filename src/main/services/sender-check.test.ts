import { describe, expect, it } from 'vitest'
import { makeSenderCheck } from './sender-check'

describe('makeSenderCheck', () => {
  const check = makeSenderCheck(['app://bundle'])
  it('trusts the app’s own top frame', () => {
    expect(check('app://bundle/index.html#/profile', true)).toBe(true)
  })
  it.each([
    ['a sub-frame of the app', 'app://bundle/index.html', false],
    ['another host on the scheme', 'app://evil/index.html', true],
    ['a web page', 'https://www.hellowork.mhlw.go.jp/', true],
    ['a file', 'file:///tmp/x.html', true],
    ['no frame', undefined, true],
    ['garbage', '::::', true],
  ])('refuses %s', (_label, url, isMain) => expect(check(url, isMain)).toBe(false))

  it('trusts the dev server only when told to', () => {
    expect(
      makeSenderCheck(['app://bundle', 'http://localhost:5173'])('http://localhost:5173/', true),
    ).toBe(true)
    expect(check('http://localhost:5173/', true)).toBe(false)
  })
})
