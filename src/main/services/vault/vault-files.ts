/**
 * The vault's view of its data folder: flat file names, no paths. The app passes the node:fs adapter
 * (`src/main/adapters/vault-fs.ts`); tests and the benchmark may pass `MemoryVaultFiles`.
 */
export interface VaultFiles {
  /** Names of the files in the folder (not the adapter's own temp files). */
  list(): Promise<string[]>
  /** The file's bytes, or undefined when it does not exist. */
  read(name: string): Promise<Buffer | undefined>
  exists(name: string): Promise<boolean>
  /** All or nothing: afterwards the file holds either its old bytes or `data`, even after a crash. */
  writeAtomic(name: string, data: Buffer): Promise<void>
  /**
   * Writes `data` to a new temp file beside `name` and makes it durable (fsync), without touching
   * `name`. Answers the temp's handle for `commit` or `discard`. A failure (a full disk) leaves no
   * temp file behind.
   */
  stage(name: string, data: Buffer): Promise<string>
  /** Atomically renames a staged temp over `name`. */
  commit(temp: string, name: string): Promise<void>
  /** Removes a staged temp; never throws (there is nothing left to protect). */
  discard(temp: string): Promise<void>
  /** Atomically renames, replacing `to`; false (and no change) when `from` does not exist. */
  rename(from: string, to: string): Promise<boolean>
  /** Removes temp files left by interrupted `writeAtomic` calls; returns their names. */
  cleanTemp(): Promise<string[]>
  /**
   * `cleanTemp` and then `list`, reading the folder once (a folder of hundreds of files costs a
   * listing each). Optional: the vault falls back to the two calls.
   */
  cleanTempAndList?(): Promise<{ cleaned: string[]; names: string[] }>
}

export class MemoryVaultFiles implements VaultFiles {
  readonly files = new Map<string, Buffer>()
  /** Staged writes not yet committed. */
  readonly temps = new Map<string, Buffer>()
  private nextTemp = 0

  async list(): Promise<string[]> {
    return [...this.files.keys()]
  }

  async read(name: string): Promise<Buffer | undefined> {
    const data = this.files.get(name)
    return data === undefined ? undefined : Buffer.from(data)
  }

  async exists(name: string): Promise<boolean> {
    return this.files.has(name)
  }

  async writeAtomic(name: string, data: Buffer): Promise<void> {
    const temp = await this.stage(name, data)
    await this.commit(temp, name)
  }

  async stage(name: string, data: Buffer): Promise<string> {
    const temp = `.${name}.tmp-${(this.nextTemp++).toString(16).padStart(16, '0')}`
    this.temps.set(temp, Buffer.from(data))
    return temp
  }

  async commit(temp: string, name: string): Promise<void> {
    const data = this.temps.get(temp)
    if (data === undefined) throw new Error(`no staged file ${temp}`)
    this.temps.delete(temp)
    this.files.set(name, data)
  }

  async discard(temp: string): Promise<void> {
    this.temps.delete(temp)
  }

  async rename(from: string, to: string): Promise<boolean> {
    const data = this.files.get(from)
    if (data === undefined) return false
    this.files.delete(from)
    this.files.set(to, data)
    return true
  }

  async cleanTemp(): Promise<string[]> {
    const names = [...this.temps.keys()]
    this.temps.clear()
    return names
  }
}
