import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { recording, type FakeBrowserWindow } from './fake-electron'
import { bootMain, invoke, trustedEvent } from './boot-helpers'
import { setFolderFault } from './folder-faults'

vi.mock('electron', () => import('./fake-electron'))
vi.mock('node:fs/promises', async (original) => {
  const real = await original<Record<string, unknown>>()
  const { faulty, PROMISE_OPS } = await import('./folder-faults')
  const wrapped = faulty(real, PROMISE_OPS)
  return { ...wrapped, default: wrapped }
})
vi.mock('node:fs', async (original) => {
  const real = await original<Record<string, unknown>>()
  const { faulty, SYNC_OPS } = await import('./folder-faults')
  const wrapped = faulty(real, SYNC_OPS)
  return { ...wrapped, default: wrapped }
})

const rec = recording()
let window: FakeBrowserWindow

beforeAll(async () => {
  rec.userData = mkdtempSync(join(tmpdir(), 'hwmp-boot-locked-'))
  setFolderFault({
    under: join(rec.userData, 'vault'),
    code: 'EBUSY',
    ops: new Set(['mkdir', 'open', 'readdir', 'rename', 'stat', 'unlink', 'readFile', 'writeFile']),
  })
  window = await bootMain()
}, 20_000)

afterAll(() => {
  setFolderFault(undefined)
  rec.appEvents.removeAllListeners()
})

describe('built main process on a data folder locked by antivirus or a sync client', () => {
  it('still opens its window, on the recovery screen, holding no dead lock', async () => {
    expect(window.loaded).toEqual(['app://bundle/index.html#/profile/recovery'])
    expect(rec.quitCalled).toBe(0)
    const status = await invoke('vault:status', trustedEvent(window))
    expect(status).toMatchObject({
      ok: true,
      value: { state: 'locked', lockReason: 'folder-unavailable', folderProblem: 'busy' },
    })
    expect(await invoke('profile:get', trustedEvent(window), 'default')).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    })
  })

  it('opens the data once the folder is free again (retry)', async () => {
    setFolderFault(undefined)
    expect(await invoke('vault:reopen', trustedEvent(window))).toMatchObject({
      ok: true,
      value: { state: 'ready', folderProblem: null },
    })
  })
})
