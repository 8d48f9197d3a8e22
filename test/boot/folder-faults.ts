/**
 * Fault injection for the boot tests: the built main's own `node:fs` calls under one folder fail
 * with an OS error code, as a read-only, locked or forbidden data folder makes them fail for a
 * user (tests run as root here, where permissions cannot). Configured through globalThis, because
 * the mocked module and the test see separate module copies.
 */
interface FolderFault {
  under: string
  code: string
  /** Which operations fail; the rest pass through. */
  ops: ReadonlySet<string>
}

const g = globalThis as unknown as { __folderFault?: FolderFault }

export function setFolderFault(fault: FolderFault | undefined): void {
  g.__folderFault = fault
}

function fail(op: string, path: unknown): void {
  const fault = g.__folderFault
  if (!fault || !fault.ops.has(op) || typeof path !== 'string') return
  if (path !== fault.under && !path.startsWith(`${fault.under}/`)) return
  const error: NodeJS.ErrnoException = new Error(`${fault.code}: ${op} (injected)`)
  error.code = fault.code
  error.syscall = op
  throw error
}

type Fn = (...args: never[]) => unknown

export function faulty<T extends Record<string, unknown>>(real: T, ops: readonly string[]): T {
  const wrapped: Record<string, unknown> = { ...real }
  for (const op of ops) {
    const original = real[op] as Fn | undefined
    if (typeof original !== 'function') continue
    wrapped[op] = (...args: never[]) => {
      const path = args[0] as unknown
      // Async functions fail asynchronously, sync ones synchronously, as node:fs does.
      if (op.endsWith('Sync')) {
        fail(op.replace(/Sync$/, ''), path)
        return original(...args)
      }
      try {
        fail(op, path)
      } catch (error) {
        return Promise.reject(error)
      }
      return original(...args)
    }
  }
  return wrapped as T
}

/**
 * What each faulty-folder test's `vi.mock('node:fs…')` factory answers: the real module with these
 * operations wrapped. The `vi.mock` calls stay in each test file, as vitest hoists them there.
 */
export async function faultyModule(
  importOriginal: <M>() => Promise<M>,
  ops: readonly string[],
): Promise<Record<string, unknown>> {
  const real = await importOriginal<Record<string, unknown>>()
  const wrapped = faulty(real, ops)
  return { ...wrapped, default: wrapped }
}

export const PROMISE_OPS = ['mkdir', 'open', 'readdir', 'rename', 'stat', 'unlink', 'writeFile']
export const SYNC_OPS = ['readFileSync', 'mkdirSync', 'renameSync', 'writeFileSync']

export interface FolderAtStart {
  label: string
  /** The OS error the data folder gives. */
  code: string
  /** Which file operations under the folder fail. */
  ops: readonly string[]
  /** What the recovery screen is told (`VaultView.folderProblem`). */
  problem: string
}
