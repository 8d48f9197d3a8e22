import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { describe, expect, it } from 'vitest'
import { errno } from '../testing/faulty-files'
import { silentLog } from '../services/timer/testing/fakes'
import { fromConf } from './kv-store'
import { openPlainStore } from './plain-store'

type Data = { locale: string }

describe('openPlainStore', () => {
  it('a folder that cannot be read: this run keeps the values in memory, nothing thrown', () => {
    const opened = openPlainStore<Data>(
      () => {
        throw errno('EACCES', 'open')
      },
      '/nowhere/settings.json',
      silentLog,
      {
        exists: () => true,
        rename: () => {
          throw errno('EACCES', 'rename')
        },
      },
    )
    expect(opened.problem).toBe('EACCES')
    opened.store.set('locale', 'en')
    expect(opened.store.get('locale')).toBe('en')
  })

  it('a damaged file that cannot be moved aside either: memory, with the reason', () => {
    const opened = openPlainStore<Data>(
      () => {
        throw new SyntaxError('Unexpected token')
      },
      '/data/settings.json',
      silentLog,
      {
        exists: () => true,
        rename: () => {
          throw errno('EBUSY', 'rename')
        },
      },
    )
    expect(opened.problem).toBe('EBUSY')
  })

  it('a damaged file is moved aside and a fresh one opened', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hwmp-plain-'))
    writeFileSync(join(dir, 'settings.json'), '{ not json')
    const open = () =>
      fromConf(new Conf<Data>({ cwd: dir, configName: 'settings', clearInvalidConfig: false }))
    const opened = openPlainStore<Data>(open, join(dir, 'settings.json'), silentLog)
    expect(opened.movedAside).toMatch(/settings\.json\.unreadable-\d{8}T\d{6}$/)
    opened.store.set('locale', 'en')
    expect(readdirSync(dir).sort()).toEqual([
      'settings.json',
      opened.movedAside?.split('/').at(-1) ?? '',
    ])
  })
})
