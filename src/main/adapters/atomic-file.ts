import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { nodeDisk, type DiskPort } from './vault-fs'

/**
 * A file the user chose (an export, a PDF) written all at once: a temp file beside it, fsynced,
 * then renamed over it, readable by the owner only (the export holds every document). A failure
 * leaves the previous file as it was and no temp file.
 */
export async function writeFileAtomic(
  path: string,
  data: Buffer,
  disk: DiskPort = nodeDisk,
): Promise<void> {
  const dir = dirname(path)
  const temp = join(dir, `.${basename(path).slice(0, 180)}.tmp-${randomBytes(8).toString('hex')}`)
  try {
    await disk.writeNew(temp, data, 0o600)
    await disk.rename(temp, path)
  } catch (error) {
    await disk.unlink(temp).catch(() => undefined)
    throw error
  }
  await disk.syncDir(dir)
}
