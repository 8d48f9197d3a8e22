/**
 * The vault's view of its data folder: flat file names, no paths. The app passes the node:fs adapter
 * (`src/main/adapters/vault-fs.ts`); tests and the benchmark pass `testing/memory-vault-files.ts`.
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
