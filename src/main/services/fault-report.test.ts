import { describe, expect, it } from 'vitest'
import type { FaultNotice } from '@shared/app-info'
import type { LogFields, LogPort } from './ports'
import { FaultReport } from './fault-report'

describe('FaultReport', () => {
  it('logs the error’s name and code, never its message, and tells the windows', () => {
    const lines: Array<[string, LogFields | undefined]> = []
    const log: LogPort = {
      info: () => undefined,
      warn: () => undefined,
      error: (event, fields) => void lines.push([event, fields]),
    }
    const report = new FaultReport(log, { now: () => 1000 })
    const shown: FaultNotice[] = []
    const secret = Object.assign(new TypeError('C:\\Users\\hanako\\株式会社ひみつ'), {
      code: 'EACCES',
    })
    report.report('unhandled-rejection', secret)
    expect(report.latest()).toEqual({ kind: 'unhandled-rejection', at: 1000, count: 1 })
    report.connect((n) => void shown.push(n))
    report.report('uncaught-exception', 'a string')
    expect(shown).toEqual([{ kind: 'uncaught-exception', at: 1000, count: 2 }])
    expect(lines).toEqual([
      ['main.unhandled-rejection', { name: 'TypeError', code: 'EACCES' }],
      ['main.uncaught-exception', { name: 'string', code: null }],
    ])
    expect(JSON.stringify(lines)).not.toContain('hanako')
  })

  it('a listener that throws does not make reporting throw', () => {
    const report = new FaultReport(
      { info: () => undefined, warn: () => undefined, error: () => undefined },
      { now: () => 0 },
    )
    report.connect(() => {
      throw new Error('window gone')
    })
    expect(() => report.report('uncaught-exception', new Error('x'))).not.toThrow()
  })
})
