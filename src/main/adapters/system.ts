import { mkdirSync } from 'node:fs'
import { clipboard, shell } from 'electron'
import { DomainError } from '@shared/ipc/result'
import type { LogFolderPort } from '../services/desktop-service'
import type { ClipboardPort, ShellPort } from '../services/ports'

export const electronClipboard: ClipboardPort = {
  readText: () => clipboard.readText(),
  writeText: (text) => clipboard.writeText(text),
}

export const electronShell: ShellPort = {
  openExternal: (url) => shell.openExternal(url),
}

/** The log folder in the file manager (made first: before the first line it may not exist). */
export function electronFolder(path: string): LogFolderPort {
  return {
    path,
    async open() {
      mkdirSync(path, { recursive: true })
      const error = await shell.openPath(path)
      if (error !== '') throw new DomainError('unavailable', undefined, 'the folder did not open')
    },
  }
}
