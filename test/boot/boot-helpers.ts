import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect } from 'vitest'
import { USER_DATA_FOLDER } from '../../src/main/adapters/app-identity'
import { recording, type FakeBrowserWindow } from './fake-electron'

export const ROOT = resolve(__dirname, '../..')
export const out = (path: string) => join(ROOT, 'out', path)

export async function waitFor<T>(probe: () => T | undefined, ms = 5000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() - started > ms) throw new Error('timed out waiting for the app to boot')
    await new Promise((r) => setTimeout(r, 10))
  }
}

/**
 * A fresh app-data folder for one boot, and the user-data folder main will pin inside it (main sets
 * it before anything reads it, so a test must look there, not at a folder of its own).
 */
export function freshAppData(prefix: string): string {
  const rec = recording()
  rec.appData = mkdtempSync(join(tmpdir(), prefix))
  rec.userData = join(rec.appData, USER_DATA_FOLDER)
  return rec.userData
}

/** Imports the built main once and waits for its first window. */
export async function bootMain(): Promise<FakeBrowserWindow> {
  expect(existsSync(out('main/index.js')), 'run `npm run build` before the boot tests').toBe(true)
  await import(/* @vite-ignore */ out('main/index.js'))
  return waitFor(() => recording().windows[0])
}

export const trustedEvent = (win: FakeBrowserWindow) => ({
  sender: win.webContents,
  senderFrame: win.webContents.mainFrame,
})

export async function invoke(channel: string, event: unknown, ...args: unknown[]) {
  const handler = recording().handlers.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  return (await handler(event, ...args)) as { ok: boolean; value?: unknown; error?: unknown }
}
