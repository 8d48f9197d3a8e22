import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const mainDir = join(resolve(__dirname, '../..'), 'out/main')

/** The built main entry and every chunk it imports statically: what runs before the first window. */
function startPath(file = join(mainDir, 'index.js'), seen = new Map<string, string>()) {
  if (seen.has(file)) return seen
  const source = readFileSync(file, 'utf8')
  seen.set(file, source)
  for (const match of source.matchAll(
    /(?:^|[;\n])\s*(?:import|export)\s[^;]*?["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    const next = resolve(dirname(file), match[1]!)
    if (existsSync(next)) startPath(next, seen)
  }
  return seen
}

describe("built main's start", () => {
  it('imports no holiday module: the Japan-time date helpers carry no holiday data', () => {
    const files = startPath()
    expect(files.size).toBeGreaterThan(0)
    for (const [file, source] of files) {
      // The package's data (keyed by day, with `name_en`) and the calendar that reads it.
      expect(source, file).not.toMatch(/@holiday-jp|holidays_every_year|name_en|振替休日/)
    }
  })
})
