import { describe, expect, it } from 'vitest'
import { chromePath, quoteForCmd } from './platform.mjs'

describe('commands on Windows', () => {
  it('quotes for cmd.exe only what needs it', () => {
    expect(quoteForCmd('vitest')).toBe('vitest')
    expect(quoteForCmd('--project')).toBe('--project')
    expect(quoteForCmd('--outputFile.json=C:\\Users\\Taro Yamada\\r.json')).toBe(
      '"--outputFile.json=C:\\Users\\Taro Yamada\\r.json"',
    )
    expect(quoteForCmd('say "hi" & exit')).toBe('"say ""hi"" & exit"')
    expect(quoteForCmd('')).toBe('""')
  })

  it('takes the browser from CHROME_PATH when set', () => {
    const before = process.env['CHROME_PATH']
    process.env['CHROME_PATH'] = '/opt/chrome'
    expect(chromePath()).toBe('/opt/chrome')
    if (before === undefined) delete process.env['CHROME_PATH']
    else process.env['CHROME_PATH'] = before
  })
})
