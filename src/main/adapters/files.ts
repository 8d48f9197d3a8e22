import { open } from 'node:fs/promises'
import { BrowserWindow, dialog } from 'electron'
import { DomainError } from '@shared/ipc/result'
import { writeFileAtomic } from './atomic-file'
import type { FileDialogPort, ImagePickerPort, PdfPort, UserFilePort } from '../services/ports'

const focused = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]

export const electronDialogs: FileDialogPort = {
  async chooseSavePath({ defaultName, filters }) {
    const window = focused()
    const options = { defaultPath: defaultName, filters }
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  },
  async chooseOpenPath({ filters }) {
    const window = focused()
    const options = { filters, properties: ['openFile' as const] }
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  },
}

export const nodeUserFiles: UserFilePort = {
  write: (path, data) => writeFileAtomic(path, data),
  async read(path, maxBytes) {
    const handle = await open(path, 'r')
    try {
      const { size } = await handle.stat()
      if (size > maxBytes) throw new DomainError('invalid-field', '0', 'file too large')
      return await handle.readFile()
    } finally {
      await handle.close()
    }
  },
}

/** Prints the app's main window (the sheet is laid out by the renderer's print CSS). */
export const electronPdf: PdfPort = {
  async printToPdf({ pageSize, landscape }) {
    const window = focused()
    if (!window) throw new DomainError('unavailable', undefined, 'no window to print')
    return window.webContents.printToPDF({ pageSize, landscape, printBackground: true })
  },
}

/** Several image files from one open dialog; only their size and first bytes are ever read. */
export const electronImagePicker: ImagePickerPort = {
  async choose(filters) {
    const window = focused()
    const options = { filters, properties: ['openFile' as const, 'multiSelections' as const] }
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options)
    return result.canceled ? [] : result.filePaths
  },
  async probe(path, headBytes) {
    const handle = await open(path, 'r')
    try {
      const { size } = await handle.stat()
      const head = new Uint8Array(Math.min(headBytes, size))
      const { bytesRead } = await handle.read(head, 0, head.length, 0)
      return { sizeBytes: size, head: head.subarray(0, bytesRead) }
    } finally {
      await handle.close()
    }
  },
}
