import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from './testing/en'
import { ja } from './ja'

const src = join(import.meta.dirname, '..')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path)
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : []
  })
}

function leafKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix]
  return Object.entries(tree).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k))
}

function has(tree: unknown, key: string): boolean {
  let node: unknown = tree
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string'
}

describe('messages', () => {
  it('every literal key used in the renderer exists in ja and en', () => {
    const missing: string[] = []
    for (const file of files(src)) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/\bt\(\s*'([A-Za-z0-9_.-]+)'/g)) {
        const key = match[1] ?? ''
        for (const [lang, tree] of [
          ['ja', ja],
          ['en', en],
        ] as const) {
          if (!has(tree, key)) missing.push(`${lang}:${key} (${file.slice(src.length)})`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('en has exactly the keys of ja, none empty', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(ja).sort())
    for (const key of leafKeys(en)) expect(has(en, key) && key.length > 0).toBe(true)
  })
})

describe('the navigation', () => {
  it('uses only core messages, which every screen has loaded', async () => {
    const { screens } = await import('../screens')
    const { coreJa } = await import('./core.ja')
    const { coreEn } = await import('./core.en')
    for (const screen of screens) {
      if (!('navKey' in screen.meta)) continue
      expect(has(coreJa, screen.meta.navKey), screen.meta.navKey).toBe(true)
      expect(has(coreEn, screen.meta.navKey), screen.meta.navKey).toBe(true)
    }
  })
})
