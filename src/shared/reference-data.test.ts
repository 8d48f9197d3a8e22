import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATA_SOURCES, LICENCES, SOURCE_PACKAGES } from './reference-data'

const root = join(import.meta.dirname, '../..')
const installed = (name: string) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string
    license: string
  }

describe('reference data and licences', () => {
  it.each(LICENCES)('$name matches the installed package', (entry) => {
    const pkg = installed(entry.name)
    expect(entry.version).toBe(pkg.version)
    expect(entry.licence).toBe(pkg.license)
  })

  it('names the installed version of each packaged data source', () => {
    for (const [id, name] of Object.entries(SOURCE_PACKAGES)) {
      const source = DATA_SOURCES.find((s) => s.id === id)
      expect(source?.version, id).toBe(installed(name).version)
    }
  })

  it('gives every source an ISO date', () => {
    for (const source of DATA_SOURCES) expect(source.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})
