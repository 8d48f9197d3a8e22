import { MemoryVaultFiles } from '../services/vault/testing/memory-vault-files'

/** An error as node:fs raises it: `code` is what the app looks at, never the message. */
export function errno(code: string, syscall = 'write'): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: fault injected by a test, ${syscall}`)
  error.code = code
  error.syscall = syscall
  return error
}

/**
 * The vault's files on a disk of `capacity` bytes: a write that does not fit fails with ENOSPC, as
 * on a full disk. As on a real file system, a new version needs room beside the old one until the
 * rename.
 */
export class SmallDisk extends MemoryVaultFiles {
  failures = 0

  constructor(public capacity = Number.POSITIVE_INFINITY) {
    super()
  }

  used(): number {
    let total = 0
    for (const data of this.files.values()) total += data.length
    for (const data of this.temps.values()) total += data.length
    return total
  }

  override async stage(name: string, data: Buffer): Promise<string> {
    if (this.used() + data.length > this.capacity) {
      this.failures++
      throw errno('ENOSPC')
    }
    return super.stage(name, data)
  }
}
