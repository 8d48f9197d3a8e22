import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recording, type FakeBrowserWindow } from './fake-electron'
import { freshAppData, bootMain, invoke, trustedEvent } from './boot-helpers'
import { setFolderFault, type FolderAtStart } from './folder-faults'

/**
 * The built main started on a data folder that fails as `fault` says: it must still open its
 * window, on the recovery screen, and open the data once the folder is free. Each test file mocks
 * electron and node:fs itself (the mocks are hoisted per file) and then calls this.
 */
export function bootOnFaultyFolder(fault: FolderAtStart): void {
  const rec = recording()
  let window: FakeBrowserWindow

  beforeAll(async () => {
    freshAppData(`hwmp-boot-${fault.code}-`)
    setFolderFault({
      under: join(rec.userData, 'vault'),
      code: fault.code,
      ops: new Set(fault.ops),
    })
    window = await bootMain()
  }, 20_000)

  afterAll(() => {
    setFolderFault(undefined)
    rec.appEvents.removeAllListeners()
  })

  describe(`built main process on ${fault.label}`, () => {
    it('still opens its window, on the recovery screen, holding no dead lock', async () => {
      expect(window.loaded).toEqual(['app://bundle/index.html#/profile/recovery'])
      expect(rec.quitCalled).toBe(0)
      const status = await invoke('vault:status', trustedEvent(window))
      expect(status).toMatchObject({
        ok: true,
        value: { state: 'locked', lockReason: 'folder-unavailable', folderProblem: fault.problem },
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
}
