import { describe, expect, it } from 'vitest'
import { readRecovery, recoveryUrl } from './recovery'
import { showsCopyPanel } from './view'

describe('the reload after a crash', () => {
  it('keeps the screen and marks why, replacing an earlier mark', () => {
    expect(recoveryUrl('app://bundle/index.html#/copy/est-2', 'x', 'crashed')).toBe(
      'app://bundle/index.html?recovered=crashed#/copy/est-2',
    )
    expect(recoveryUrl('app://bundle/index.html?recovered=crashed#/', 'x', 'unresponsive')).toBe(
      'app://bundle/index.html?recovered=unresponsive#/',
    )
    expect(recoveryUrl('', 'app://bundle/index.html#/compact', 'crashed')).toBe(
      'app://bundle/index.html?recovered=crashed#/compact',
    )
  })

  it('reads only the reasons main writes', () => {
    expect(readRecovery('?recovered=crashed')).toBe('crashed')
    expect(readRecovery('?recovered=<script>')).toBeNull()
    expect(readRecovery('')).toBeNull()
  })
})

describe('which addresses show a copy panel', () => {
  it('is the copy screens and the compact window, nothing else', () => {
    expect(showsCopyPanel('app://bundle/index.html#/copy/account')).toBe(true)
    expect(showsCopyPanel('app://bundle/index.html?recovered=crashed#/compact')).toBe(true)
    expect(showsCopyPanel('app://bundle/index.html#/drafts')).toBe(false)
    expect(showsCopyPanel('app://bundle/index.html#/copyright')).toBe(false)
    expect(showsCopyPanel('app://bundle/index.html')).toBe(false)
  })
})
