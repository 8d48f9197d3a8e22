import { clipboard, shell } from 'electron'
import type { ClipboardPort, ShellPort } from '../services/ports'

export const electronClipboard: ClipboardPort = {
  readText: () => clipboard.readText(),
  writeText: (text) => clipboard.writeText(text),
}

export const electronShell: ShellPort = {
  openExternal: (url) => shell.openExternal(url),
}
