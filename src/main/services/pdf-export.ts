import { basename } from 'node:path'
import { DomainError } from '@shared/ipc/result'
import type { PdfSaveResult } from '@shared/drafts'
import type { FileDialogPort, PdfPort, UserFilePort } from './ports'

/** A4 portrait, as the print CSS of the printable screens (`@page { size: A4 }`) is laid out. */
export const A4_PORTRAIT = { pageSize: 'A4', landscape: false } as const

export interface PdfDesk {
  dialogs: FileDialogPort
  pdf: PdfPort
  files: UserFilePort
}

/**
 * Asks where to save, then prints the window as it is to an A4 PDF there. The renderer shows the
 * printable screen first; main prints whatever the window shows, so no content crosses IPC.
 */
export async function saveWindowAsPdf(desk: PdfDesk, defaultName: string): Promise<PdfSaveResult> {
  const path = await desk.dialogs.chooseSavePath({
    defaultName,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  })
  if (path === null) return { status: 'cancelled' }
  const data = await desk.pdf.printToPdf({ ...A4_PORTRAIT })
  try {
    await desk.files.write(path, data)
  } catch (error) {
    if (error instanceof DomainError) throw error
    // A read-only folder or a full disk: say it could not be saved, never echo the OS error.
    throw new DomainError('unavailable', undefined, 'could not write the PDF')
  }
  return { status: 'saved', fileName: basename(path) }
}
