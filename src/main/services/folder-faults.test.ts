import { describe, expect, it } from 'vitest'
import type { VaultView } from '@shared/vault'
import { NodeVaultFiles } from '../adapters/vault-fs'
import { FaultyDisk } from '../testing/faulty-disk'
import { createUnitApp } from './testing/app'
import { tempDir } from './vault/testing/helpers'

/** The app's folder on a disk that fails as the test says; retries counted, never waited. */
function faultyFolder() {
  const t = tempDir('folder')
  const disk = new FaultyDisk()
  const waits: number[] = []
  const files = new NodeVaultFiles(t.dir, { disk, sleep: async (ms) => void waits.push(ms) })
  return { ...t, disk, waits, files }
}

describe('a data folder that cannot be read or written at start', () => {
  for (const [label, code, problem] of [
    ['read-only', 'EROFS', 'read-only'],
    ['forbidden (antivirus)', 'EACCES', 'no-access'],
    ['locked by a sync client', 'EBUSY', 'busy'],
    ['locked (EPERM)', 'EPERM', 'no-access'],
  ] as const) {
    it(`${label}: the vault stays closed with the reason, status still answers, retry opens it`, async () => {
      const folder = faultyFolder()
      try {
        folder.disk.inject({ op: code === 'EROFS' ? 'writeNew' : '*', code })
        const app = await createUnitApp({ files: folder.files })
        const view = (await app.dispatch('vault:status', [])) as { ok: true; value: VaultView }
        expect(view).toMatchObject({
          ok: true,
          value: { state: 'locked', lockReason: 'folder-unavailable', folderProblem: problem },
        })
        if (code === 'EBUSY' || code === 'EPERM') expect(folder.waits.length).toBeGreaterThan(0)
        expect(await app.dispatch('profile:get', ['default'])).toMatchObject({
          ok: false,
          error: { code: 'locked' },
        })
        // The user closed the sync client: retry.
        folder.disk.clear()
        expect(await app.dispatch('vault:reopen', [])).toMatchObject({
          ok: true,
          value: { state: 'ready', lockReason: null, folderProblem: null },
        })
        expect(await app.dispatch('profile:get', ['default'])).toMatchObject({ ok: true })
        expect(app.unexpected).toEqual([])
      } finally {
        folder.cleanup()
      }
    })
  }
})
