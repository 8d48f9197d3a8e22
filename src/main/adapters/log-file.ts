import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { LogSink } from '../services/log'

export interface RotatingLogOptions {
  /** The current file is rotated once it grows past this. */
  maxBytes?: number
  /** Rotated files kept beside it (`main.1.log` newest … `main.<keep>.log` oldest). */
  keep?: number
}

/**
 * The support log's file in the user-data folder: `logs/main.log`, rotated by size so it never
 * grows without bound. Lines are appended synchronously (each one is small) so the line written
 * just before a crash is on disk.
 */
export function rotatingLogFile(
  folder: string,
  { maxBytes = 1024 * 1024, keep = 3 }: RotatingLogOptions = {},
): LogSink & { folder: string; file: string } {
  const file = join(folder, 'main.log')
  const rotated = (n: number) => join(folder, `main.${n}.log`)
  let size: number | null = null

  function currentSize(): number {
    if (size !== null) return size
    try {
      size = statSync(file).size
    } catch {
      size = 0
    }
    return size
  }

  function rotate(): void {
    rmSync(rotated(keep), { force: true })
    for (let n = keep - 1; n >= 1; n--) {
      try {
        renameSync(rotated(n), rotated(n + 1))
      } catch {
        // Not there yet.
      }
    }
    renameSync(file, rotated(1))
    size = 0
  }

  return {
    folder,
    file,
    write(line) {
      mkdirSync(folder, { recursive: true })
      const bytes = Buffer.byteLength(line)
      if (currentSize() > 0 && currentSize() + bytes > maxBytes) rotate()
      appendFileSync(file, line, { mode: 0o600 })
      size = currentSize() + bytes
    },
  }
}
