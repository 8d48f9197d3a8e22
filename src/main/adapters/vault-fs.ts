import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { VaultFiles } from '../services/vault/vault-files'

const TEMP_PATTERN = /^\..+\.tmp-[0-9a-f]{16}$/
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/

/**
 * The vault's data folder on disk. Writes go to a temp file in the same folder (so the rename cannot
 * cross file systems), are fsynced, renamed over the target, and the folder is fsynced so the rename
 * itself survives a power cut. The vault only ever hands this adapter ciphertext.
 */
export class NodeVaultFiles implements VaultFiles {
  private ready: Promise<void> | undefined

  constructor(
    readonly dir: string,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  async list(): Promise<string[]> {
    await this.ensureDir()
    const entries = await readdir(this.dir, { withFileTypes: true })
    return entries.filter((e) => e.isFile() && !TEMP_PATTERN.test(e.name)).map((e) => e.name)
  }

  async read(name: string): Promise<Buffer | undefined> {
    try {
      // Vault files are a few KB: one synchronous read costs less than the four thread-pool round
      // trips of an async readFile (open, stat, read, close), and profile opens are on the UI's path.
      return readFileSync(this.path(name))
    } catch (error) {
      if (isCode(error, 'ENOENT')) return undefined
      throw error
    }
  }

  async exists(name: string): Promise<boolean> {
    try {
      await stat(this.path(name))
      return true
    } catch (error) {
      if (isCode(error, 'ENOENT')) return false
      throw error
    }
  }

  async writeAtomic(name: string, data: Buffer): Promise<void> {
    const target = this.path(name)
    await this.ensureDir()
    const temp = join(this.dir, `.${name}.tmp-${randomBytes(8).toString('hex')}`)
    // 'wx': never follow or reuse an existing file; 0o600: the folder's owner only.
    const handle = await open(temp, 'wx', 0o600)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    try {
      await this.renameWithRetry(temp, target)
    } catch (error) {
      await unlink(temp).catch(() => undefined)
      throw error
    }
    await this.syncDir()
  }

  async rename(from: string, to: string): Promise<boolean> {
    try {
      await this.renameWithRetry(this.path(from), this.path(to))
    } catch (error) {
      if (isCode(error, 'ENOENT')) return false
      throw error
    }
    await this.syncDir()
    return true
  }

  async cleanTemp(): Promise<string[]> {
    await this.ensureDir()
    const removed: string[] = []
    for (const name of await readdir(this.dir)) {
      if (!TEMP_PATTERN.test(name)) continue
      // Our own never-committed writes (ciphertext): the committed file is untouched.
      await unlink(join(this.dir, name)).catch(() => undefined)
      removed.push(name)
    }
    return removed
  }

  private path(name: string): string {
    if (!SAFE_NAME.test(name) || name.includes('..')) throw new Error(`unsafe file name: ${name}`)
    return join(this.dir, name)
  }

  private ensureDir(): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true, mode: 0o700 }).then(() => undefined)
    return this.ready
  }

  private async renameWithRetry(from: string, to: string): Promise<void> {
    // Windows: a virus scanner or indexer briefly holding the target makes rename fail with EPERM/EBUSY.
    for (let attempt = 0; ; attempt++) {
      try {
        await rename(from, to)
        return
      } catch (error) {
        const transient =
          isCode(error, 'EPERM') || isCode(error, 'EBUSY') || isCode(error, 'EACCES')
        if (this.platform !== 'win32' || !transient || attempt >= 5) throw error
        await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt))
      }
    }
  }

  private async syncDir(): Promise<void> {
    // Windows cannot open a directory for fsync; NTFS journals the rename's metadata itself.
    if (this.platform === 'win32') return
    let handle
    try {
      handle = await open(this.dir, 'r')
      await handle.sync()
    } catch {
      // Some file systems refuse fsync on a directory (EINVAL/EISDIR); the file itself is synced.
    } finally {
      await handle?.close()
    }
  }
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code
}
