import type { VaultFiles } from '../vault-files'

/** The vault's folder in memory, for tests and the benchmark: files and staged writes are maps. */
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
