import { basename } from 'node:path'
import { DomainError } from '@shared/ipc/result'
import { formatPlainDate, jstDateOf } from '@shared/dates'
import type { SheetPrintResult } from '@shared/guide/progress'
import type { Clock, FileDialogPort, PdfPort, UserFilePort } from '../ports'

/** A4 portrait, as the sheet's print CSS (`@page { size: A4 }`) is laid out for. */
export const SHEET_PDF_OPTIONS = { pageSize: 'A4', landscape: false } as const

/**
 * Saves the printable sheet as a PDF where the user chooses. The renderer shows the sheet screen
 * first; main prints whatever the window shows, so no content crosses IPC.
 */
export class SheetPrinter {
  constructor(
    private readonly dialogs: FileDialogPort,
    private readonly pdf: PdfPort,
    private readonly files: UserFilePort,
    private readonly clock: Clock,
  ) {}

  async printSheet(): Promise<SheetPrintResult> {
    const today = formatPlainDate(jstDateOf(this.clock.now()))
    const path = await this.dialogs.chooseSavePath({
      defaultName: `マイページ準備シート_${today}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    })
    if (path === null) return { status: 'cancelled' }
    const data = await this.pdf.printToPdf({ ...SHEET_PDF_OPTIONS })
    try {
      await this.files.write(path, data)
    } catch (error) {
      if (error instanceof DomainError) throw error
      // A read-only folder or a full disk: say it could not be saved, never echo the OS error.
      throw new DomainError('unavailable', undefined, 'could not write the PDF')
    }
    return { status: 'saved', fileName: basename(path) }
  }
}
