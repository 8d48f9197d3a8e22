import { vi } from 'vitest'
import { bootOnFaultyFolder } from './folder-suite'

vi.mock('electron', () => import('./fake-electron'))
vi.mock('node:fs/promises', async (original) => {
  const { faultyModule, PROMISE_OPS } = await import('./folder-faults')
  return faultyModule(original, PROMISE_OPS)
})
vi.mock('node:fs', async (original) => {
  const { faultyModule, SYNC_OPS } = await import('./folder-faults')
  return faultyModule(original, SYNC_OPS)
})

bootOnFaultyFolder({
  label: 'a read-only data folder',
  code: 'EROFS',
  ops: ['mkdir', 'open', 'rename', 'unlink', 'writeFile'],
  problem: 'read-only',
})
