import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LogFields } from '../services/ports'
import { bundledLicences } from './licences'

function folder(content: string | null) {
  const dir = mkdtempSync(join(tmpdir(), 'hwmp-licence-list-'))
  if (content !== null) writeFileSync(join(dir, 'licences.json'), content)
  return dir
}

function recordingLog() {
  const errors: { event: string; fields?: LogFields }[] = []
  const log = {
    info: () => undefined,
    warn: () => undefined,
    error: (event: string, fields?: LogFields) => errors.push({ event, fields }),
  }
  return { log, errors }
}

const vue = { name: 'vue', version: '3.5.45', licence: 'MIT', shipped: ['renderer'], text: 'MIT …' }

describe('the generated licence list, as main reads it', () => {
  it('keeps name, version, licence and text of each entry, and reads the file once', () => {
    const dir = folder(JSON.stringify([vue]))
    const read = bundledLicences(dir)
    expect(read()).toEqual([{ name: 'vue', version: '3.5.45', licence: 'MIT', text: 'MIT …' }])
    writeFileSync(join(dir, 'licences.json'), '[]')
    expect(read()).toHaveLength(1)
  })

  it('drops malformed entries rather than pass them to the screen', () => {
    const dir = folder(JSON.stringify([vue, { name: 'x' }, null, { ...vue, text: 3 }]))
    expect(bundledLicences(dir)().map((e) => e.name)).toEqual(['vue'])
  })

  it('answers an empty list and logs a code (no path) when the file is missing or broken', () => {
    for (const [content, code] of [
      [null, 'ENOENT'],
      ['{not json', 'SyntaxError'],
      ['{"a":1}', 'Error'],
    ] as const) {
      const { log, errors } = recordingLog()
      expect(bundledLicences(folder(content), log)()).toEqual([])
      expect(errors).toEqual([{ event: 'licences.unreadable', fields: { code } }])
    }
  })
})
