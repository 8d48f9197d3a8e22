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
  /** Atomically renames, replacing `to`; false (and no change) when `from` does not exist. */
  rename(from: string, to: string): Promise<boolean>
  /** Removes temp files left by interrupted `writeAtomic` calls; returns their names. */
  cleanTemp(): Promise<string[]>
}

export class MemoryVaultFiles implements VaultFiles {
  readonly files = new Map<string, Buffer>()

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
    this.files.set(name, Buffer.from(data))
  }

  async rename(from: string, to: string): Promise<boolean> {
    const data = this.files.get(from)
    if (data === undefined) return false
    this.files.delete(from)
    this.files.set(to, data)
    return true
  }

  async cleanTemp(): Promise<string[]> {
    return []
  }
}
