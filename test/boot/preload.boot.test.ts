import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Script, createContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { contract } from '@shared/contract'
import { channels } from '@shared/ipc/channels'

const file = join(resolve(__dirname, '../..'), 'out/preload/index.cjs')
/** The preload runs in every window before the page: it should be a few lines, not a library. */
const PRELOAD_MAX_BYTES = 5 * 1024

interface Loaded {
  exposed: Map<string, unknown>
  invoked: { channel: string; args: unknown[] }[]
  on: Map<string, ((event: unknown, payload: unknown) => void)[]>
  required: string[]
}

/** Runs the built preload the way Electron's sandbox does: one classic script, `require` answering only `electron`. */
function loadPreload(): Loaded {
  const loaded: Loaded = { exposed: new Map(), invoked: [], on: new Map(), required: [] }
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => loaded.exposed.set(key, value),
    },
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) => {
        loaded.invoked.push({ channel, args })
        return { ok: true, value: null }
      },
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        loaded.on.set(channel, [...(loaded.on.get(channel) ?? []), listener])
      },
      removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        loaded.on.set(
          channel,
          (loaded.on.get(channel) ?? []).filter((l) => l !== listener),
        )
      },
    },
  }
  const sandboxRequire = (name: string) => {
    loaded.required.push(name)
    if (name === 'electron') return electron
    throw new Error(`module not found in the sandbox: ${name}`)
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`
  const fn = new Script(wrapped, { filename: file }).runInContext(createContext({})) as (
    ...args: unknown[]
  ) => void
  const module = { exports: {} }
  fn(module.exports, sandboxRequire, module, file, '.')
  return loaded
}

describe('built preload', () => {
  const loaded = loadPreload()
  const api = loaded.exposed.get('api') as Record<
    string,
    Record<string, (...a: unknown[]) => unknown>
  >

  it('is one classic script that requires nothing but electron', () => {
    expect(loaded.required).toEqual(['electron'])
    const source = readFileSync(file, 'utf8')
    expect(source).not.toMatch(/\bimport\s*\(|^\s*import\s|^\s*export\s/m)
    expect([...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual([
      'electron',
    ])
  })

  it('stays small: a plain channel list, no schema library (main validates every payload)', () => {
    const source = readFileSync(file, 'utf8')
    expect(Buffer.byteLength(source)).toBeLessThanOrEqual(PRELOAD_MAX_BYTES)
    // valibot's schemas carry the Standard Schema marker and their vendor's name.
    expect(source).not.toMatch(/valibot|~standard|strictTuple/)
  })

  it('exposes only `api`, grouped by area with exactly the contract methods', () => {
    expect([...loaded.exposed.keys()]).toEqual(['api'])
    const expected = Object.fromEntries(
      Object.entries(contract).map(([area, group]) => [area, Object.keys(group).sort()]),
    )
    const actual = Object.fromEntries(
      Object.entries(api).map(([area, group]) => [area, Object.keys(group).sort()]),
    )
    expect(actual).toEqual(expected)
    for (const group of Object.values(api)) {
      for (const value of Object.values(group)) expect(typeof value).toBe('function')
    }
  })

  it('routes each call to its own channel with the arguments untouched', async () => {
    for (const entry of channels.filter((c) => c.kind === 'call')) {
      await api[entry.area]?.[entry.method]?.('x', 1)
      expect(loaded.invoked.at(-1)).toEqual({ channel: entry.channel, args: ['x', 1] })
    }
  })

  it('subscribes to events and returns an unsubscribe function', () => {
    for (const entry of channels.filter((c) => c.kind === 'event')) {
      const seen: unknown[] = []
      const off = api[entry.area]?.[entry.method]?.((p: unknown) => seen.push(p)) as () => void
      for (const listener of loaded.on.get(entry.channel) ?? []) listener({ sender: 'x' }, 42)
      expect(seen).toEqual([42])
      off()
      expect(loaded.on.get(entry.channel)).toEqual([])
    }
  })
})
