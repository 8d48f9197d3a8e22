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
  label: 'a data folder locked by antivirus or a sync client',
  code: 'EBUSY',
  ops: ['mkdir', 'open', 'readdir', 'rename', 'stat', 'unlink', 'readFile', 'writeFile'],
  problem: 'busy',
})
