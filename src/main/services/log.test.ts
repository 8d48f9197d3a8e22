import { describe, expect, it } from 'vitest'
import { createLog, errorFields, scrubHome } from './log'

const clock = { now: () => Date.UTC(2026, 10, 26, 1, 2, 3) }

function memory() {
  const lines: string[] = []
  return { lines, write: (line: string) => void lines.push(line) }
}

describe('the support log', () => {
  it('writes one JSON line per event with time, level and the given fields', () => {
    const sink = memory()
    createLog(sink, { home: '/home/sato', clock }).warn('vault.recovered', {
      kind: 'profile',
      movedAside: 1,
      ok: false,
    })
    expect(sink.lines).toEqual([
      '{"time":"2026-11-26T01:02:03.000Z","level":"warn","event":"vault.recovered","kind":"profile","movedAside":1,"ok":false}\n',
    ])
  })

  it('writes the home folder as ~, with either slash, escaped or not, and any case on Windows', () => {
    const home = 'C:\\Users\\佐藤'
    expect(scrubHome('C:\\Users\\佐藤\\AppData\\x', home, true)).toBe('~\\AppData\\x')
    expect(scrubHome('c:/users/佐藤/AppData', home, true)).toBe('~/AppData')
    expect(scrubHome('C:\\\\Users\\\\佐藤\\\\a', home, true)).toBe('~\\\\a')
    expect(scrubHome('/home/sato/.config', '/home/sato/', false)).toBe('~/.config')
    expect(scrubHome('/home/Sato', '/home/sato', false)).toBe('/home/Sato')
  })

  it('refuses odd event and field names, cuts long values and drops objects', () => {
    const sink = memory()
    const log = createLog(sink, { home: '/home/sato', clock })
    log.info('Bad Event!', {
      'bad key': 'x',
      long: 'a'.repeat(5000),
      nested: { a: 1 } as unknown as string,
      nan: Number.NaN,
    })
    const line = JSON.parse(sink.lines[0] ?? '{}') as Record<string, unknown>
    expect(line['event']).toBe('unnamed-event')
    expect(line).not.toHaveProperty('bad key')
    expect(line).not.toHaveProperty('nested')
    expect(String(line['long']).length).toBe(400)
    expect(line['nan']).toBeNull()
  })

  it('never fails when the sink does', () => {
    const log = createLog(
      {
        write: () => {
          throw new Error('ENOSPC')
        },
      },
      { home: '/h', clock },
    )
    expect(() => log.error('disk.full')).not.toThrow()
  })

  it('tells an error by its name, code and frames, never by its message', () => {
    const error = Object.assign(new Error('cannot open /home/sato/株式会社さくら'), {
      code: 'EACCES',
      errno: -13,
      syscall: 'open',
    })
    const fields = errorFields(error)
    expect(fields).toMatchObject({
      errorName: 'Error',
      code: 'EACCES',
      errno: -13,
      syscall: 'open',
    })
    expect(JSON.stringify(fields)).not.toContain('株式会社')
    expect(String(fields['frames'])).toMatch(/^at /)
    expect(errorFields('a string thrown')).toEqual({ errorType: 'string' })
  })
})
