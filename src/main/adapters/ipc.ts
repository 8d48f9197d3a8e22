import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { ChannelEntry } from '@shared/ipc/channels'
import { fail } from '@shared/ipc/result'
import type { Dispatch } from '../services/dispatcher'
import type { SenderCheck } from '../services/sender-check'

export function registerIpc(
  channels: readonly ChannelEntry[],
  dispatch: Dispatch,
  trusted: SenderCheck,
): void {
  for (const entry of channels) {
    if (entry.kind !== 'call') continue
    ipcMain.handle(entry.channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const frame = event.senderFrame
      const isMainFrame = frame !== null && frame === event.sender.mainFrame
      if (!trusted(frame?.url, isMainFrame)) return fail('forbidden', undefined, 'untrusted sender')
      return dispatch(entry.channel, args)
    })
  }
}

/** Sends a contract event to every window of the app. */
export function broadcast(channel: string, payload: unknown): void {
  for (const window of BrowserWindow.getAllWindows()) {
    if (!window.isDestroyed()) window.webContents.send(channel, payload)
  }
}
