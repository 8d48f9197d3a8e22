import { formatPlainDate, jstDateOf } from '@shared/dates'
import type { SheetPrintResult } from '@shared/guide/progress'
import type { Clock } from '../ports'
import { saveWindowAsPdf, type PdfDesk } from '../pdf-export'

/**
 * Saves the printable sheet as a PDF where the user chooses, named with today's (Japan) date. The
 * renderer shows the sheet screen first; main prints whatever the window shows.
 */
export class SheetPrinter {
  constructor(
    private readonly desk: PdfDesk,
    private readonly clock: Clock,
  ) {}

  printSheet(): Promise<SheetPrintResult> {
    const today = formatPlainDate(jstDateOf(this.clock.now()))
    return saveWindowAsPdf(this.desk, `マイページ準備シート_${today}.pdf`)
  }
}
