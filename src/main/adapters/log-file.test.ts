import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rotatingLogFile } from './log-file'

describe('the rotating log file', () => {
  it('appends lines and rotates by size, keeping a bounded number of files', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'hwmp-log-')), 'logs')
    const sink = rotatingLogFile(folder, { maxBytes: 100, keep: 2 })
    for (let i = 0; i < 20; i++) sink.write(`${String(i).padStart(2, '0')}${'x'.repeat(37)}\n`)
    expect(readdirSync(folder).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log'])
    expect(readFileSync(sink.file, 'utf8')).toBe(`18${'x'.repeat(37)}\n19${'x'.repeat(37)}\n`)
    expect(readFileSync(join(folder, 'main.2.log'), 'utf8')).toContain('14')
  })
})
