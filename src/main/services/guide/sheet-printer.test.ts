import { describe, expect, it } from 'vitest'
import { DomainError } from '@shared/ipc/result'
import type { FileDialogPort, PdfPort, UserFilePort } from '../ports'
import { SheetPrinter } from './sheet-printer'

function setup(answer: string | null, write?: () => Promise<void>) {
  const asked: { defaultName: string; extensions: string[] }[] = []
  const printed: unknown[] = []
  const written: { path: string; data: Buffer }[] = []
  const dialogs: FileDialogPort = {
    chooseSavePath: async ({ defaultName, filters }) => {
      asked.push({ defaultName, extensions: filters.flatMap((f) => f.extensions) })
      return answer
    },
    chooseOpenPath: async () => null,
  }
  const pdf: PdfPort = {
    printToPdf: async (options) => {
      printed.push(options)
      return Buffer.from('%PDF-1.7')
    },
  }
  const files: UserFilePort = {
    write: async (path, data) => {
      if (write) return write()
      written.push({ path, data })
    },
    read: async () => Buffer.alloc(0),
  }
  // 2026-11-30 23:30 in UTC is already 1 December in Japan.
  const clock = { now: () => Date.parse('2026-11-30T23:30:00Z') }
  return { printer: new SheetPrinter({ dialogs, pdf, files }, clock), asked, printed, written }
}

describe('SheetPrinter', () => {
  it('asks for a path, prints A4 portrait and writes the file there', async () => {
    const { printer, asked, printed, written } = setup('/home/u/シート.pdf')
    expect(await printer.printSheet()).toEqual({ status: 'saved', fileName: 'シート.pdf' })
    expect(asked).toEqual([
      { defaultName: 'マイページ準備シート_2026-12-01.pdf', extensions: ['pdf'] },
    ])
    expect(printed).toEqual([{ pageSize: 'A4', landscape: false }])
    expect(written.map((w) => [w.path, w.data.toString()])).toEqual([
      ['/home/u/シート.pdf', '%PDF-1.7'],
    ])
  })

  it('prints nothing when the dialog is cancelled', async () => {
    const { printer, printed, written } = setup(null)
    expect(await printer.printSheet()).toEqual({ status: 'cancelled' })
    expect(printed).toEqual([])
    expect(written).toEqual([])
  })

  it('turns a failed write into a typed refusal without the OS message', async () => {
    const { printer } = setup('/ro/x.pdf', async () => {
      throw new Error('EACCES: permission denied, open /ro/x.pdf')
    })
    const error = await printer.printSheet().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).code).toBe('unavailable')
    expect((error as DomainError).message).not.toContain('/ro')
  })
})
