import { nodeDisk, type DiskPort } from '../adapters/vault-fs'
import { errno } from './faulty-files'

type Operation = keyof DiskPort

export interface Fault {
  op: Operation | '*'
  code: string
  /** Only paths this matches (default: every path). */
  match?: (path: string) => boolean
  /** Fail this many times, then let the operation through (default: always). */
  times?: number
  /** writeNew only: write part of the data first, as a disk that fills up mid-write does. */
  partial?: boolean
}

/**
 * The real disk with faults injected by the test: the full, read-only, locked or forbidden folders
 * a root test process cannot make. Records every operation it was asked for.
 */
export class FaultyDisk implements DiskPort {
  readonly faults: Fault[] = []
  readonly calls: Array<{ op: Operation; path: string }> = []

  constructor(private readonly real: DiskPort = nodeDisk) {}

  inject(fault: Fault): this {
    this.faults.push({ ...fault })
    return this
  }

  clear(): void {
    this.faults.length = 0
  }

  private check(op: Operation, path: string): Fault | undefined {
    this.calls.push({ op, path })
    const fault = this.faults.find(
      (f) =>
        (f.op === '*' || f.op === op) && (f.match?.(path) ?? true) && (f.times ?? Infinity) > 0,
    )
    if (fault && fault.times !== undefined) fault.times--
    return fault
  }

  private guard(op: Operation, path: string): void {
    const fault = this.check(op, path)
    if (fault) throw errno(fault.code, op)
  }

  async mkdirp(dir: string) {
    this.guard('mkdirp', dir)
    return this.real.mkdirp(dir)
  }
  async listFiles(dir: string) {
    this.guard('listFiles', dir)
    return this.real.listFiles(dir)
  }
  async listNames(dir: string) {
    this.guard('listNames', dir)
    return this.real.listNames(dir)
  }
  readFile(path: string) {
    this.guard('readFile', path)
    return this.real.readFile(path)
  }
  async stat(path: string) {
    this.guard('stat', path)
    return this.real.stat(path)
  }
  async writeNew(path: string, data: Buffer, mode: number) {
    const fault = this.check('writeNew', path)
    if (fault?.partial) {
      await this.real.writeNew(path, data.subarray(0, Math.floor(data.length / 2)), mode)
      throw errno(fault.code, 'write')
    }
    if (fault) throw errno(fault.code, 'open')
    return this.real.writeNew(path, data, mode)
  }
  async rename(from: string, to: string) {
    this.guard('rename', to)
    return this.real.rename(from, to)
  }
  async unlink(path: string) {
    this.guard('unlink', path)
    return this.real.unlink(path)
  }
  async syncDir(dir: string) {
    return this.real.syncDir(dir)
  }
}
