import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { errnoCode, isTransient } from '../services/file-errors'
import type { VaultFiles } from '../services/vault/vault-files'

const TEMP_PATTERN = /^\..+\.tmp-[0-9a-f]{16}$/
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/

/**
 * The few file-system operations the vault's folder needs. `nodeDisk` is the real one; tests pass
 * one that injects the faults of a full, read-only or locked disk (tests run as root here, where
 * permissions cannot produce them).
 */
export interface DiskPort {
  mkdirp(dir: string): Promise<void>
  /** Names of the regular files in `dir`. */
  listFiles(dir: string): Promise<string[]>
  /** Every name in `dir`. */
  listNames(dir: string): Promise<string[]>
  /** Synchronous on purpose: see `NodeVaultFiles.read`. Throws ENOENT for a missing file. */
  readFile(path: string): Buffer
  /** Throws ENOENT for a missing file. */
  stat(path: string): Promise<void>
  /** Creates `path` (never an existing file), writes `data`, fsyncs and closes it. */
  writeNew(path: string, data: Buffer, mode: number): Promise<void>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  /** fsync of the folder itself, so a rename survives a power cut (best effort). */
  syncDir(dir: string): Promise<void>
}

export const nodeDisk: DiskPort = {
  mkdirp: async (dir) => {
    await mkdir(dir, { recursive: true, mode: 0o700 })
  },
  // Synchronous, as `readFile`: the listing is one short call made once per start, so it does not
  // go through the thread pool's queue.
  listFiles: async (dir) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name),
  listNames: (dir) => readdir(dir),
  readFile: (path) => readFileSync(path),
  stat: async (path) => {
    await stat(path)
  },
  writeNew: async (path, data, mode) => {
    // 'wx': never follow or reuse an existing file.
    const handle = await open(path, 'wx', mode)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  syncDir: async (dir) => {
    let handle
    try {
      handle = await open(dir, 'r')
      await handle.sync()
    } catch {
      // Some file systems refuse fsync on a directory (EINVAL/EISDIR); the file itself is synced.
    } finally {
      await handle?.close()
    }
  },
}

export interface NodeVaultFilesOptions {
  platform?: NodeJS.Platform
  disk?: DiskPort
  /** How a retry waits; tests count the waits instead of spending them. */
  sleep?: (ms: number) => Promise<void>
}

/** Waits before each retry of an operation a scanner or sync client briefly blocked: 0.75 s in all. */
export const RETRY_DELAYS_MS = [50, 100, 200, 400] as const

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * The vault's data folder on disk. Writes go to a temp file in the same folder (so the rename cannot
 * cross file systems), are fsynced, renamed over the target, and the folder is fsynced so the rename
 * itself survives a power cut. The vault only ever hands this adapter ciphertext.
 */
export class NodeVaultFiles implements VaultFiles {
  private ready: Promise<void> | undefined
  private readonly platform: NodeJS.Platform
  private readonly disk: DiskPort
  private readonly sleep: (ms: number) => Promise<void>

  constructor(
    readonly dir: string,
    options: NodeVaultFilesOptions = {},
  ) {
    this.platform = options.platform ?? process.platform
    this.disk = options.disk ?? nodeDisk
    this.sleep = options.sleep ?? realSleep
  }

  async list(): Promise<string[]> {
    await this.ensureDir()
    const names = await this.retry(() => this.disk.listFiles(this.dir))
    return names.filter((name) => !TEMP_PATTERN.test(name))
  }

  async read(name: string): Promise<Buffer | undefined> {
    const path = this.path(name)
    try {
      // Vault files are a few KB: one synchronous read instead of the four thread-pool round trips
      // of an async readFile (open, stat, read, close), as profile opens are on the UI's path.
      return await this.retry(async () => this.disk.readFile(path))
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return undefined
      throw error
    }
  }

  async exists(name: string): Promise<boolean> {
    const path = this.path(name)
    try {
      await this.retry(() => this.disk.stat(path))
      return true
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return false
      throw error
    }
  }

  async writeAtomic(name: string, data: Buffer): Promise<void> {
    const temp = await this.stage(name, data)
    try {
      await this.commit(temp, name)
    } catch (error) {
      await this.discard(temp)
      throw error
    }
  }

  async stage(name: string, data: Buffer): Promise<string> {
    this.path(name)
    await this.ensureDir()
    const temp = `.${name}.tmp-${randomBytes(8).toString('hex')}`
    const path = join(this.dir, temp)
    try {
      // 0o600: the folder's owner only.
      await this.retry(() => this.disk.writeNew(path, data, 0o600))
    } catch (error) {
      // A full disk leaves a partial file: never keep it.
      await this.discard(temp)
      throw error
    }
    return temp
  }

  async commit(temp: string, name: string): Promise<void> {
    if (!TEMP_PATTERN.test(temp)) throw new Error(`not a staged file: ${temp}`)
    await this.retry(() => this.disk.rename(join(this.dir, temp), this.path(name)), true)
    await this.syncDir()
  }

  async discard(temp: string): Promise<void> {
    if (!TEMP_PATTERN.test(temp)) return
    await this.disk.unlink(join(this.dir, temp)).catch(() => undefined)
  }

  async rename(from: string, to: string): Promise<boolean> {
    const source = this.path(from)
    const target = this.path(to)
    try {
      await this.retry(() => this.disk.rename(source, target), true)
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return false
      throw error
    }
    await this.syncDir()
    return true
  }

  async cleanTemp(): Promise<string[]> {
    await this.ensureDir()
    const removed: string[] = []
    for (const name of await this.retry(() => this.disk.listNames(this.dir))) {
      if (!TEMP_PATTERN.test(name)) continue
      // Our own never-committed writes (ciphertext): the committed file is untouched.
      await this.disk.unlink(join(this.dir, name)).catch(() => undefined)
      removed.push(name)
    }
    return removed
  }

  async cleanTempAndList(): Promise<{ cleaned: string[]; names: string[] }> {
    await this.ensureDir()
    const cleaned: string[] = []
    const names: string[] = []
    for (const name of await this.retry(() => this.disk.listFiles(this.dir))) {
      if (!TEMP_PATTERN.test(name)) {
        names.push(name)
        continue
      }
      await this.disk.unlink(join(this.dir, name)).catch(() => undefined)
      cleaned.push(name)
    }
    return { cleaned, names }
  }

  private path(name: string): string {
    if (!SAFE_NAME.test(name) || name.includes('..')) throw new Error(`unsafe file name: ${name}`)
    return join(this.dir, name)
  }

  private ensureDir(): Promise<void> {
    // Not cached on failure: a folder the antivirus held at start may be free on the next try.
    this.ready ??= this.retry(() => this.disk.mkdirp(this.dir)).catch((error: unknown) => {
      this.ready = undefined
      throw error
    })
    return this.ready
  }

  /**
   * A virus scanner, indexer or sync client briefly holding a file makes an operation fail with
   * EBUSY or EPERM (on Windows a rename also with EACCES): wait a little and try again.
   */
  private async retry<T>(operation: () => Promise<T>, isRename = false): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await operation()
      } catch (error) {
        const worthRetry =
          isTransient(error) ||
          (isRename && this.platform === 'win32' && errnoCode(error) === 'EACCES')
        const delay = RETRY_DELAYS_MS[attempt]
        if (!worthRetry || delay === undefined) throw error
        await this.sleep(delay)
      }
    }
  }

  private async syncDir(): Promise<void> {
    // Windows cannot open a directory for fsync; NTFS journals the rename's metadata itself.
    if (this.platform === 'win32') return
    await this.disk.syncDir(this.dir)
  }
}
