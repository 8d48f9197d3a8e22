import { vi } from 'vitest'
import { bootOnFaultyFolder } from './folder-suite'

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

bootOnFaultyFolder({
  label: 'a data folder locked by antivirus or a sync client',
  code: 'EBUSY',
  ops: ['mkdir', 'open', 'readdir', 'rename', 'stat', 'unlink', 'readFile', 'writeFile'],
  problem: 'busy',
})
